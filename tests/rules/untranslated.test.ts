import { describe, expect, it } from 'vitest';
import { untranslated } from '../../src/check/rules/untranslated.js';
import { findingsOf, place } from './glossary-rules-harness.js';

const KO = 'articles/2026/01/space.ko.md';
const EN = 'articles/2026/01/space.en.md';

describe('untranslated', () => {
  it('reports Korean left in English and English paragraphs left in Korean', async () => {
    const site = ['untranslated', 'fires'];
    const found = await findingsOf(untranslated, ...site);
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual([
      place(site, EN, 8, '양국은'),
      place(site, EN, 11, '중대한'),
      place(site, KO, 8, 'The two leaders'),
      place(site, KO, 17, 'Officials said'),
      place(site, KO, 19, '"We will go'),
    ]);
    const [sentence, phrase, paragraph] = found;
    expect(sentence!.message).toBe('Korean text left in the English version: "양국은 핵심 광물 공급망도 확보하기로 했다"');
    expect(sentence!.endColumn).toBe(sentence!.column + '양국은 핵심 광물 공급망도 확보하기로 했다'.length);
    expect(phrase!.message).toBe('Korean text left in the English version: "중대한 전환"');
    expect(paragraph!.message).toMatch(/^this paragraph of the Korean version is in English/);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('leaves alone glossary names, short glosses, code, quotations, addresses and lines of names or acronyms', async () => {
    expect(await findingsOf(untranslated, 'untranslated', 'clean')).toEqual([]);
  });
});
