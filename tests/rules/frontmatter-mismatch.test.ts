import { describe, expect, it } from 'vitest';
import { describeDuration, frontmatterMismatch } from '../../src/check/rules/frontmatter-mismatch.js';
import { findingsIn, where } from './harness.js';

const dir = 'articles/2026/01';

describe('frontmatter-mismatch', () => {
  it('reports date, category and draft on the translation, at the field, related to the original field', async () => {
    const found = await findingsIn(frontmatterMismatch, 'frontmatter-mismatch/fires');
    const drill = found.filter((d) => d.file.endsWith('coast-guard-drill.en.md'));
    expect(drill.map(where)).toEqual([
      { file: `${dir}/coast-guard-drill.en.md`, line: 3, column: 1, related: { file: `${dir}/coast-guard-drill.ko.md`, line: 3, column: 1 } },
      { file: `${dir}/coast-guard-drill.en.md`, line: 4, column: 1, related: { file: `${dir}/coast-guard-drill.ko.md`, line: 4, column: 1 } },
      // the Korean version has no draft field: related to its first line
      { file: `${dir}/coast-guard-drill.en.md`, line: 5, column: 1, related: { file: `${dir}/coast-guard-drill.ko.md`, line: 1, column: 1 } },
    ]);
    const [date, category, draft] = drill;
    expect(date!.message).toBe(
      "date 2026-01-17T01:00:00Z is 1 hour later than the Korean version's 2026-01-17T09:00:00+09:00; both versions must give the same publication time",
    );
    expect(date!.endColumn).toBe('date: 2026-01-17T01:00:00Z'.length + 1);
    expect(category!.message).toBe('category "defense" here, but "security" in the Korean version');
    expect(draft!.message).toContain('draft: true here, but the Korean version is not a draft');
    expect(drill.every((d) => d.severity === 'error' && d.key === '2026/01/coast-guard-drill')).toBe(true);
  });

  it('reports a field that only the original writes on the original, at the field', async () => {
    const found = await findingsIn(frontmatterMismatch, 'frontmatter-mismatch/fires');
    const port = found.filter((d) => d.file.includes('port-inspection'));
    expect(port.map(where)).toEqual([
      { file: `${dir}/port-inspection.ko.md`, line: 4, column: 1, related: { file: `${dir}/port-inspection.en.md`, line: 1, column: 1 } },
    ]);
    expect(port[0]!.message).toBe('category "security" here, but the English version has no category');
    const ferry = found.filter((d) => d.file.includes('ferry-schedule'));
    expect(ferry.map(where)).toEqual([
      { file: `${dir}/ferry-schedule.ko.md`, line: 4, column: 1, related: { file: `${dir}/ferry-schedule.en.md`, line: 1, column: 1 } },
    ]);
    expect(ferry[0]!.message).toBe('draft: true here, but the English version is not a draft; publish both or neither');
  });

  it('accepts the same instant written in different time zones, a date-only day in the site zone, and draft: false as no draft', async () => {
    expect(await findingsIn(frontmatterMismatch, 'frontmatter-mismatch/clean')).toEqual([]);
  });

  it('reports on the Korean version when the site is English first', async () => {
    const found = await findingsIn(frontmatterMismatch, 'frontmatter-mismatch/default-en');
    expect(found.map(where)).toEqual([
      {
        file: 'articles/2026/02/embassy-visit.ko.md',
        line: 3,
        column: 1,
        related: { file: 'articles/2026/02/embassy-visit.en.md', line: 3, column: 1 },
      },
    ]);
    expect(found[0]!.message).toMatch(/^date 2026-02-03T10:00:00\+09:00 is 8 hours earlier than the English version's 2026-02-03T10:00:00\+01:00;/);
  });
});

describe('describeDuration', () => {
  it('names the two largest units', () => {
    expect(describeDuration(3_600_000)).toBe('1 hour');
    expect(describeDuration(86_400_000 + 2 * 3_600_000 + 60_000)).toBe('1 day 2 hours');
    expect(describeDuration(90_000)).toBe('1 minute 30 seconds');
    expect(describeDuration(250)).toBe('250 ms');
  });
});
