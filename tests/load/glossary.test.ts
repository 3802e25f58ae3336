import { describe, expect, it } from 'vitest';
import { duplicateForms, parseGlossary } from '../../src/load/glossary.js';

const PATH = 'locales/glossary.yaml';

describe('parseGlossary', () => {
  it('reads lists, single strings and kinds, with the line of each entry', () => {
    const source = [
      '# names used across the site',
      '- ko: [다카이치 사나에, 다카이치]',
      '  en: [Sanae Takaichi, Takaichi]',
      '  kind: person',
      '- ko: 미쓰비시중공업',
      '  en: [Mitsubishi Heavy Industries, MHI]',
      '  kind: org',
    ].join('\n');
    const { entries, problems } = parseGlossary(PATH, source);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { ko: ['다카이치 사나에', '다카이치'], en: ['Sanae Takaichi', 'Takaichi'], kind: 'person', source: { file: PATH, line: 2 } },
      { ko: ['미쓰비시중공업'], en: ['Mitsubishi Heavy Industries', 'MHI'], kind: 'org', source: { file: PATH, line: 5 } },
    ]);
  });

  it('normalizes forms to NFC with single spaces', () => {
    const decomposed = '멜로니'.normalize('NFD');
    const { entries } = parseGlossary(PATH, `- ko: "${decomposed}"\n  en: "Giorgia   Meloni "\n`);
    expect(entries[0]!.ko).toEqual(['멜로니']);
    expect(entries[0]!.en).toEqual(['Giorgia Meloni']);
  });

  it('keeps an entry with other fields, such as a note', () => {
    const { entries, problems } = parseGlossary(PATH, '- ko: 멜로니\n  en: Meloni\n  note: Italian prime minister since 2022\n');
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ ko: ['멜로니'], en: ['Meloni'], source: { file: PATH, line: 1 } }]);
  });

  it('treats an empty file as an empty glossary', () => {
    expect(parseGlossary(PATH, '')).toEqual({ entries: [], problems: [] });
    expect(parseGlossary(PATH, '# nothing yet\n')).toEqual({ entries: [], problems: [] });
  });

  it('reports a YAML syntax error at its line', () => {
    const { entries, problems } = parseGlossary(PATH, '- ko: [멜로니\n  en: Meloni\n- ko: 이탈리아\n');
    expect(entries).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^YAML syntax/);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it('reports a file that is not a list', () => {
    const { problems } = parseGlossary(PATH, 'ko: 멜로니\nen: Meloni\n');
    expect(problems).toEqual([{ message: expect.stringMatching(/must be a list of entries/), line: 1, column: 1 }]);
  });

  it('reports each malformed entry at its line and keeps the good ones', () => {
    const source = [
      '- ko: 멜로니', //                  1 good
      '  en: Meloni',
      '- ko: [미쓰비시]', //              3 no en
      '- kr: 일본', //                    4 no ko (a misspelt key)
      '  en: Japan',
      '- ko: 이탈리아', //                6 empty en list
      '  en: []',
      '- ko: 도쿄', //                    8 bad kind
      '  en: Tokyo',
      '  kind: city',
      '- just a name', //                11 not a mapping
      '- ko: 2026', //                   12 a number, not text
      '  en: "2026"',
      '- ko: 로마', //                   14 good
      '  en: Rome',
    ].join('\n');
    const { entries, problems } = parseGlossary(PATH, source);
    expect(entries.map((e) => e.en[0])).toEqual(['Meloni', 'Rome']);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[3, 3], [4, 3], [7, 7], [10, 9], [11, 3], [12, 7]]);
    expect(problems[0]!.message).toMatch(/entry 2 has no "en"/);
    expect(problems[1]!.message).toMatch(/entry 3 has no "ko".*this entry has "kr"; the fields are ko, en and kind/);
    expect(problems[2]!.message).toMatch(/"en" is an empty list/);
    expect(problems[3]!.message).toMatch(/"kind" must be one of person, org, place, other/);
    expect(problems[4]!.message).toMatch(/entry 6 is not a ko\/en pair/);
    expect(problems[5]!.message).toMatch(/"ko" must be a name/);
  });
});

describe('duplicateForms', () => {
  const entry = (ko: string[], en: string[], line: number) => ({ ko, en, source: { file: PATH, line } });

  it('finds a later entry sharing a form in either language, once per pair of entries', () => {
    const meloni = entry(['조르자 멜로니', '멜로니'], ['Giorgia Meloni', 'Meloni'], 1);
    const japan = entry(['일본'], ['Japan'], 3);
    const again = entry(['멜로니 총리', '멜로니'], ['Meloni'], 5);
    const nippon = entry(['니혼'], ['Japan'], 7);
    expect(duplicateForms([meloni, japan, again, nippon])).toEqual([
      { entry: again, form: '멜로니', first: meloni },
      { entry: nippon, form: 'Japan', first: japan },
    ]);
  });

  it('does not compare a Korean form with an English one, nor an entry with itself', () => {
    const nato = entry(['NATO', '나토'], ['NATO'], 1);
    const other = entry(['유엔'], ['나토'], 3);
    expect(duplicateForms([nato, other])).toEqual([]);
  });

  it('compares forms as the matcher sees them (NFC, folded spaces)', () => {
    const a = entry(['멜로니'], ['Giorgia Meloni'], 1);
    const b = entry(['멜로니'.normalize('NFD')], ['Giorgia  Meloni'], 3);
    expect(duplicateForms([a, b])).toHaveLength(1);
  });
});
