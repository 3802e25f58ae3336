import { describe, expect, it } from 'vitest';
import { glossaryInvalid } from '../../src/check/rules/glossary-invalid.js';
import { findingsOf, place } from './glossary-rules-harness.js';

const GLOSSARY = 'locales/glossary.yaml';

function shift<T extends { column: number }>(at: T, by: number): T {
  return { ...at, column: at.column + by };
}

describe('glossary-invalid', () => {
  it('reports an entry of the glossary that shares a form with an earlier one, at its line', async () => {
    const site = ['glossary-invalid', 'glossary'];
    const found = await findingsOf(glossaryInvalid, ...site);
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual([
      // The shared form is on the entry's second line: the entry itself is pointed at.
      place(site, GLOSSARY, 6, 'ko:'),
      // The shared form is on the entry's first line: the form is pointed at.
      place(site, GLOSSARY, 8, '다카이치'),
    ]);
    expect(found[0]!.message).toBe('"Meloni" is already a form of "Giorgia Meloni" / "조르자 멜로니" (line 2); a form may belong to one entry only: merge the two entries or remove the form from one');
    expect(found[1]!.message).toMatch(/^"다카이치" is already a form of "Sanae Takaichi" \/ "다카이치 사나에" \(line 4\)/);
    expect(found.every((d) => d.severity === 'error')).toBe(true);
  });

  it('reports a YAML syntax error of the glossary at its line', async () => {
    const found = await findingsOf(glossaryInvalid, 'glossary-invalid', 'syntax');
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe(GLOSSARY);
    expect(found[0]!.message).toMatch(/^YAML syntax/);
    expect(found[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it("reports an article's names that clash with the glossary, with each other, or with the other version's", async () => {
    const site = ['glossary-invalid', 'names'];
    const found = await findingsOf(glossaryInvalid, ...site);
    const KO = 'articles/2026/01/visit.ko.md';
    const EN = 'articles/2026/01/fighter.en.md';
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual([
      // Identical entries in both versions (Tempest) are fine; a different entry claiming "Tempest" is not.
      place(site, EN, 7, 'ko:'),
      // The form itself, as a whole list item (not inside "멜로니 총리").
      shift(place(site, KO, 7, ', 멜로니]'), 2),
      place(site, KO, 9, 'ko:'),
    ]);
    expect(found[1]!.message).toMatch(/^"멜로니" is already a form of "Giorgia Meloni" \/ "조르자 멜로니" \(locales\/glossary\.yaml, line 1\)/);
    expect(found[2]!.message).toMatch(/^"Takaichi" is already a form of "Sanae Takaichi" \/ "다카이치 사나에" \(line 5\)/);
  });

  it('accepts a glossary without shared forms and the same names entry in both versions', async () => {
    expect(await findingsOf(glossaryInvalid, 'glossary-invalid', 'clean')).toEqual([]);
  });
});
