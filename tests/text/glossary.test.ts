import { describe, expect, it } from 'vitest';
import { findNames, foldText, mentionsAnyForm } from '../../src/check/text/glossary.js';
import type { GlossaryEntry } from '../../src/types.js';

const entry = (ko: string[], en: string[]): GlossaryEntry => ({ ko, en, source: { file: 'locales/glossary.yaml', line: 1 } });

const takaichi = entry(['다카이치 사나에', '다카이치'], ['Sanae Takaichi', 'Takaichi']);
const meloni = entry(['조르자 멜로니', '멜로니'], ['Giorgia Meloni', 'Meloni']);
const mhi = entry(['미쓰비시중공업'], ['Mitsubishi Heavy Industries', 'MHI']);
const mitsubishi = entry(['미쓰비시'], ['Mitsubishi']);
const italy = entry(['이탈리아'], ['Italy']);
const usa = entry(['미국'], ['United States', 'U.S.']);
const lee = entry(['이재명'], ['Lee Jae-myung']);
const nato = entry(['NATO', '나토'], ['NATO']);
const yoon = entry(['윤'], ['Yoon']);
const GLOSSARY = [takaichi, meloni, mhi, mitsubishi, italy, usa, lee, nato, yoon];

/** The matched substrings, in order. */
function matched(text: string, lang: 'ko' | 'en', entries = GLOSSARY): string[] {
  return findNames(text, lang, entries).map((hit) => text.slice(hit.start, hit.end));
}

describe('Korean matching', () => {
  const PARTICLES = ['은', '는', '이', '가', '을', '를', '의', '와', '과', '에', '에게', '에서', '도', '로', '으로', '만', '까지', '부터', '처럼', '보다', '께서'];

  it.each(PARTICLES)('lets the particle %s follow a name', (particle) => {
    const text = `이번 회담에서 멜로니${particle} 주목받았다.`;
    const hits = findNames(text, 'ko', GLOSSARY);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.entry).toBe(meloni);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('멜로니');
    expect(hits[0]!.start).toBe(text.indexOf('멜로니'));
  });

  it.each(PARTICLES)('lets the particle %s follow a two-word name', (particle) => {
    expect(matched(`일본 총리 다카이치 사나에${particle} 말했다.`, 'ko')).toEqual(['다카이치 사나에']);
  });

  it.each([
    ['멜로니 총리는 도쿄에 도착했다.', ['멜로니']],
    ['이재명 대통령의 발언', ['이재명']],
    ['이탈리아산 부품', ['이탈리아']],
    ['다카이치정부는', ['다카이치']],
    ['(멜로니)', ['멜로니']],
    ['“다카이치”라고', ['다카이치']],
  ])('lets anything follow: %s', (text, expected) => {
    expect(matched(text, 'ko')).toEqual(expected);
  });

  it.each([
    ['남이탈리아의 항구', []],
    ['친멜로니 성향', []],
    ['반다카이치 시위', []],
    ['대미국 수출', []],
  ])('refuses a Hangul syllable before the form: %s', (text, expected) => {
    expect(matched(text, 'ko')).toEqual(expected);
  });

  it('matches after digits, Latin letters and punctuation', () => {
    expect(matched('G7이탈리아 대표, 2026미국', 'ko')).toEqual(['이탈리아', '미국']);
  });

  it('prefers the longest form at a place', () => {
    const hits = findNames('미쓰비시중공업은 미쓰비시 그룹의 계열사다.', 'ko', GLOSSARY);
    expect(hits.map((h) => h.entry)).toEqual([mhi, mitsubishi]);
    expect(matched('조르자 멜로니 총리', 'ko')).toEqual(['조르자 멜로니']);
  });

  it('matches a name wrapped across a soft line break', () => {
    const text = '일본의 다카이치\n사나에 총리가';
    const hits = findNames(text, 'ko', GLOSSARY);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.entry).toBe(takaichi);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('다카이치\n사나에');
  });

  it('gives a Latin-letter Korean form word edges', () => {
    expect(matched('NATO는 회의를 열었다', 'ko')).toEqual(['NATO']);
    expect(matched('NATOs 회원국', 'ko')).toEqual([]);
  });

  it('lets a one-syllable form stand alone or take a particle, never start a word', () => {
    expect(matched('윤 대통령은', 'ko')).toEqual(['윤']);
    expect(matched('윤은 말했다', 'ko')).toEqual(['윤']);
    expect(matched('윤리 문제', 'ko')).toEqual([]);
    expect(matched('윤석열', 'ko')).toEqual([]);
  });
});

describe('English matching', () => {
  it.each([
    ['Prime Minister Meloni arrived.', ['Meloni']],
    ["Meloni's visit", ['Meloni']],
    ['Meloni’s visit', ['Meloni']],
    ['the Meloni-led coalition', ['Meloni']],
    ['(Takaichi)', ['Takaichi']],
    ['"Takaichi," he said', ['Takaichi']],
  ])('finds whole words: %s', (text, expected) => {
    expect(matched(text, 'en')).toEqual(expected);
  });

  it.each([
    ['the Melonis of Rome', []],
    ['Takaichian politics', []],
    ['meloni in lower case', []],
    ['MELONI in capitals', []],
    ['Italyan', []],
    ['NATOs', []],
  ])('refuses parts of words and other cases: %s', (text, expected) => {
    expect(matched(text, 'en')).toEqual(expected);
  });

  it('prefers the longest form at a place', () => {
    expect(matched('Italian Prime Minister Giorgia Meloni met Sanae Takaichi.', 'en')).toEqual(['Giorgia Meloni', 'Sanae Takaichi']);
    const hits = findNames('Mitsubishi Heavy Industries (MHI), a Mitsubishi company', 'en', GLOSSARY);
    expect(hits.map((h) => h.entry)).toEqual([mhi, mhi, mitsubishi]);
  });

  it('handles forms with dots and hyphens at their edges', () => {
    expect(matched('U.S. officials and the U.S.-Japan alliance', 'en')).toEqual(['U.S.', 'U.S.']);
    expect(matched('President Lee Jae-myung said', 'en')).toEqual(['Lee Jae-myung']);
    expect(matched('President Lee Jae‑myung said', 'en')).toEqual(['Lee Jae‑myung']);
    expect(matched('Lee Jae-myungs', 'en')).toEqual([]);
  });

  it('reads the typographic apostrophe as the plain one', () => {
    const pla = entry(['중국 인민해방군'], ["People's Liberation Army", 'PLA']);
    expect(matched('the People’s Liberation Army', 'en', [pla])).toEqual(['People’s Liberation Army']);
  });

  it('matches a name wrapped across a soft line break, mapping offsets back', () => {
    const text = 'She met Giorgia\n  Meloni in Tokyo.';
    const hits = findNames(text, 'en', GLOSSARY);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.form).toBe('Giorgia Meloni');
    expect(hits[0]!.start).toBe(8);
    expect(hits[0]!.end).toBe(text.indexOf(' in'));
  });

  it('does not look for Korean forms in English text or the reverse', () => {
    expect(matched('Meloni and 멜로니', 'en')).toEqual(['Meloni']);
    expect(matched('Meloni and 멜로니', 'ko')).toEqual(['멜로니']);
  });

  it('gives a form shared by two entries to the first', () => {
    const again = entry(['멜로니 총리'], ['Meloni']);
    const hits = findNames('Meloni', 'en', [meloni, again]);
    expect(hits.map((h) => h.entry)).toEqual([meloni]);
  });
});

describe('foldText', () => {
  it('folds whitespace runs and keeps the origin of every character', () => {
    const { folded, origin } = foldText('a \n\t b‑c');
    expect(folded).toBe('a b-c');
    expect(origin).toEqual([0, 1, 5, 6, 7]);
  });
});

describe('mentionsAnyForm', () => {
  it('finds a form inside a longer name that won the place', () => {
    expect(mentionsAnyForm('미쓰비시중공업이 만든다', 'ko', mitsubishi.ko, mitsubishi)).toBe(true);
    expect(mentionsAnyForm('Mitsubishi Heavy Industries builds it', 'en', mitsubishi.en, mitsubishi)).toBe(true);
  });

  it('keeps the boundaries of the language', () => {
    expect(mentionsAnyForm('남이탈리아의 항구', 'ko', italy.ko, italy)).toBe(false);
    expect(mentionsAnyForm('Mitsubishis', 'en', mitsubishi.en, mitsubishi)).toBe(false);
  });
});

describe('Korean spacing of a compound name (한글 맞춤법 제49항)', () => {
  const cemetery = entry(['국립대전현충원'], ['Daejeon National Cemetery']);
  const hynix = entry(['SK하이닉스'], ['SK hynix']);
  const nex1 = entry(['LIG 넥스원'], ['LIG Nex1']);
  const bok = entry(['한국은행'], ['Bank of Korea']);
  const icheon = entry(['이천'], ['Icheon']);
  const ENTRIES = [cemetery, hynix, nex1, bok, icheon];

  it('matches a long compound with its parts spaced apart, and Latin letters spaced from Hangul', () => {
    expect(matched('장지는 국립 대전현충원이다.', 'ko', ENTRIES)).toEqual(['국립 대전현충원']);
    expect(matched('국립 대전 현충원에 안장된다.', 'ko', ENTRIES)).toEqual(['국립 대전 현충원']);
    expect(matched('SK 하이닉스는 이천에 있다.', 'ko', ENTRIES)).toEqual(['SK 하이닉스', '이천']);
    expect(matched('LIG넥스원이 수주했다.', 'ko', ENTRIES)).toEqual(['LIG넥스원']);
    expect(findNames('장지는 국립 대전현충원이다.', 'ko', ENTRIES)[0]!.entry).toBe(cemetery);
  });

  it('takes the form written as the text has it, and the longer name however spaced', () => {
    const spacedToo = entry(['LIG넥스원', 'LIG 넥스원'], ['LIG Nex1']);
    const snu = entry(['서울대'], ['Seoul National University']);
    const hospital = entry(['서울대병원'], ['Seoul National University Hospital']);
    const forms = (text: string) => findNames(text, 'ko', [spacedToo, snu, hospital]).map((hit) => hit.form);
    expect(forms('LIG넥스원과 LIG 넥스원')).toEqual(['LIG넥스원', 'LIG 넥스원']);
    expect(forms('서울대 병원 장례식장, 서울대 교수')).toEqual(['서울대병원', '서울대']);
  });

  it('keeps the spacing of shorter names and the parts of a name apart from other words', () => {
    // 한국 은행들 are Korean banks, not the Bank of Korea; 이 천 is no 이천
    expect(matched('한국 은행들이 대출을 늘렸다.', 'ko', ENTRIES)).toEqual([]);
    expect(matched('이 천 년 된 절이다.', 'ko', ENTRIES)).toEqual([]);
    // the parts alone, or a part cut in the middle of a syllable pair, are no mention
    expect(matched('국립 대전 시립 현충원', 'ko', ENTRIES)).toEqual([]);
    expect(matched('국 립대전현충원', 'ko', ENTRIES)).toEqual([]);
    expect(matched('SK 하이 닉스', 'ko', ENTRIES)).toEqual([]);
  });
});

describe('English names that overlap', () => {
  const north = entry(['북한'], ['North Korea', 'Pyongyang', 'the North']);
  const natoLong = entry(['북대서양조약기구', '나토'], ['North Atlantic Treaty Organization', 'NATO']);
  const ENTRIES = [north, natoLong];

  it('lets a name that starts at a later word and runs further win over one ending inside it', () => {
    expect(matched('He leads the North Atlantic Treaty Organization.', 'en', ENTRIES)).toEqual(['North Atlantic Treaty Organization']);
    expect(findNames('the North Atlantic Treaty Organization', 'en', ENTRIES)[0]!.entry).toBe(natoLong);
  });

  it('still finds the shorter name where the longer one does not follow', () => {
    expect(matched('the North and the North Atlantic', 'en', ENTRIES)).toEqual(['the North', 'the North']);
    expect(matched('talks with the North Korean side', 'en', ENTRIES)).toEqual(['the North']);
  });
});

