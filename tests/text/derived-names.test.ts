import { describe, expect, it } from 'vitest';
import { isDerivedFromForm, mentionsDerivedForm } from '../../src/check/text/derived-names.js';

describe('mentionsDerivedForm', () => {
  it.each([
    ['the Italian prime minister', ['Italy']],
    ['Japanese officials', ['Japan']],
    ['Chinese exports', ['China']],
    ['South Korean and North Korean troops', ['South Korea', 'Korea']],
    ['the two Koreas', ['Korea']],
    ['Ukrainian grain', ['Ukraine']],
    ['German industry', ['Germany']],
    // adjectives not made by an ending
    ['the Polish defence minister', ['Poland']],
    ['American officials said', ['United States', 'U.S.']],
    ['a British carrier group', ['United Kingdom', 'Britain', 'UK']],
    ['the French president', ['France']],
    ['Dutch chip equipment', ['Netherlands']],
    ['Filipino fishermen', ['Philippines']],
    ['the Saudi crown prince', ['Saudi Arabia']],
  ])('finds a word derived from the form in: %s', (text, forms) => {
    expect(mentionsDerivedForm(text, forms)).toBe(true);
  });

  it.each([
    ['Italy itself', ['Italy']], // the form, not a derived word
    ['Italianate villas', ['Italy']],
    ['the US and the UK', ['US', 'UK']], // short forms have no derived words
    ['Meloni said', ['Giorgia Meloni', 'Meloni']],
    ['Frenchman', ['France']], // a whole word only
    ['the Polish language', ['Portugal']],
  ])('finds none in: %s', (text, forms) => {
    expect(mentionsDerivedForm(text, forms)).toBe(false);
  });
});

describe('isDerivedFromForm', () => {
  const forms = new Set(['Korea', 'Israel', 'Takaichi', 'Trump']);
  it.each(['Korean', 'Koreans', 'Koreas', 'Israeli', 'Trumpism', 'Trumpist'])('%s is made from a form', (word) => {
    expect(isDerivedFromForm(word, forms)).toBe(true);
  });
  it.each(['Takaichii', 'Kore', 'Koreaa', 'Trumo'])('%s is not', (word) => {
    expect(isDerivedFromForm(word, forms)).toBe(false);
  });
});
