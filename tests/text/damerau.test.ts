import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { damerauLevenshtein } from '../../src/check/text/damerau.js';

describe('damerauLevenshtein (optimal string alignment)', () => {
  it.each([
    ['Meloni', 'Meloni', 0],
    ['Meloni', 'Melonni', 1], // insertion
    ['Meloni', 'Melni', 1], // deletion
    ['Giorgia Meloni', 'Giorgio Meloni', 1], // substitution
    ['Takaichi', 'Takiachi', 1], // adjacent swap
    ['Takaichi', 'Tkaaichi', 1], // adjacent swap at the start
    ['Giorgia Meloni', 'Georgia Melony', 2],
    ['Mitsubishi', 'Mitsubihsi', 1],
    ['ca', 'abc', 3], // OSA: no edits inside a swapped pair
    ['', 'abc', 3],
    ['abc', '', 3],
    ['Meloni', 'meloni', 1], // case counts
    ['abcd', 'badc', 2], // two swaps
  ])('%s → %s is %i', (a, b, expected) => {
    expect(damerauLevenshtein(a, b)).toBe(expected);
    expect(damerauLevenshtein(b, a)).toBe(expected);
  });

  it('stops early past the limit, answering limit + 1', () => {
    expect(damerauLevenshtein('Giorgia Meloni', 'Sanae Takaichi', 2)).toBe(3);
    expect(damerauLevenshtein('Meloni', 'Meloni Giorgia', 2)).toBe(3);
    expect(damerauLevenshtein('Giorgio Meloni', 'Giorgia Meloni', 2)).toBe(1);
  });

  it('is a distance: symmetric, zero only for equal strings, within the Levenshtein bound', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = damerauLevenshtein(a, b);
        expect(damerauLevenshtein(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });

  it('agrees with the limit: a limited answer is exact when within it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const exact = damerauLevenshtein(a, b);
        expect(damerauLevenshtein(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
    );
  });
});
