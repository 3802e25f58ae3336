import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/check/text/glossary.js';
import { findNearMisses } from '../../src/check/text/near-miss.js';
import { isCommonWord } from '../../src/check/text/common-words.js';
import type { GlossaryEntry } from '../../src/types.js';

const entry = (ko: string[], en: string[]): GlossaryEntry => ({ ko, en, source: { file: 'locales/glossary.yaml', line: 1 } });

const GLOSSARY = [
  entry(['조르자 멜로니', '멜로니'], ['Giorgia Meloni', 'Meloni']),
  entry(['다카이치 사나에', '다카이치'], ['Sanae Takaichi', 'Takaichi']),
  entry(['미쓰비시중공업'], ['Mitsubishi Heavy Industries', 'MHI']),
  entry(['이재명'], ['Lee Jae-myung']),
  entry(['한국'], ['Korea', 'South Korea']),
  entry(['이란'], ['Iran']),
  entry(['그랜트 섑스'], ['Grant Shapps']),
  entry(['한국은행'], ['Bank of Korea']),
  entry(['미국'], ['United States', 'U.S.']),
];

function misses(text: string, entries = GLOSSARY): Array<[string, string]> {
  return findNearMisses(text, entries, findNames(text, 'en', entries)).map((m) => [text.slice(m.start, m.end), m.suggestion]);
}

describe('near misses of glossary forms', () => {
  it.each([
    ['Prime Minister Giorgio Meloni arrived.', 'Giorgio Meloni', 'Giorgia Meloni'],
    ['Prime Minister Melonni arrived.', 'Melonni', 'Meloni'],
    ['The talks with Takiachi ended.', 'Takiachi', 'Takaichi'],
    ['Sanae Takaichii spoke.', 'Sanae Takaichii', 'Sanae Takaichi'],
    ["Takaichii's cabinet", 'Takaichii', 'Takaichi'],
    ['Mitsubishi Heavy Industires will build it.', 'Mitsubishi Heavy Industires', 'Mitsubishi Heavy Industries'],
    ['President Lee Jae-Myung said so.', 'Lee Jae-Myung', 'Lee Jae-myung'],
    ['President Lee Jae-myeong said so.', 'Lee Jae-myeong', 'Lee Jae-myung'],
    ['President Lee Jea-myung said so.', 'Lee Jea-myung', 'Lee Jae-myung'],
    ['Defence Secretary Grant Shaps signed.', 'Grant Shaps', 'Grant Shapps'],
    ['the Bank of Koera raised rates', 'Bank of Koera', 'Bank of Korea'],
    ['GiorgiaMeloni trended online.', 'GiorgiaMeloni', 'Giorgia Meloni'],
    ['Georgia Meloni said', 'Georgia Meloni', 'Giorgia Meloni'],
  ])('%s', (text, found, suggestion) => {
    expect(misses(text)).toEqual([[found, suggestion]]);
  });

  it.each([
    'Giorgia Meloni and Sanae Takaichi met in Tokyo.',
    "Meloni's and Takaichi’s governments",
    'Meanwhile, Melon prices rose.', // common words
    'Makes sense, Moloney said.', // three edits from Meloni
    'South Korean officials and the two Koreas', // a form with an ending
    'Iraq and Iran', // a country, not a slip
    'Austria, Australia and Korea', // well-known names
    'MHS and MH1 are not MHI', // forms of three letters have no near misses
    'the U.S. and the U.K.',
    'Japan, Italy Conservative Alliance to Sell Fighter Missiles Overseas', // headline case
    'meloni and takaichii in lower case', // not capitalized
    'Lee Jae-myung met the Bank of Korea governor.',
    'Samsung Chairman Lee Jae-yong met Nvidia CEO Jensen Huang.', // another Korean name, a syllable apart
    'Lee Jae-yong and Lee Jae-mun', // other syllables: other people
  ])('no near miss in: %s', (text) => {
    expect(misses(text)).toEqual([]);
  });

  it.each([
    // a province, a city, a prefecture that differ by a letter or two from a glossary place
    ['Gyeongsan', 'the high in Gyeongsan, North Gyeongsang Province'],
    ['Asan', 'factories in Asan and Ansan'],
    ['Naha', 'Naha, the capital of Okinawa, and Nara'],
    ['Takaichi', 'the novelist Takashi Sato and Takaichi'], // a Japanese given name, two edits away
  ])('no near miss of %s in: %s', (place, text) => {
    expect(misses(text, [...GLOSSARY, entry([place], [place])])).toEqual([]);
  });

  it('does not take a form of another entry for a slip', () => {
    const withMelania = [...GLOSSARY, entry(['멜라니아'], ['Melania'])];
    expect(misses('Melania and Meloni', withMelania)).toEqual([]);
    const withTakeuchi = [...GLOSSARY, entry(['다케우치'], ['Takeuchi'])];
    expect(misses('Takeuchi spoke', GLOSSARY)).toEqual([['Takeuchi', 'Takaichi']]);
    expect(misses('Takeuchi spoke', withTakeuchi)).toEqual([]);
  });

  it('reports each occurrence with its place', () => {
    const text = 'Melonni came. Later Melonni left.';
    const found = findNearMisses(text, GLOSSARY, findNames(text, 'en', GLOSSARY));
    expect(found.map((m) => m.start)).toEqual([0, 20]);
    expect(found.every((m) => m.distance === 1)).toBe(true);
  });

  it('finds nothing when the glossary is empty', () => {
    expect(misses('Giorgio Meloni', [])).toEqual([]);
  });
});

describe('common words', () => {
  it.each(['the', 'Meanwhile', 'Minister', 'missiles', 'signed', 'Alliance'])('%s is common', (word) => {
    expect(isCommonWord(word)).toBe(true);
  });
  it.each(['Meloni', 'Takaichi', 'Mitsubishi', 'Shapps'])('%s is not', (word) => {
    expect(isCommonWord(word)).toBe(false);
  });
});

describe('short forms', () => {
  it('gives forms of three letters or fewer no near misses, whatever their dots', () => {
    const glossary = [entry(['미국'], ['U.S.']), entry(['영국'], ['U.K.']), entry(['미쓰비시중공업'], ['MHI'])];
    expect(misses('the U.S and the U.K, not MHl', glossary)).toEqual([]);
  });

  it('allows one slip in a form of four to seven letters and two from eight', () => {
    const glossary = [entry(['키이우'], ['Kyiv']), entry(['다카이치'], ['Takaichi'])];
    expect(misses('Kyev and Tkaiachi', glossary)).toEqual([['Kyev', 'Kyiv'], ['Tkaiachi', 'Takaichi']]);
    expect(misses('Kiev', glossary)).toEqual([]); // two slips from a four-letter form
  });
});

describe('names that are other names', () => {
  const glossary = [
    entry(['방위사업청', '방사청'], ['Defense Acquisition Program Administration', 'DAPA']),
    entry(['한국국방연구원'], ['Korea Institute for Defense Analyses', 'KIDA']),
    entry(['박정민', '박 연구위원'], ['Park Jeong-min', 'Park']),
  ];

  it('takes an acronym with a letter more or fewer for another acronym', () => {
    expect(misses('It hired people from DARPA. KIA and KIDA.', glossary)).toEqual([]);
  });

  it('still finds an acronym with its letters swapped or one of them wrong', () => {
    expect(misses('The DPAA said so. KIFA said so.', glossary)).toEqual([['DPAA', 'DAPA'], ['KIFA', 'KIDA']]);
  });

  it('takes a surname as North Korea romanizes it for a name of its own', () => {
    expect(misses('Pak Jong-chon visited Moscow. Ri and Choe went too.', glossary)).toEqual([]);
  });

  it('still finds the full name misspelt with such a surname', () => {
    expect(misses('Pak Jeong-min said so. Park Jeong-mim agreed.', glossary))
      .toEqual([['Pak Jeong-min', 'Park Jeong-min'], ['Park Jeong-mim', 'Park Jeong-min']]);
  });
});

describe('Korean given names joined otherwise', () => {
  const glossary = [
    entry(['윤석열', '윤 대통령'], ['Yoon Suk Yeol', 'Yoon']),
    entry(['김정은'], ['Kim Jong Un']),
    entry(['이재명'], ['Lee Jae-myung']),
  ];

  it('counts a hyphen and a capital for a space as one slip, so a wrong letter more is still a near miss', () => {
    expect(misses('President Yoon Suk-yeul spoke.', glossary)).toEqual([['Yoon Suk-yeul', 'Yoon Suk Yeol']]);
    expect(misses('President Lee Jae Myoung spoke.', glossary)).toEqual([['Lee Jae Myoung', 'Lee Jae-myung']]);
  });

  it('leaves the names as written and other people alone', () => {
    expect(misses('President Yoon Suk Yeol met Kim Jong Un and Lee Jae-myung.', glossary)).toEqual([]);
    // another syllable is another person: Kim Jong-il is not Kim Jong Un, nor Lee Jae-yong Lee Jae-myung
    expect(misses('Kim Jong-il and Lee Jae-yong.', glossary)).toEqual([]);
  });
});

