import { describe, expect, it } from 'vitest';
import { compoundSyllables, mentionsInCompound } from '../../src/check/text/korean-compounds.js';

describe('country syllables in Korean compounds', () => {
  it.each([
    ['한미일 정상회의가 열렸다.', ['한', '미', '일']],
    ['한·미·일 3국은 합의했다.', ['한', '미', '일']],
    ['북·중·러가 밀착하고 있다.', ['북', '중', '러']],
    ['미중 갈등이 깊어졌다.', ['미', '중']],
    ['한미동맹 70주년', ['한', '미']],
    ['한일전에서 이겼다.', ['한', '일']],
    ['한·이탈리아 정상회담', []], // a name written out is a glossary form, not a syllable
    ['한·이 정상회담', ['한', '이']],
  ])('%s', (text, syllables) => {
    expect([...compoundSyllables(text)].sort()).toEqual([...syllables].sort());
  });

  it.each([
    '정부는 이미 대책을 내놓았다.', // 이미: already
    '국민에 대한 설명이 필요하다.', // 대한: about
    '검토 중인 사안이다.',
    '중대한 결정이다.',
    '서울 일대에 비가 내렸다.',
    '한미약품이 신약을 내놓았다.', // a company
    '일일 확진자 수',
  ])('no compound in: %s', (text) => {
    expect(compoundSyllables(text).size).toBe(0);
  });

  it('tells whether a country is named in a compound', () => {
    expect(mentionsInCompound('한미일 공조를 강화한다.', ['일본'])).toBe(true);
    expect(mentionsInCompound('한미 공조를 강화한다.', ['일본'])).toBe(false);
    expect(mentionsInCompound('한미일 공조를 강화한다.', ['멜로니'])).toBe(false);
  });

  it('reads 대 and a country syllable as "to" or "toward" the country: 대중 수출, 대미 관세, 대북 제재', () => {
    expect(mentionsInCompound('대중 수출은 6.9% 늘었다.', ['중국'])).toBe(true);
    expect(mentionsInCompound('대미 무역흑자가 줄었다. 대미 관세를 낮췄다.', ['미국'])).toBe(true);
    expect(mentionsInCompound('대북 제재를 강화했다.', ['북한'])).toBe(true);
    expect(mentionsInCompound('대중 반도체 수출은 12% 늘었다.', ['중국'])).toBe(true);
    expect(mentionsInCompound('대중 음악 수출이 늘었다.', ['중국'])).toBe(false);
    expect(mentionsInCompound('대일 무역적자는 그대로다.', ['일본'])).toBe(true);
    // 대중 is also "the public"
    expect(mentionsInCompound('대중 앞에 섰다. 대중교통 이용이 늘었다. 대중문화 수출', ['중국'])).toBe(false);
  });
});
