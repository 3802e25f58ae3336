import { describe, expect, it } from 'vitest';
import { nameMissing } from '../../src/check/rules/name-missing.js';
import { makeSite } from '../helpers/site.js';
import { findingsOf, place } from './glossary-rules-harness.js';
import { findingsIn } from './harness.js';

const KO = 'articles/2026/01/fighter-summit.ko.md';
const EN = 'articles/2026/01/fighter-summit.en.md';

/** The name-missing findings of one pair (`x.ko.md`, `x.en.md`) under a glossary given as YAML lines. */
async function missingIn(glossary: string[], ko: string, en: string): Promise<Array<[number, string]>> {
  const page = (body: string) => `---\ntitle: 기사\ndate: 2026-01-29T08:30:00+09:00\n---\n\n${body}\n`;
  const root = await makeSite({
    'locales/glossary.yaml': glossary.join('\n') + '\n',
    'articles/2026/01/x.ko.md': page(ko),
    'articles/2026/01/x.en.md': page(en),
  });
  return (await findingsIn(nameMissing, root)).map((d) => [d.line, d.message.split(' (')[0]!]);
}

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

  it('lets a translation drop the country or province that only locates the place after it', async () => {
    const glossary = [
      '- ko: [미국]\n  en: [United States, U.S.]\n  kind: place',
      '- ko: [텍사스주, 텍사스]\n  en: [Texas]\n  kind: place',
      '- ko: [테일러]\n  en: [Taylor]\n  kind: place',
      '- ko: [경남]\n  en: [South Gyeongsang Province]',
      '- ko: [사천]\n  en: [Sacheon]\n  kind: place',
      '- ko: [일본]\n  en: [Japan]\n  kind: place',
      '- ko: [나고야]\n  en: [Nagoya]\n  kind: place',
      '- ko: [다카이치]\n  en: [Takaichi]\n  kind: person',
    ];
    expect(await missingIn(glossary,
      '삼성전자는 미국 텍사스주 테일러 공장을 짓는다. 경남 사천 공장도 있다.\n\n일본 나고야에서 일했다.',
      'Samsung is building a plant in Taylor, Texas. It also has a plant in Sacheon.\n\nThey worked in Nagoya.')).toEqual([]);
    // A locator is still a name where it stands alone, or before a name the translation lacks or a person.
    expect(await missingIn(glossary,
      '미국 텍사스주 테일러 공장. 미국은 관세를 올렸다.\n\n일본 다카이치 총리가 말했다.',
      'The plant in Taylor, Texas. Tariffs went up.\n\nTakaichi said so.')).toEqual([[6, '"미국"'], [8, '"일본"']]);
  });

  it('takes a capital for its government: Tokyo for 일본 정부, Washington for 미국은, Seoul for 정부', async () => {
    const glossary = [
      '- ko: [도쿄]\n  en: [Tokyo]', '- ko: [서울]\n  en: [Seoul]', '- ko: [미국]\n  en: [United States, U.S.]',
      '- ko: [일본]\n  en: [Japan]', '- ko: [정부서울청사]\n  en: [Government Complex Seoul]',
    ];
    expect(await missingIn(glossary,
      '정부는 2023년 3월 해법을 내놓았다. 일본 정부는 문제가 해결됐다는 입장이다. 미국은 환영했다.',
      'Seoul offered a plan in March 2023. Tokyo maintains that the issue was settled. Washington welcomed it.')).toEqual([]);
    // A capital that stands for no government the Korean names is still a name of its own.
    expect(await missingIn(glossary,
      '일본 오사카에서 회의가 열렸다. 정부서울청사에서 브리핑했다.',
      'The meeting was held in Tokyo, Japan. Seoul gave a briefing at the Government Complex Seoul.')).toEqual([[6, '"Tokyo"'], [6, '"Seoul"']]);
  });

  it('does not take a bare surname for a person when it may be someone else', async () => {
    const glossary = [
      '- ko: [이재명, 이 대통령]\n  en: [Lee Jae-myung, Lee]\n  kind: person',
      '- ko: [이흥구]\n  en: [Lee Heung-gu]\n  kind: person',
    ];
    // a private citizen the Korean names by surname only, another Lee named in full, a Lee the glossary lacks
    expect(await missingIn(glossary, '유족 대표인 이모(86)씨는 환영했다.', 'Lee, 86, who represents the families, welcomed it.')).toEqual([]);
    expect(await missingIn(glossary, '이 씨는 환영했다.', 'Lee welcomed it.')).toEqual([]);
    expect(await missingIn(glossary, '이흥구 대법관이 주심을 맡았다. 그는 말했다.', 'Justice Lee Heung-gu presided. Lee said so.')).toEqual([]);
    expect(await missingIn(glossary, '이재용 회장이 참석했다.', 'Chairman Lee Jae-yong attended.')).toEqual([]);
    // with no other Lee in sight, Lee is the president
    expect(await missingIn(glossary, '대통령실은 환영했다.', 'Lee welcomed it.')).toEqual([[6, '"Lee Jae-myung"']]);
  });

  it('finds a name written in capitals in an English dateline', async () => {
    const glossary = ['- ko: [서울]\n  en: [Seoul]\n  kind: place', '- ko: [미쓰비시중공업]\n  en: [Mitsubishi Heavy Industries, MHI]'];
    expect(await missingIn(glossary, '(서울=연합뉴스) 기자 = 실적이 나왔다.', 'SEOUL, Jan. 29 (Yonhap) -- The results are out.')).toEqual([]);
    expect(await missingIn(glossary, '서울에서 실적이 나왔다. 미쓰비시중공업도.', 'The results are out. SEOULS mhi Mhi.'))
      .toEqual([[6, '"서울"'], [6, '"미쓰비시중공업"']]);
  });

  it("takes another country's ministry (캐나다 국방부) for no mention of the glossary's", async () => {
    const glossary = [
      '- ko: [국방부]\n  en: [Ministry of National Defense, Defense Ministry]\n  kind: org',
      '- ko: [캐나다]\n  en: [Canada]\n  kind: place',
      '- ko: [엔비디아]\n  en: [Nvidia]\n  kind: org',
    ];
    expect(await missingIn(glossary,
      '캐나다 국방부는 19일 최종 후보를 발표했다.',
      "Canada's Department of National Defence named the finalists on the 19th.")).toEqual([]);
    expect(await missingIn(glossary, '캐나다의 국방부가 발표했다.', 'Canada\'s Department of National Defence announced it.')).toEqual([]);
    expect(await missingIn(glossary, '미 국방부 당국자들과 만났다.', 'They met Pentagon officials.')).toEqual([]);
    expect(await missingIn(glossary, '그 국방부 당국자들과 만났다.', 'They met the officials.')).toEqual([[6, '"국방부"']]);
    // Korea's own ministry, named as well, or with no country before it, must still be translated
    expect(await missingIn(glossary,
      '캐나다 국방부는 발표했다. 국방부는 환영했다.',
      "Canada's Department of National Defence announced it. Seoul welcomed it.")).toEqual([[6, '"국방부"']]);
    expect(await missingIn(glossary, '국방부는 환영했다.', 'Officials welcomed it.')).toEqual([[6, '"국방부"']]);
    // a country before a company only locates it: 미국 엔비디아 is Nvidia all the same
    expect(await missingIn(glossary, '캐나다 엔비디아 법인이 발표했다.', 'A Canadian subsidiary announced it.')).toEqual([[6, '"엔비디아"']]);
  });

  it('finds a compound name spaced otherwise than the glossary writes it', async () => {
    const glossary = ['- ko: [국립대전현충원]\n  en: [Daejeon National Cemetery]\n  kind: place'];
    expect(await missingIn(glossary, '장지는 국립 대전현충원이다.', 'He will be buried at Daejeon National Cemetery.')).toEqual([]);
    expect(await missingIn(glossary, '장지는 선산이다.', 'He will be buried at Daejeon National Cemetery.')).toEqual([[6, '"Daejeon National Cemetery"']]);
  });

  it('takes a minister for a mention of the ministry (Defense Minister for 국방부 장관)', async () => {
    const glossary = ['- ko: [국방부]\n  en: [Ministry of National Defense, Defense Ministry]\n  kind: org'];
    expect(await missingIn(glossary, '신원식 국방부 장관이 동행했다.', 'Defense Minister Shin Won-sik went along.')).toEqual([]);
    expect(await missingIn(glossary, '국방부 장관이 동행했다.', 'The Minister of National Defense went along.')).toEqual([]);
    // a minister of something else, or none at all, is no mention
    expect(await missingIn(glossary, '신원식 국방부 장관이 동행했다.', 'Foreign Minister Cho Tae-yul went along.')).toEqual([[6, '"국방부"']]);
    expect(await missingIn(glossary, '신원식 국방부 장관이 동행했다.', 'Shin Won-sik went along.')).toEqual([[6, '"국방부"']]);
  });

  it('takes the Korean name of a capital the glossary lists as a form of its country (도쿄 for Tokyo)', async () => {
    const glossary = ['- ko: [일본]\n  en: [Japan, Tokyo]\n  kind: place', '- ko: [북한]\n  en: [North Korea, Pyongyang, the North]\n  kind: place'];
    expect(await missingIn(glossary, '지난달 도쿄에서 전시회가 열렸다. 평양도 반응했다.', 'An exhibition was held in Tokyo last month. Pyongyang responded.')).toEqual([]);
    // Japan itself is no city the Korean names, nor is Tokyo where the Korean has neither
    expect(await missingIn(glossary, '지난달 도쿄에서 전시회가 열렸다.', 'An exhibition was held in Japan last month.')).toEqual([[6, '"Japan"']]);
    expect(await missingIn(glossary, '지난달 전시회가 열렸다.', 'An exhibition was held in Tokyo last month.')).toEqual([[6, '"Japan"']]);
  });
});

