/**
 * A publisher bundle (SPEC §10): the selected articles as ninjs items,
 * standalone HTML pages and Markdown sources, the feeds of their languages,
 * and a manifest with the checksum of every file, in one deterministic zip.
 */
import { UserError } from '../errors.js';
import { isoWithOffset } from '../render/dates.js';
import { createTranslator, type Translate } from '../render/i18n.js';
import { renderArticlePage } from '../render/page.js';
import { LANGS, type Article, type Lang, type OutputFile, type Publication } from '../types.js';
import { renderFeeds } from './feeds.js';
import { describeFile, manifestHeader, MANIFEST_PATH, serializeJson, type BundleFile, type Manifest, type ManifestItem } from './manifest.js';
import { articleNinjs, ninjsUri } from './ninjs.js';
import { withoutImageLoads } from './offline.js';
import { compareCodeUnits, deterministicZip } from './zip.js';

export interface BundleSelection {
  /** languages to bundle */
  langs: readonly Lang[];
  /** keep articles published or updated at or after this instant (ms since epoch) */
  since?: number;
  /** keep only these translation keys */
  keys?: readonly string[];
}

export interface Bundle {
  /** the bundled articles, newest first */
  articles: Article[];
  manifest: Manifest;
  /** every entry of the zip, manifest included, sorted by path */
  files: OutputFile[];
  zip: Uint8Array;
}

/**
 * The published articles the selection keeps, newest first. A key that no
 * published article has is a user error (a typo should not pass as an
 * empty selection).
 */
export function selectArticles(pub: Publication, selection: BundleSelection): Article[] {
  const keys = selection.keys && selection.keys.length > 0 ? new Set(selection.keys) : undefined;
  if (keys) {
    const known = new Set(pub.articles.map((a) => a.key));
    const unknown = [...keys].filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw new UserError(`no published article has the translation key ${unknown.map((k) => `"${k}"`).join(', ')}`);
    }
  }
  const { since } = selection;
  return pub.articles.filter(
    (a) =>
      selection.langs.includes(a.lang) &&
      (!keys || keys.has(a.key)) &&
      (since === undefined || a.published >= since || a.modified >= since),
  );
}

/** Paths of an article's files inside the bundle. */
export function bundlePaths(article: Article): Record<'ninjs' | 'html' | 'markdown', string> {
  return {
    ninjs: `ninjs/${fileNameOfKey(article.key)}.${article.lang}.json`,
    html: `html/${article.lang}/${article.slug}.html`,
    markdown: `markdown/${article.lang}/${article.slug}.md`,
  };
}

/** The key with `/` (and characters file systems refuse) turned into `-`: `2026/01/summit` → `2026-01-summit`. */
export function fileNameOfKey(key: string): string {
  return key.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '-');
}

/** Builds the bundle of `articles` (a non-empty selection from `pub`). */
export function createBundle(pub: Publication, articles: readonly Article[], selection: BundleSelection): Bundle {
  if (articles.length === 0) throw new Error('createBundle needs at least one article');
  const { t } = createTranslator(pub.site.locales);
  const articleFiles = articles.flatMap((article) => filesOf(pub, article, t));
  const feedFiles = feedsOf(restrictTo(pub, articles));
  assertUniquePaths([...articleFiles, ...feedFiles]);

  const manifest: Manifest = {
    ...manifestHeader(pub),
    selection: {
      languages: LANGS.filter((l) => selection.langs.includes(l)),
      ...(selection.since !== undefined && { since: isoWithOffset(selection.since, pub.site.settings.timeZone) }),
      ...(selection.keys && selection.keys.length > 0 && { keys: [...new Set(selection.keys)].sort(compareCodeUnits) }),
    },
    items: itemsOf(pub, articles, articleFiles),
    feeds: feedFiles.map(describeFile),
  };
  const files: OutputFile[] = [...articleFiles, ...feedFiles, { path: MANIFEST_PATH, content: serializeJson(manifest) }]
    .map(({ path, content }) => ({ path, content }))
    .sort((a, b) => compareCodeUnits(a.path, b.path));
  return {
    articles: [...articles],
    manifest,
    files,
    zip: deterministicZip(files, pub.buildTime, pub.site.settings.timeZone),
  };
}

function filesOf(pub: Publication, article: Article, t: Translate): BundleFile[] {
  const paths = bundlePaths(article);
  const common = { lang: article.lang, key: article.key };
  return [
    { ...common, kind: 'ninjs', path: paths.ninjs, content: serializeJson(articleNinjs(pub, article, t)) },
    { ...common, kind: 'html', path: paths.html, content: withoutImageLoads(renderArticlePage(pub, article, { standalone: true })) },
    { ...common, kind: 'markdown', path: paths.markdown, content: article.source },
  ];
}

/**
 * The publication narrowed to the bundled articles, so the feeds list only
 * what the bundle holds. Translations outside the selection are still
 * known, so pages and items keep linking to them.
 */
function restrictTo(pub: Publication, articles: readonly Article[]): Publication {
  const kept = [...articles];
  return {
    ...pub,
    articles: kept,
    byLang: { ko: kept.filter((a) => a.lang === 'ko'), en: kept.filter((a) => a.lang === 'en') },
  };
}

/** Feeds of each language that has bundled articles, moved below `feeds/`. */
function feedsOf(pub: Publication): BundleFile[] {
  const langs = LANGS.filter((lang) => pub.byLang[lang].length > 0);
  return renderFeeds(pub).flatMap((file) => {
    const lang = langs.find((l) => file.path.startsWith(`${l}/`));
    return lang ? [{ path: `feeds/${file.path}`, content: file.content, lang, kind: 'feed' as const }] : [];
  });
}

/** One item per translation key, in the order of its newest version; versions in language order. */
function itemsOf(pub: Publication, articles: readonly Article[], files: readonly BundleFile[]): ManifestItem[] {
  const byKey = new Map<string, Article[]>();
  for (const article of articles) {
    const list = byKey.get(article.key);
    if (list) list.push(article);
    else byKey.set(article.key, [article]);
  }
  const zone = pub.site.settings.timeZone;
  return [...byKey].map(([key, versions]) => {
    const ordered = LANGS.flatMap((lang) => versions.filter((v) => v.lang === lang));
    return {
      key,
      languages: ordered.map((v) => v.lang),
      versions: ordered.map((v) => ({
        lang: v.lang,
        slug: v.slug,
        title: v.meta.title,
        url: pub.url(v),
        uri: ninjsUri(pub, v),
        published: isoWithOffset(v.published, zone),
        updated: isoWithOffset(v.modified, zone),
      })),
      files: files
        .filter((f) => f.key === key)
        .map(describeFile)
        .sort((a, b) => compareCodeUnits(a.path, b.path)),
    };
  });
}

/**
 * Two articles can only meet at one path when the site has errors
 * (`slug-conflict`) that `--force` let through, or when two keys differ
 * only where the file name has dashes (`a/b` and `a-b`).
 */
function assertUniquePaths(files: readonly BundleFile[]): void {
  const owners = new Map<string, BundleFile>();
  for (const file of files) {
    const first = owners.get(file.path);
    if (first) {
      throw new UserError(
        `two articles would be written to ${file.path} in the bundle (translation keys "${first.key}" and "${file.key}"); give one of them another slug or translationKey`,
      );
    }
    owners.set(file.path, file);
  }
}
