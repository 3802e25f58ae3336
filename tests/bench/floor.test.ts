/**
 * The benchmark's parse floor and what the report makes of it. The floor
 * script runs on a fixture site; the report's arithmetic runs on samples
 * made up here, so that every branch of its wording is seen.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the benchmark's scripts are plain JavaScript modules without types
import { markdownFiles } from './markdown-files.mjs';
// @ts-expect-error the benchmark's scripts are plain JavaScript modules without types
import { floorLimits, roundRatios } from './report.mjs';

const here = import.meta.dirname;
const site = join(here, '..', 'fixtures', 'feeds', 'basic');

function section(walls: Record<string, number[]>) {
  return {
    pairs: 2000,
    articles: 3993,
    results: Object.entries(walls).map(([name, values]) => ({ name, samples: values.map((wall) => ({ wall, cpu: wall, rssMb: 100 })) })),
  };
}

describe('parse floor', () => {
  it('parses every article of a site, on the threads it is given', () => {
    for (const threads of ['1', '3']) {
      const out = execFileSync(process.execPath, [join(here, 'floor.mjs'), site, threads], { encoding: 'utf8' });
      expect(out.trim()).toMatch(new RegExp(`^\\d+ articles parsed on ${threads} threads$`));
      expect(Number(out.split(' ')[0])).toBe([...markdownFiles(join(site, 'articles'))].length);
    }
  });

  it('says that the two cold targets cannot both hold when parsing alone passes 0.48 × the baseline', () => {
    const lines: string[] = floorLimits(section({ 'baseline script': [10_000], 'parse floor': [6_000] }));
    expect(lines[0]).toContain('6.00 s: 0.60 ×');
    expect(lines[1]).toContain('has 2.00 s beyond parsing');
    expect(lines[2]).toContain('cannot both be met');
  });

  it('says what is left for the checks when parsing alone stays under 0.48 × the baseline', () => {
    const lines: string[] = floorLimits(section({ 'baseline script': [10_000], 'parse floor': [4_000] }));
    expect(lines[1]).toContain('has 4.00 s beyond parsing');
    expect(lines[2]).toContain('leaves 0.80 s for the checks');
  });

  it('says when a cold build within the target would have to beat parsing alone', () => {
    const lines: string[] = floorLimits(section({ 'baseline script': [10_000], 'parse floor': [9_000] }));
    expect(lines[1]).toContain('would have to take less time than parsing alone');
  });

  it('is left out when the run has no floor, and its ratio is taken round by round', () => {
    expect(floorLimits(section({ 'baseline script': [10_000] }))).toBeUndefined();
    const ratios: { what: string; median: string }[] = roundRatios(section({ 'baseline script': [10_000, 8_000, 12_000], 'parse floor': [5_000, 6_000, 6_000] }));
    expect(ratios.find((r) => r.what === 'parse floor / baseline')?.median).toBe('0.50 ×');
  });
});
