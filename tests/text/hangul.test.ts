import { describe, expect, it } from 'vitest';
import { countHangulSyllables, countLatinLetters, isHangulSyllable, isLatinLetter } from '../../src/check/text/hangul.js';

describe('script tests', () => {
  it('knows Hangul syllables from jamo and other scripts', () => {
    expect(['가', '힣', '멜'].every(isHangulSyllable)).toBe(true);
    expect(['ㄱ', 'ᄀ', 'A', '漢', '', undefined].some(isHangulSyllable)).toBe(false);
  });

  it('knows Latin letters, accented ones included', () => {
    expect(['a', 'Z', 'é', 'ß'].every(isLatinLetter)).toBe(true);
    expect(['1', '가', '-', undefined].some(isLatinLetter)).toBe(false);
  });

  it('counts', () => {
    expect(countHangulSyllables('멜로니 총리는 G7에')).toBe(7);
    expect(countLatinLetters('멜로니 총리는 G7에, Café')).toBe(5);
  });
});
