/**
 * untranslated (SPEC §5.5): Hangul left in the English version (a run of
 * three or more syllables outside code and outside glossary forms), or a
 * Korean-version paragraph with more Latin letters than Hangul syllables.
 */
import type { Article } from '../../types.js';
import type { ArticleRule, RuleContext } from '../rule.js';
import { findNames } from '../text/glossary.js';
import { countHangulSyllables, countLatinLetters, isHangulSyllable, isLatinLetter, maxLatinLetters, type Span } from '../text/hangul.js';

const MIN_SYLLABLES = 3;
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
const EXCERPT = 40;

export const untranslated: ArticleRule = {
  id: 'untranslated',
  scope: 'article',
  description: 'Korean text is left in the English version, or a paragraph of the Korean version is in English.',
  help: 'Translate the text; a Korean name belongs in locales/glossary.yaml, an English quotation in a block quote (">"); `<!-- pairpress-ignore-next untranslated -->` silences one block.',
  check(article: Article, ctx) {
    if (article.lang === 'en') checkEnglish(article, ctx);
    else checkKorean(article, ctx);
  },
};

function checkEnglish(article: Article, ctx: RuleContext): void {
  const entries = ctx.glossary(article);
  for (const block of ctx.prose(article)) {
    // Most English blocks have no syllable at all, which the regular expression engine finds out faster than a count.
    if (!HANGUL_SYLLABLE.test(block.text) || countHangulSyllables(block.text) < MIN_SYLLABLES) continue;
    const names = findNames(block.text, 'ko', entries);
    for (const span of koreanSpans(block.text, names)) {
      const excerpt = block.text.slice(span.start, span.end).replace(/\s+/gu, ' ');
      const shown = excerpt.length > EXCERPT ? `${excerpt.slice(0, EXCERPT)}…` : excerpt;
      ctx.report({
        article,
        start: block.offsetAt(span.start),
        end: block.offsetAt(span.end - 1) + 1,
        message: `Korean text left in the English version: "${shown}"`,
      });
    }
  }
}

/**
 * Korean text outside glossary forms. A run is syllables joined by spaces
 * only (한미 동맹 is a run of four); it counts from 3 syllables. Runs and
 * shorter pieces are reported together while no Latin letter or digit
 * separates them, so a Korean sentence is one finding, not one per word.
 */
export function koreanSpans(text: string, names: readonly Span[]): Span[] {
  const covered = new Uint8Array(text.length);
  for (const name of names) covered.fill(1, name.start, name.end);
  const groups: Array<Span & { run: number; long: boolean }> = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const open = i < text.length && isHangulSyllable(text[i]) && !covered[i];
    if (open && start === -1) start = i;
    else if (!open && start !== -1) {
      const length = i - start;
      const last = groups[groups.length - 1];
      const gap = last ? text.slice(last.end, start) : '';
      if (last && !hasLatinOrDigit(gap)) {
        last.run = /^\s+$/u.test(gap) ? last.run + length : length;
        last.long ||= last.run >= MIN_SYLLABLES;
        last.end = i;
      } else groups.push({ start, end: i, run: length, long: length >= MIN_SYLLABLES });
      start = -1;
    }
  }
  return groups.filter((g) => g.long).map(({ start: s, end }) => ({ start: s, end }));
}

function hasLatinOrDigit(text: string): boolean {
  for (const char of text) if (isLatinLetter(char) || /\p{N}/u.test(char)) return true;
  return false;
}

/**
 * Web and mail addresses are not prose in any language. A mail address
 * starts where no address character precedes it, so a long run of letters
 * or digits is tried once, not from each of its characters (linear time).
 */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
/** What every address has, matched as ADDRESS matches it: a paragraph without it is left as it is, unread by ADDRESS. */
const ADDRESS_MARK = /https?:\/\/|www\.|@/iu;

function withoutAddresses(text: string): string {
  return ADDRESS_MARK.test(text) ? text.replace(ADDRESS, ' ') : text;
}
/**
 * A quotation in its original words, inside a Korean sentence that reports it: in double
 * quotes, or in single ones as Korean also quotes ('…'로 소개한다); an apostrophe (Japan's)
 * closes no quotation. A title in the brackets Korean writes titles and quotations in
 * (『…』 for a book, 《…》, 「…」, 〈…〉) is cited as published, in its own language.
 */
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’(?!\p{Ll})|(?<![\p{L}\p{N}])'[^'\n]+'(?!\p{Ll})|『[^』]*』|「[^」]*」|《[^》]*》|〈[^〉]*〉/gu;

/**
 * A name's original in parentheses right after its Korean form: 일본 외무성(Ministry of
 * Foreign Affairs of Japan), 순찰잠수함사업(Canadian Patrol Submarine Project·CPSP).
 * It glosses the name, as a quotation does; it is not prose left in English.
 */
const GLOSS = /(?<=[가-힣])\([^()\n]*\)/gu;

/** Lower-case Latin words: `the`, `said`, `market`, not `KOSPI` or `Golden`. */
const LOWERCASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu;
const MIN_LOWERCASE_WORDS = 2;
/**
 * The small words inside a name between capitalized words (Center for Strategic and
 * International Studies, Ministry of the Interior): part of the name, not of a sentence.
 */
const NAME_CONNECTOR = /(?<=\p{Lu}[\p{L}'’.-]*,? )(?:of|for|and|the|on|in|at|de|van|von|der|da|di|del|du|la|le)(?= (?:(?:of|for|and|the) )?\p{Lu})/gu;

/**
 * English prose has lower-case words (the, of, said); a list item that is
 * an index name and its value (`KOSPI: 2,845.6`), a title, a line of
 * acronyms (`ASML, TSMC, AMD 등`) or a source credit naming an institute
 * (`자료: Center for Strategic and International Studies`) has none but the
 * small words of its names, and is not left untranslated.
 */
function readsAsProse(text: string): boolean {
  let count = 0;
  for (const _ of text.replace(NAME_CONNECTOR, ' ').matchAll(LOWERCASE_WORD)) if (++count >= MIN_LOWERCASE_WORDS) return true;
  return false;
}

function checkKorean(article: Article, ctx: RuleContext): void {
  for (const block of ctx.prose(article)) {
    if (block.kind !== 'paragraph' || block.quote) continue;
    const text = withoutAddresses(block.text);
    const hangul = countHangulSyllables(text);
    // Fewer letters that may be Latin than syllables: the count below could only agree.
    if (maxLatinLetters(text) <= hangul) continue;
    const unquoted = text.replace(QUOTED, ' ').replace(GLOSS, ' ');
    const latin = countLatinLetters(unquoted);
    if (latin <= hangul || !readsAsProse(text)) continue;
    ctx.report({
      article,
      start: block.start,
      end: block.end,
      message: `this paragraph of the Korean version is in English (${latin} Latin letters, ${hangul} Hangul syllables): translate it, or quote it with ">" if it is a quotation`,
    });
  }
}
