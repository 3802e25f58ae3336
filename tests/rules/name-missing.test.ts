import { describe, expect, it } from 'vitest';
import { nameMissing } from '../../src/check/rules/name-missing.js';
import { findingsOf, place } from './glossary-rules-harness.js';

const KO = 'articles/2026/01/fighter-summit.ko.md';
const EN = 'articles/2026/01/fighter-summit.en.md';

describe('name-missing', () => {
  it('reports a name at its first occurrence in the version that has it', async () => {
    const site = ['name-missing', 'fires'];
    const found = await findingsOf(nameMissing, 'name-missing', 'fires');
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual([
      place(site, EN, 11, 'Grant Shapps'),
      // Meloni is in the English version only inside code, which is not searched.
      place(site, KO, 7, '조르자 멜로니'),
      place(site, KO, 11, '미쓰비시중공업'),
    ]);
    const [shapps, meloni, mhi] = found;
    expect(meloni!.message).toBe('"조르자 멜로니" (Giorgia Meloni) appears in the Korean version but no form of "Giorgia Meloni" appears in the English version');
    expect(mhi!.message).toBe('"미쓰비시중공업" (Mitsubishi Heavy Industries) appears in the Korean version but no form of "Mitsubishi Heavy Industries" appears in the English version');
    expect(shapps!.message).toBe('"Grant Shapps" (그랜트 섑스) appears in the English version but no form of "그랜트 섑스" appears in the Korean version');
    expect(meloni!.endColumn).toBe(meloni!.column + '조르자 멜로니'.length);
    expect(found.every((d) => d.severity === 'error' && d.key === '2026/01/fighter-summit')).toBe(true);
  });

  it('accepts any form, particles, possessives, wrapped names and article names; skips code', async () => {
    expect(await findingsOf(nameMissing, 'name-missing', 'clean')).toEqual([]);
  });
});
