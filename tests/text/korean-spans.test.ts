import { describe, expect, it } from 'vitest';
import { koreanSpans } from '../../src/check/rules/untranslated.js';

/** The reported pieces of `text`, with the glossary names at `names` left out. */
function spans(text: string, ...names: string[]): string[] {
  const covered = names.filter((name) => text.includes(name)).map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length }));
  return koreanSpans(text, covered).map((s) => text.slice(s.start, s.end));
}

describe('Korean left in English text', () => {
  it.each([
    ['The talks were 매우 성공적 by all accounts.', ['매우 성공적']],
    ['He called it a 중대한 전환 for both.', ['중대한 전환']],
    ['Both sides pledged 한미 동맹 support.', ['한미 동맹']], // two short words make a run of four
    ['양국은 협력하기로 했다. Then they left.', ['양국은 협력하기로 했다']],
    ['One 대한민국 and another 대한민국.', ['대한민국', '대한민국']], // Latin letters between: two findings
  ])('reports %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'The gloss (한일) is short.',
    'Two glosses: (한일) and (북미).',
    'Prime Minister Meloni (멜로니) spoke.',
    'Prime Minister Meloni (멜로니 총리) spoke.', // the name is the glossary's; 총리 alone is two syllables
  ])('leaves alone %s', (text) => {
    expect(spans(text, '멜로니')).toEqual([]);
  });
});
