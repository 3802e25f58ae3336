import { describe, expect, it } from 'vitest';
import { nameMisspelled } from '../../src/check/rules/name-misspelled.js';
import { findingsOf, place } from './glossary-rules-harness.js';

const KO = 'articles/2026/01/fighter-summit.ko.md';
const EN = 'articles/2026/01/fighter-summit.en.md';

describe('name-misspelled', () => {
  it('reports each near miss in the English version with the form it resembles', async () => {
    const site = ['name-misspelled', 'fires'];
    const found = await findingsOf(nameMisspelled, ...site);
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column, message: d.message }))).toEqual([
      { ...place(site, EN, 2, 'Takiachi'), message: '"Takiachi" looks like a misspelling of "Takaichi"' },
      { ...place(site, EN, 7, 'Giorgio Meloni'), message: '"Giorgio Meloni" looks like a misspelling of "Giorgia Meloni"' },
      { ...place(site, EN, 9, 'Mitsubishi Heavy Industires'), message: '"Mitsubishi Heavy Industires" looks like a misspelling of "Mitsubishi Heavy Industries"' },
      { ...place(site, EN, 11, 'Grant Shaps'), message: '"Grant Shaps" looks like a misspelling of "Grant Shapps"' },
    ]);
    const giorgio = found[1]!;
    expect(giorgio.endColumn).toBe(giorgio.column + 'Giorgio Meloni'.length);
    // The related place is the first mention of the name in the Korean version (here its title).
    expect(giorgio.related).toEqual(place(site, KO, 2, '멜로니'));
    expect(found[0]!.related).toEqual(place(site, KO, 2, '다카이치'));
  });

  it('leaves alone exact forms, common words, well-known names, derived forms, other entries and code', async () => {
    expect(await findingsOf(nameMisspelled, 'name-misspelled', 'clean')).toEqual([]);
  });
});
