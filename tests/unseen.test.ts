/**
 * Sites the checker was not written against, as an outside tester would
 * write them (SPEC §4, §5). Every clean site must raise nothing at all;
 * every defects site exactly the findings its expected.json lists, no more
 * and no fewer, each at its line. Findings are compared as sets of
 * rule + file + line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../src/check/run.js';
import type { Diagnostic } from '../src/types.js';

const UNSEEN = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'unseen');

interface Expected {
  rule: string;
  file: string;
  line: number;
  /** what was injected; for the reader */
  why?: string;
}

function sitesIn(kind: 'clean' | 'defects'): string[] {
  const folder = join(UNSEEN, kind);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function expectedOf(site: string): Expected[] {
  const path = join(site, 'expected.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Expected[]) : [];
}

const key = (f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`;

/** Both ways: what was expected and not found, what was found and not expected (with its message). */
function compare(found: Diagnostic[], expected: Expected[]): { missing: string[]; unexpected: string[] } {
  const foundKeys = new Set(found.map(key));
  const expectedKeys = new Set(expected.map(key));
  return {
    missing: [...expectedKeys].filter((k) => !foundKeys.has(k)).sort(),
    unexpected: found.filter((d) => !expectedKeys.has(key(d))).map((d) => `${key(d)} ${d.message}`).sort(),
  };
}

describe('clean sites the checker has never seen', () => {
  const sites = sitesIn('clean');

  it('has at least eight of them', () => {
    expect(sites.length).toBeGreaterThanOrEqual(8);
  });

  it.each(sites)('%s: no errors and no warnings', async (name) => {
    const root = join(UNSEEN, 'clean', name);
    const result = await checkSite(root);
    expect(result.pairs).toBeGreaterThan(0);
    expect(compare(result.diagnostics, expectedOf(root))).toEqual({ missing: [], unexpected: [] });
  });
});

describe('the same kind of sites with injected defects', () => {
  const sites = sitesIn('defects');

  it.each(sites)('%s: exactly the injected defects, each at its line', async (name) => {
    const root = join(UNSEEN, 'defects', name);
    const expected = expectedOf(root);
    expect(expected.length).toBeGreaterThan(0);
    const result = await checkSite(root);
    expect(compare(result.diagnostics, expected)).toEqual({ missing: [], unexpected: [] });
  });

  it('covers every consistency rule a translator can break', () => {
    const rules = new Set(sites.flatMap((name) => expectedOf(join(UNSEEN, 'defects', name)).map((e) => e.rule)));
    for (const rule of [
      'frontmatter-invalid', 'glossary-invalid', 'frontmatter-mismatch', 'unpaired', 'duplicate-translation', 'slug-conflict',
      'name-missing', 'name-misspelled', 'date-mismatch', 'number-mismatch', 'untranslated',
    ]) {
      expect(rules, rule).toContain(rule);
    }
  });
});
