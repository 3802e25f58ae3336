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
  ])('finds a word derived from the form in: %s', (text, forms) => {
    expect(mentionsDerivedForm(text, forms)).toBe(true);
  });

  it.each([
    ['Italy itself', ['Italy']], // the form, not a derived word
    ['Italianate villas', ['Italy']],
    ['the US and the UK', ['US', 'UK']], // short forms have no derived words
    ['Meloni said', ['Giorgia Meloni', 'Meloni']],
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
