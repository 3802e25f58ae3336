/**
 * What the review page needs to know of a site besides the check result:
 * each pair's two sources, where their top-level Markdown blocks start (to
 * align paragraphs), and the sources of other files that carry findings.
 * Built once from the loaded site, so the page itself stays a pure function
 * of plain data.
 */
import type { RootContent } from 'mdast';
import type { Article, Lang, Pairing, Site } from '../../types.js';

export interface ReviewBlock {
  /** `heading-2`, `paragraph`, `blockquote`, `list`, `code`, … */
  kind: string;
  /** 1-based source line where the block starts */
  line: number;
}

export interface ReviewVersion {
  /** root-relative path, as in diagnostics */
  path: string;
  lang: Lang;
  title: string;
  source: string;
  /** 1-based line where the Markdown body starts (front matter above it) */
  bodyLine: number;
  blocks: ReviewBlock[];
}

/** A pair, or an article on its own (one side absent). */
export interface ReviewPair {
  key: string;
  ko?: ReviewVersion;
  en?: ReviewVersion;
}

/** A file that is not a loaded article: glossary, locale file, settings, a broken article. */
export interface ReviewFile {
  path: string;
  source: string;
}

export interface ReviewSources {
  /** sorted by key */
  pairs: ReviewPair[];
  files: ReviewFile[];
}

export function reviewSources(site: Site, pairing: Pairing): ReviewSources {
  const pairs: ReviewPair[] = pairing.pairs.map(({ key, ko, en }) => ({ key, ko: versionOf(ko), en: versionOf(en) }));
  const placed = new Set<Article>(pairing.pairs.flatMap((p) => [p.ko, p.en]));
  // Unpaired articles, and the second article of a duplicated key, each shown alone.
  for (const article of site.articles) {
    if (placed.has(article)) continue;
    pairs.push({ key: article.key, [article.lang]: versionOf(article) });
  }
  pairs.sort((a, b) => compare(a.key, b.key) || compare(pathOf(a), pathOf(b)));
  const articlePaths = new Set(site.articles.map((a) => a.path));
  const files = site.files
    .filter((f) => f.path && !articlePaths.has(f.path))
    .map((f) => ({ path: f.path, source: String(f.value ?? '') }));
  return { pairs, files };
}

function versionOf(article: Article): ReviewVersion {
  return {
    path: article.path,
    lang: article.lang,
    title: article.meta.title,
    source: article.source,
    bodyLine: lineAt(article.source, article.bodyOffset),
    blocks: article.tree.children.flatMap((node) => {
      const line = node.position?.start.line;
      return line === undefined ? [] : [{ kind: kindOf(node), line }];
    }),
  };
}

function kindOf(node: RootContent): string {
  return node.type === 'heading' ? `heading-${node.depth}` : node.type;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function pathOf(pair: ReviewPair): string {
  return (pair.ko ?? pair.en)?.path ?? '';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
