/**
 * name-missing (SPEC §5.1): a glossary name in one version with none of its
 * forms in the other, reported at its first occurrence.
 */
import type { GlossaryEntry, Lang, Pair } from '../../types.js';
import type { PairRule } from '../rule.js';
import { mentionsDerivedForm } from '../text/derived-names.js';
import { articleNames, foldForm, mentionsAnyForm, type ArticleNameHit } from '../text/glossary.js';
import { capitalForGovernment, capitalNamedInKorean, foreignCountryBefore, governmentAsCapital } from '../text/capitals.js';
import { mentionsInCompound } from '../text/korean-compounds.js';

const LANGUAGE: Record<Lang, string> = { ko: 'Korean', en: 'English' };

export const nameMissing: PairRule = {
  id: 'name-missing',
  scope: 'pair',
  description: 'A glossary name appears in one version of a pair and none of its forms appears in the other.',
  help: 'Name the person or body in the other version with one of the glossary forms, or add the form it uses to the entry in locales/glossary.yaml (or the article\'s `names`); `ignore: [name-missing]` silences it for one article.',
  check(pair: Pair, ctx) {
    const entries = ctx.glossary(pair);
    const identity = sharedIdentity(entries);
    const first: Record<Lang, Map<GlossaryEntry, ArticleNameHit>> = {
      ko: firstOccurrences(articleNames(pair.ko, ctx, entries), identity),
      en: firstOccurrences(articleNames(pair.en, ctx, entries), identity),
    };
    let koAll: ArticleNameHit[] | undefined;
    const koHits = () => (koAll ??= articleNames(pair.ko, ctx, entries).sort((a, b) => a.start - b.start));
    let enAll: ArticleNameHit[] | undefined;
    const enHits = () => (enAll ??= articleNames(pair.en, ctx, entries));
    const present = (entry: GlossaryEntry, lang: Lang) =>
      first[lang].has(identity.get(entry) ?? entry) || mentionsAnyForm(textOf(lang), lang, entry[lang], entry);
    const texts: Partial<Record<Lang, string>> = {};
    const textOf = (lang: Lang) => (texts[lang] ??= ctx.prose(pair[lang]).map((block) => block.text).join('\u0000'));
    for (const [lang, other] of [['ko', 'en'], ['en', 'ko']] as const) {
      for (const [group, hit] of first[lang]) {
        if (first[other].has(group)) continue;
        const { entry } = hit;
        // A shorter name inside a longer one that won the place is still there.
        if (mentionsAnyForm(textOf(other), other, entry[other], entry)) continue;
        // "SEOUL, Jan. 29 (Yonhap) --": a dateline, or a headline, writes the name in capitals.
        if (other === 'en' && mentionsInCapitals(textOf('en'), entry.en)) continue;
        // "이탈리아 총리" translated as "the Italian prime minister" names the country all the same.
        if (other === 'en' && mentionsDerivedForm(textOf('en'), entry.en)) continue;
        // "한미일 정상회의" names South Korea, the United States and Japan by one syllable each.
        if (other === 'ko' && mentionsInCompound(textOf('ko'), entry.ko)) continue;
        // "Tokyo maintains" for 일본 정부는, "Seoul" for 정부: the capital stands for its government.
        if (other === 'ko' && capitalForGovernment(entry.en, textOf('ko'))) continue;
        if (other === 'en' && governmentAsCapital(entry.ko, textOf('ko'), textOf('en'))) continue;
        // "in Tokyo" for 도쿄에서, where the glossary lists Tokyo as a form of 일본 (Japan)
        if (other === 'ko' && capitalNamedInKorean([hit.form], textOf('ko'))) continue;
        // "미국 텍사스주 테일러" translated as "Taylor, Texas": the country only locates the place after it.
        if (lang === 'ko' && onlyLocates(entry, koHits(), pair.ko.source, (e) => present(e, 'en'))) continue;
        // "캐나다 국방부" is Canada's ministry, not the glossary's 국방부: the translation names it as Canada does.
        if (lang === 'ko' && onlyForeignBody(entry, koHits(), pair.ko.source)) continue;
        // "Lee, 86," for 이모(86)씨, or "Lee" for another Lee named in full: a bare surname is not this person.
        if (lang === 'en' && onlySurname(entry, enHits(), textOf('ko'), pair.en.source)) continue;
        ctx.report({ article: pair[lang], start: hit.start, end: hit.end, message: message(hit, lang, other) });
      }
    }
  },
};

/**
 * Korean names a place by the larger one it lies in, written first: 미국
 * 텍사스주, 일본 나고야, 경남 사천. A translation keeps the smaller place
 * and may drop the larger (`Taylor, Texas`). A place entry whose every
 * mention stands right before another name the translation has is such a
 * locator, and its absence there is no missing name.
 */
export function onlyLocates(
  entry: GlossaryEntry, hits: readonly ArticleNameHit[], source: string, translated: (entry: GlossaryEntry) => boolean,
): boolean {
  if (entry.kind !== undefined && entry.kind !== 'place') return false;
  const own = hits.filter((hit) => hit.entry === entry);
  if (own.length === 0) return false;
  return own.every((hit) => {
    const next = hits.find((h) => h.start >= hit.end && h.block === hit.block);
    if (!next || next.entry === entry || next.entry.kind === 'person') return false;
    return next.start - hit.end === 1 && source[hit.end] === ' ' && translated(next.entry);
  });
}

/** What names a government body in Korean: 국방부, 방위사업청, 법제처, 원자력안전위원회, 공군. */
const GOVERNMENT_BODY = /(?:부|청|처|위원회|의회|군|당국)$/u;

/**
 * A glossary body of the Korean government (국방부) whose every mention in
 * the Korean names another country's body of the same name (캐나다 국방부,
 * 중국 외교부): the translation calls that one by its own name (Canada's
 * Department of National Defence, the Pentagon), so the entry's forms
 * need not appear in it.
 */
export function onlyForeignBody(entry: GlossaryEntry, hits: readonly ArticleNameHit[], source: string): boolean {
  if (entry.kind !== undefined && entry.kind !== 'org') return false;
  const own = hits.filter((hit) => hit.entry === entry);
  if (own.length === 0) return false;
  return own.every((hit) => GOVERNMENT_BODY.test(hit.form.replace(/\s+/gu, '')) && foreignCountryBefore(source, hit.start));
}

/**
 * A person the English names only by a one-word form (`Lee`, the surname)
 * where that word may be someone else: another person of the article with
 * that surname (`Lee Heung-gu`), a person the Korean keeps anonymous by
 * surname (이모(86)씨, 이 씨), as Korean news does with private citizens, or
 * the surname of a full name the glossary lacks (`Lee Jae-yong`).
 */
export function onlySurname(entry: GlossaryEntry, hits: readonly ArticleNameHit[], ko: string, en: string): boolean {
  if (!isPerson(entry)) return false;
  const own = hits.filter((hit) => hit.entry === entry);
  if (own.length === 0 || own.some((hit) => /\s/.test(hit.form))) return false;
  const namesake = (word: string) => hits.some((hit) => {
    if (hit.entry === entry || !isPerson(hit.entry)) return false;
    const words = hit.form.split(/\s+/);
    return words.length > 1 && (words[0] === word || words[words.length - 1] === word);
  });
  const surname = /^[가-힣]{2,4}$/.test(entry.ko[0] ?? '') ? entry.ko[0]![0]! : undefined;
  const anonymous = surname !== undefined && new RegExp(`(?<![가-힣])${surname}${ANONYMOUS}`).test(ko);
  // Lee Jae-yong: the surname of a full name the glossary does not list
  const givenNameAfter = (hit: ArticleNameHit) => /^ [A-Z][a-z]{1,5}-[a-z]{1,6}(?![\p{L}-])/u.test(en.slice(hit.end, hit.end + 16));
  return own.every((hit) => anonymous || namesake(hit.form) || givenNameAfter(hit));
}

// after the surname: 모(86)씨, 모 씨, 모(86), 씨, (86)씨, with a particle after 씨
const ANONYMOUS = '(?:모 ?(?:\\(\\d{1,3}\\) ?)?씨|모\\(\\d{1,3}\\)| ?씨|\\(\\d{1,3}\\) ?씨)(?:[은는이가의도와를에]|에게)?(?![가-힣])';

/** A person by its kind, or, where the glossary does not say, by the shape of its names (이재명 / Lee Jae-myung). */
function isPerson(entry: GlossaryEntry): boolean {
  if (entry.kind !== undefined) return entry.kind === 'person';
  const [ko, en] = [entry.ko[0] ?? '', entry.en[0] ?? ''];
  return /^[가-힣]{2,4}$|^[가-힣]{1,5} [가-힣]{1,5}$/.test(ko) && /^[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}$/.test(en);
}

/** One of the English forms written in capitals (SEOUL for Seoul); not for forms that are capitals already (MHI). */
export function mentionsInCapitals(en: string, forms: readonly string[]): boolean {
  return forms.some((form) => {
    if (!/\p{Ll}/u.test(form) || form.replace(/[^\p{L}]/gu, '').length < 4) return false;
    const capitals = form.toUpperCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${capitals}(?![\\p{L}\\p{N}])`, 'u').test(en);
  });
}

function message(hit: ArticleNameHit, lang: Lang, other: Lang): string {
  const { entry, form } = hit;
  const canonical = entry[lang][0]!;
  const as = form === canonical ? '' : ` (as "${form}")`;
  return `"${canonical}" (${entry[other][0]}) appears in the ${LANGUAGE[lang]} version${as} but no form of "${entry[other][0]}" appears in the ${LANGUAGE[other]} version`;
}

/** The first hit of each name, in source order; entries that share a form count as one name. */
function firstOccurrences(hits: ArticleNameHit[], identity: Map<GlossaryEntry, GlossaryEntry>): Map<GlossaryEntry, ArticleNameHit> {
  const first = new Map<GlossaryEntry, ArticleNameHit>();
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    const group = identity.get(hit.entry) ?? hit.entry;
    if (!first.has(group)) first.set(group, hit);
  }
  return first;
}

/**
 * Maps each entry to the first entry it shares a form with (transitively),
 * so that a duplicate — already a glossary-invalid error — does not also
 * make names look missing.
 */
const identities = new WeakMap<readonly GlossaryEntry[], Map<GlossaryEntry, GlossaryEntry>>();

function sharedIdentity(entries: readonly GlossaryEntry[]): Map<GlossaryEntry, GlossaryEntry> {
  // Worked out once per entry list: every pair without its own `names` shares the site's.
  let identity = identities.get(entries);
  if (!identity) identities.set(entries, (identity = groupSharedForms(entries)));
  return identity;
}

function groupSharedForms(entries: readonly GlossaryEntry[]): Map<GlossaryEntry, GlossaryEntry> {
  const parent = new Map<GlossaryEntry, GlossaryEntry>();
  const root = (entry: GlossaryEntry): GlossaryEntry => {
    let current = entry;
    while (parent.get(current) !== current) current = parent.get(current)!;
    return current;
  };
  const owner = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    parent.set(entry, entry);
    for (const lang of ['ko', 'en'] as const) {
      for (const form of entry[lang]) {
        const key = `${lang}\u0000${foldForm(form)}`;
        const earlier = owner.get(key);
        if (!earlier) owner.set(key, entry);
        else {
          const [a, b] = [root(earlier), root(entry)];
          if (a !== b) parent.set(b, a);
        }
      }
    }
  }
  return new Map(entries.map((entry) => [entry, root(entry)]));
}
