import { describe, expect, it } from 'vitest';
import { untranslated } from '../../src/check/rules/untranslated.js';
import { findingsOf, place } from './glossary-rules-harness.js';
import { makeSite } from '../helpers/site.js';
import { findingsIn } from './harness.js';

const KO = 'articles/2026/01/space.ko.md';
const EN = 'articles/2026/01/space.en.md';

/** The lines of the untranslated findings in a pair with this Korean and this English body. */
async function koreanFindings(ko: string, en: string): Promise<number[]> {
  const page = (body: string) => `---\ntitle: 기사\ndate: 2026-02-18T15:00:00+09:00\n---\n\n${body}\n`;
  const root = await makeSite({ 'articles/2026/02/x.ko.md': page(ko), 'articles/2026/02/x.en.md': page(en) });
  return (await findingsIn(untranslated, root)).map((d) => d.line);
}

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

  it('takes English in single quotes inside a Korean sentence for a quotation, and an apostrophe for none', async () => {
    const page = (body: string) => `---\ntitle: 기사\ndate: 2026-01-17T11:52:00+09:00\n---\n\n${body}\n`;
    const site = (ko: string) => makeSite({
      'articles/2026/01/x.ko.md': page(ko),
      'articles/2026/01/x.en.md': page('The website describes the Patriot.'),
    });
    const quoted = [
      "홈페이지는 패트리엇을 'a surface-to-air missile system comprised of a missile frame and radar'로 소개한다.",
      '홈페이지는 패트리엇을 ‘a surface-to-air missile system comprised of a missile frame and radar’로 소개한다.',
    ];
    for (const ko of quoted) expect(await findingsIn(untranslated, await site(ko))).toEqual([]);
    const unquoted = "홈페이지는 Japan's system is comprised of a missile frame and radar and more라고 한다.";
    expect((await findingsIn(untranslated, await site(unquoted))).map((d) => d.line)).toEqual([6]);
  });

  it('takes an English title in the brackets Korean writes titles in (『…』, 《…》, 「…」, 〈…〉) for a citation', async () => {
    const findings = (ko: string) => koreanFindings(ko, 'An English edition followed in 2021.');
    expect(await findings('회고록은 2021년 영문판 『Nights at the Defense Committee』로도 나왔다.')).toEqual([]);
    expect(await findings('보고서 《The Next Arsenal of Democracy》가 화제다.')).toEqual([]);
    // English prose outside the brackets is still English left in the Korean version
    expect(await findings('The memoir came out in English as 『Nights at the Defense Committee』 in 2021.')).toEqual([6]);
    expect(await findings('회고록은 영문판으로도 나왔다. It sold well in the United States and in Britain.')).toEqual([6]);
  });

  it("takes a name's original in parentheses after its Korean form for a gloss", async () => {
    const findings = (ko: string) => koreanFindings(ko, "Japan's Ministry of Foreign Affairs also issued a statement.");
    expect(await findings('일본 외무성(Ministry of Foreign Affairs of Japan)도 같은 날 성명을 내고 북러 협력에 우려를 표했다.')).toEqual([]);
    // English prose around a gloss, or a parenthesis after English, is still English
    expect(await findings('The Foreign Ministry of Japan issued a statement on the same day about 외무성(Gaimusho) and the summit.')).toEqual([6]);
    expect(await findings('외무성도 같은 날 성명을 냈다 (the statement voiced concern about the summit and the war).')).toEqual([6]);
  });

  it('takes a source credit naming an institute for a name, not English prose', async () => {
    const findings = (ko: string) => koreanFindings(ko, 'Sources: the Center for Strategic and International Studies.');
    expect(await findings('자료: 국방부, 방위사업청, Center for Strategic and International Studies(CSIS)')).toEqual([]);
    expect(await findings('자료: Ministry of Economy, Trade and Industry, Bank of Japan')).toEqual([]);
    // a sentence has words besides the small words of names
    expect(await findings('자료: the Center for Strategic and International Studies says exports grew.')).toEqual([6]);
    expect(await findings('Source: data compiled by the Center for Strategic and International Studies')).toEqual([6]);
  });
});

