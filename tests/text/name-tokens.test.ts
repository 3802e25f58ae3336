import { describe, expect, it } from 'vitest';
import { foldForm } from '../../src/check/text/glossary.js';
import { CONNECTORS, tokenize } from '../../src/check/text/name-tokens.js';

/** The tokenizer as a regular expression: what the hand-written reader must agree with. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.‐‑][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

function reference(text: string) {
  const tokens = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    const closes = /['’]s$/u.test(word);
    if (closes) word = word.slice(0, -2);
    const capitalized = /^\p{Lu}/u.test(word);
    if (!capitalized && !CONNECTORS.has(word)) continue;
    tokens.push({ text: capitalized ? foldForm(word) : word, start, end: start + word.length, capitalized, closes });
  }
  return tokens;
}

/** Pieces that test the edges: joiners, possessives, marks, other scripts, surrogate pairs. */
const PIECES = [
  'Bank', 'of', 'Korea', 'the', 'da', 'Vinci', 'Lee', 'Jae-myung', "Korea's", 'Korea’s', 'U.S.', 'x', 'É', 'é', 'ñ',
  '\u0301', '한국', '1', '42', '-', "'", '’', '.', '‐', '‑', ' ', '  ', '\n', ',', 'della', 'dellas', 'Ω', '𝐀', '𝐚', '\ud800',
  'ǅ', 'ᾈ', '٣', 'İ', 'ß', "'s", 's',
];

function randomText(random: () => number): string {
  let text = '';
  const length = Math.floor(random() * 10);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

/** A small seeded generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('tokenize', () => {
  it('reads capitalized words and connectors, possessives closing a name', () => {
    expect(tokenize("the Bank of Korea's governor met Lee Jae-myung").map((t) => [t.text, t.capitalized, t.closes])).toEqual([
      ['the', false, false], ['Bank', true, false], ['of', false, false], ['Korea', true, true], ['Lee', true, false], ['Jae-myung', true, false],
    ]);
  });

  it('agrees with the regular expression it replaces, on text of every kind', () => {
    const random = seeded(7);
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(random);
      expect(tokenize(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
