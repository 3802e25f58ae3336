/**
 * Property: finding a name or a date does not depend on the particle that
 * follows it, on the whitespace inside or around it (two spaces, a soft
 * line break, a tab, a no-break space), or on whether the text was saved
 * in NFC or NFD.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/check/text/dates.js';
import { findNames } from '../../src/check/text/glossary.js';
import type { GlossaryEntry } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { expectCleanRun } from '../helpers/hostile.js';
import { PARTICLES } from './arbitraries.js';

const REF = { year: 2026, month: 1, day: 17 };

/** A Hangul syllable (가–힣). */
const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
const koWord = fc.array(syllable, { minLength: 2, maxLength: 4 }).map((s) => s.join(''));
const enWord = fc
  .tuple(fc.constantFrom(...'BCDFGHJKLMNPRSTVWZ'), fc.array(fc.constantFrom(...'aeiourlnst'), { minLength: 3, maxLength: 7 }))
  .map(([first, rest]) => first + rest.join(''));
/** One or more whitespace characters as writers produce them. */
const space = fc.array(fc.constantFrom(' ', ' ', '  ', '\n', '\t', '\u00a0'), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
/** Text that may stand before a name: nothing, or words ending in a space or punctuation. */
const before = fc.constantFrom('', '정부는 ', '(', '“', '어제 ', 'Yesterday, ', '- ');

function entry(ko: string[], en: string[]): GlossaryEntry {
  return { ko, en, source: { file: 'locales/glossary.yaml', line: 1 } };
}

describe('names', () => {
  it('a Korean name is found whatever particle follows it', () => {
    fc.assert(
      fc.property(fc.array(koWord, { minLength: 1, maxLength: 3 }), before, fc.constantFrom(...PARTICLES), (words, lead, particle) => {
        const name = words.join(' ');
        const hits = findNames(`${lead}${name}${particle} 말했다.`, 'ko', [entry([name], ['Anyone'])]);
        expect(hits.map((h) => [h.start, h.form])).toEqual([[lead.length, name]]);
      }),
      { numRuns: 300 },
    );
  });

  it('a name is found whatever whitespace runs between its words', () => {
    fc.assert(
      fc.property(fc.array(koWord, { minLength: 2, maxLength: 3 }), fc.array(enWord, { minLength: 2, maxLength: 3 }), space, (ko, en, gap) => {
        const glossary = [entry([ko.join(' ')], [en.join(' ')])];
        expect(findNames(`어제 ${ko.join(gap)}는 말했다.`, 'ko', glossary)).toHaveLength(1);
        expect(findNames(`Yesterday ${en.join(gap)} said so.`, 'en', glossary)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('an English name is found before a possessive or punctuation, and not inside a longer word', () => {
    fc.assert(
      fc.property(fc.array(enWord, { minLength: 1, maxLength: 3 }), fc.constantFrom("'s", '’s', ',', '.', ')', ''), (words, tail) => {
        const name = words.join(' ');
        const glossary = [entry(['누구'], [name])];
        expect(findNames(`Then ${name}${tail} spoke.`, 'en', glossary)).toHaveLength(1);
        expect(findNames(`Then ${name}x spoke.`, 'en', glossary)).toHaveLength(0);
      }),
      { numRuns: 200 },
    );
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const date = fc
  .record({ year: fc.integer({ min: 1900, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
const KO_DATE_PARTICLES = ['', '에', '에는', '부터', '까지', '의', '로', '이후', '께'];

function fields(text: string, lang: 'ko' | 'en') {
  return extractDates(text, lang, REF).map(({ year, month, day }) => ({ year, month, day }));
}

describe('dates', () => {
  it('a Korean date reads the same whatever particle follows and whatever whitespace separates it', () => {
    fc.assert(
      fc.property(date, space, space, fc.constantFrom(...KO_DATE_PARTICLES), ({ year, month, day }, gap1, gap2, particle) => {
        const expected = [{ year, month, day }];
        expect(fields(`정부는 ${year}년 ${month}월 ${day}일 발표했다.`, 'ko')).toEqual(expected);
        expect(fields(`정부는 ${year}년${gap1}${month}월${gap2}${day}일${particle} 발표했다.`, 'ko')).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('an English date reads the same whatever whitespace separates it (a date wrapped across lines)', () => {
    fc.assert(
      fc.property(date, space, space, ({ year, month, day }, gap1, gap2) => {
        const expected = [{ year, month, day }];
        const name = MONTHS[month - 1]!;
        expect(fields(`It was announced on ${name} ${day}, ${year} in Seoul.`, 'en')).toEqual(expected);
        expect(fields(`It was announced on ${name}${gap1}${day},${gap2}${year} in Seoul.`, 'en')).toEqual(expected);
        expect(fields(`It was announced on ${day}${gap1}${name}${gap2}${year} in Seoul.`, 'en')).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('NFC and NFD', () => {
  const GLOSSARY = '- ko: [조르자 멜로니, 멜로니]\n  en: [Giorgia Meloni, Meloni]\n- ko: [다카이치 사나에, 다카이치]\n  en: [Sanae Takaichi, Takaichi]\n';
  const koSentence = fc.constantFrom(
    '조르자 멜로니 총리는 2023년 12월 19일 도쿄를 찾았다.',
    '다카이치는 지난 16일 멜로니와 만났다.',
    '두 정상은 3억 달러 규모의 협력에 합의했다.',
    '멜로니의 방문은 내년 8월로 미뤄졌다.',
    '회담은 비공개로 열렸다.',
  );
  const enSentence = fc.constantFrom(
    'Prime Minister Meloni visited Tokyo on December 19, 2023.',
    'Takaichi met Giorgia Meloni on the 16th.',
    'The leaders agreed on cooperation worth $300 million.',
    'The talks were held behind closed doors.',
  );

  async function diagnosticsOf(files: Record<string, Uint8Array | string>): Promise<unknown[]> {
    const dir = await mkdtemp(join(tmpdir(), 'pairpress-nfd-'));
    try {
      for (const [path, content] of Object.entries(files)) {
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), content);
      }
      const run = await runCli(['check', '--root', dir, '--format', 'json', '--no-cache']);
      expectCleanRun(run);
      return (JSON.parse(run.stdout) as { diagnostics: unknown[] }).diagnostics;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('a Korean version and glossary saved in NFD give the same findings as in NFC', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(koSentence, { minLength: 1, maxLength: 4 }),
        fc.array(enSentence, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (ko, en, nfdGlossary) => {
          const korean = `---\ntitle: 정상회담\ndate: 2026-01-17\n---\n\n${ko.join('\n')}\n`;
          const english = `---\ntitle: Summit\ndate: 2026-01-17\n---\n\n${en.join('\n')}\n`;
          const site = (form: 'NFC' | 'NFD') => ({
            'locales/glossary.yaml': Buffer.from(form === 'NFD' && nfdGlossary ? GLOSSARY.normalize('NFD') : GLOSSARY),
            'articles/2026/01/summit.ko.md': Buffer.from(korean.normalize(form)),
            'articles/2026/01/summit.en.md': english,
          });
          expect(korean.normalize('NFD')).not.toBe(korean);
          expect(await diagnosticsOf(site('NFD'))).toEqual(await diagnosticsOf(site('NFC')));
        },
      ),
      { numRuns: Number(process.env.PAIRPRESS_PROPERTY_RUNS ?? 20) },
    );
  }, 120_000);
});
