import { describe, expect, it } from 'vitest';
import { flattenResources, interpolationVariables, pluralCategories, splitPluralSuffix } from '../../src/check/text/i18next-keys.js';

describe('i18next keys', () => {
  it.each([
    ['items_one', { base: 'items', plural: 'one', ordinal: false }],
    ['items_other', { base: 'items', plural: 'other', ordinal: false }],
    ['place_ordinal_two', { base: 'place', plural: 'two', ordinal: true }],
    ['nav.home', { base: 'nav.home', ordinal: false }],
    ['just_another', { base: 'just_another', ordinal: false }],
  ])('splits %s', (key, expected) => {
    expect(splitPluralSuffix(key)).toEqual(expected);
  });

  it('knows the plural forms of each language', () => {
    expect(pluralCategories('en', false)).toEqual(['one', 'other']);
    expect(pluralCategories('ko', false)).toEqual(['other']);
    expect(pluralCategories('en', true)).toEqual(expect.arrayContaining(['one', 'two', 'few', 'other']));
    expect(pluralCategories('ko', true)).toEqual(['other']);
  });

  it('flattens nested objects and arrays into dotted keys', () => {
    expect([...flattenResources({ nav: { home: 'Home' }, steps: ['a', { b: 'c' }], n: 1 })]).toEqual([
      ['nav.home', 'Home'],
      ['steps.0', 'a'],
      ['steps.1.b', 'c'],
      ['n', 1],
    ]);
  });

  it.each([
    ['Hello, {{name}}', ['name']],
    ['{{count, number}} articles by {{- author}}', ['count', 'author']],
    ['{{ spaced }} and {{name}} and {{name}}', ['spaced', 'name']],
    ['no variables, {single} braces', []],
  ])('reads the variables of %s', (text, names) => {
    expect([...interpolationVariables(text)]).toEqual(names);
  });
});
