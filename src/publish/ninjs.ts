/**
 * One article version as an IPTC ninjs 3.1 news item: headline, dek, HTML
 * body, dates, byline, the glossary's people, organisations and places
 * named in it, its category and tags as subjects, and an association with
 * its translation.
 */
import { findNames } from '../check/text/glossary.js';
import { proseOf } from '../check/text/prose.js';
import { isoWithOffset } from '../render/dates.js';
import type { Translate } from '../render/i18n.js';
import { markdownToHtml, plainSummary } from '../render/markdown.js';
import type { Article, GlossaryEntry, Publication } from '../types.js';

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

/** The relation an association names: the other version translates this one, or this one translates it. */
export const TRANSLATION_REL = {
  /** on the original (the default-language version): the associated item is its translation */
  hasTranslation: 'translation',
  /** on a translation: the associated item is the version it was translated from */
  isTranslationOf: 'translationOf',
} as const;

export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

export interface NinjsEntity {
  name: string;
  rel?: string;
  literal?: string;
}

export interface NinjsAssociation {
  name: string;
  rel: string;
  uri: string;
  type: 'text';
  language: string;
  headlines: NinjsText[];
  firstCreated: string;
  versionCreated: string;
}

export interface NinjsItem {
  uri: string;
  standard: { name: 'ninjs'; version: '3.1'; schema: string };
  type: 'text';
  representationType: 'full';
  profile: string;
  pubStatus: 'usable';
  language: string;
  slugline: string;
  firstCreated: string;
  versionCreated: string;
  headlines: NinjsText[];
  descriptions?: NinjsText[];
  bodies: NinjsText[];
  by: string;
  people?: NinjsEntity[];
  organisations?: NinjsEntity[];
  places?: NinjsEntity[];
  subjects?: NinjsEntity[];
  renditions: { name: string; href: string; contentType: string; title: string }[];
  associations?: NinjsAssociation[];
}

/**
 * The item's identifier: the site's base URL, the translation key (each
 * segment percent-encoded) and the language. It stays the same as long as
 * the key and the base URL do, whatever the slug or title.
 */
export function ninjsUri(pub: Publication, article: Article): string {
  // `.` and `..` segments are escaped too, so no key can resolve onto another.
  const key = article.key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/^\.{1,2}$/, (dots) => '%2E'.repeat(dots.length)))
    .join('/');
  return pub.absolute(`ninjs/${key}/${article.lang}`);
}

export function articleNinjs(pub: Publication, article: Article, t: Translate): NinjsItem {
  const { settings } = pub.site;
  const zone = settings.timeZone;
  const summary = plainSummary(article);
  const translation = pub.translationOf(article);
  const names = namedEntities(article, glossaryFor(pub, article, translation));
  const subjects = subjectsOf(article, t);
  const item: NinjsItem = {
    uri: ninjsUri(pub, article),
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
    profile: 'text-only',
    pubStatus: 'usable',
    language: article.lang,
    slugline: article.slug,
    firstCreated: isoWithOffset(article.published, zone),
    versionCreated: isoWithOffset(article.modified, zone),
    headlines: [{ role: 'main', contentType: 'text/plain', value: article.meta.title }],
    ...(summary && { descriptions: [{ role: 'summary', contentType: 'text/plain', value: summary }] }),
    bodies: [{ role: 'main', contentType: 'text/html', value: markdownToHtml(article, { absoluteBase: pub.url(article) }) }],
    by: article.meta.author?.trim() || settings.author[article.lang],
    ...(names.person.length > 0 && { people: names.person }),
    ...(names.org.length > 0 && { organisations: names.org }),
    ...(names.place.length > 0 && { places: names.place }),
    ...(subjects.length > 0 && { subjects }),
    renditions: [{ name: 'web', href: pub.url(article), contentType: 'text/html', title: article.meta.title }],
    ...(translation && { associations: [translationAssociation(pub, article, translation)] }),
  };
  return item;
}

function translationAssociation(pub: Publication, article: Article, translation: Article): NinjsAssociation {
  const zone = pub.site.settings.timeZone;
  const isOriginal = article.lang === pub.site.settings.defaultLanguage;
  return {
    name: translation.meta.title,
    rel: isOriginal ? TRANSLATION_REL.hasTranslation : TRANSLATION_REL.isTranslationOf,
    uri: ninjsUri(pub, translation),
    type: 'text',
    language: translation.lang,
    headlines: [{ role: 'main', contentType: 'text/plain', value: translation.meta.title }],
    firstCreated: isoWithOffset(translation.published, zone),
    versionCreated: isoWithOffset(translation.modified, zone),
  };
}

/** The site glossary plus the front-matter names of both versions, as the checks see it. */
function glossaryFor(pub: Publication, article: Article, translation: Article | undefined): readonly GlossaryEntry[] {
  const extra = [...article.meta.names, ...(translation?.meta.names ?? [])];
  return extra.length > 0 ? [...pub.site.glossary, ...extra] : pub.site.glossary;
}

type EntityKind = 'person' | 'org' | 'place';

/**
 * Glossary entries of a kind that ninjs lists, found in the title or body,
 * in order of first mention, each once, under its canonical form in the
 * article's language.
 */
function namedEntities(article: Article, entries: readonly GlossaryEntry[]): Record<EntityKind, NinjsEntity[]> {
  const found: Record<EntityKind, NinjsEntity[]> = { person: [], org: [], place: [] };
  const seen = new Set<GlossaryEntry>();
  for (const block of proseOf(article)) {
    for (const hit of findNames(block.text, article.lang, entries)) {
      const kind = hit.entry.kind;
      if (kind === undefined || kind === 'other' || seen.has(hit.entry)) continue;
      seen.add(hit.entry);
      const name = hit.entry[article.lang][0] ?? hit.form;
      found[kind].push({ name, rel: 'mentioned' });
    }
  }
  return found;
}

/** The category (named in the article's language, its key as the literal) and the tags. */
function subjectsOf(article: Article, t: Translate): NinjsEntity[] {
  const subjects: NinjsEntity[] = [];
  const category = article.meta.category;
  if (category) {
    subjects.push({ name: t(article.lang, `category.${category}`, { defaultValue: category }), rel: 'category', literal: category });
  }
  for (const tag of article.meta.tags) subjects.push({ name: tag, rel: 'tag' });
  return subjects;
}
