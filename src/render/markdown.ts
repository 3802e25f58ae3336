/**
 * An article's Markdown (the mdast the loader parsed once) to safe HTML:
 * remark-rehype keeps raw HTML, the raw HTML is parsed, rehype-sanitize
 * keeps only what `articleSchema` allows, and a last pass makes what is left
 * valid HTML (image alt text, unique ids, encoded URLs).
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { Article } from '../types.js';
import { fitContentModel } from './content-model.js';
import { addHeadingIds } from './heading-ids.js';
import { fitHeadingLevels } from './heading-levels.js';
import { dropUnknownLanguageTags } from './language-tags.js';
import { fitPhrasingContent } from './phrasing.js';
import { preparedBody, preparedSummary } from './prepared.js';
import { articleSchema } from './sanitize-schema.js';
import { fitTables } from './tables.js';
import { absolutizeUrls, browserReading, encodeUrl, mapUrls } from './urls.js';
import { forEachElement, hasNodeOfType } from './walk.js';

export { absoluteUrl, absolutizeUrls } from './urls.js';

export interface MarkdownOptions {
  /** resolve relative links and images against this URL (feeds: the article's URL) */
  absoluteBase?: string;
}

const CLOBBER_PREFIX = articleSchema.clobberPrefix ?? '';

const rawSerializer = unified().use(rehypeStringify, { allowDangerousHtml: true });

/**
 * Raw HTML arrives from remark-rehype as `raw` nodes, an opening tag in one
 * node and its closing tag in another. Serializing the whole tree and parsing
 * it again as an HTML fragment lets the HTML parser pair them, as a browser
 * would, before the sanitizer looks. (The Markdown is not parsed again.)
 */
function rehypeParseRaw() {
  return (tree: HastRoot, file: VFile): HastRoot => {
    if (!hasNodeOfType(tree, 'raw')) return tree;
    file.data.hadRawHtml = true;
    return fromHtml(rawSerializer.stringify(tree), { fragment: true });
  };
}

/**
 * What the sanitizer keeps of raw HTML can nest in ways the HTML parser
 * never would (a `<p>` left inside a `<sup>` once the `<button>` around it
 * is gone), so the page would not read back as written. Parsing the
 * sanitized markup once more settles it into the tree a browser builds.
 * Markdown alone always gives such a tree, so only raw HTML needs this.
 */
function rehypeSettleRaw() {
  return (tree: HastRoot, file: VFile): HastRoot => {
    if (!file.data.hadRawHtml) return tree;
    return fromHtml(rawSerializer.stringify(tree), { fragment: true });
  };
}

/** URLs as a browser reads them, so the sanitizer's protocol check sees what would run. */
function rehypeReadUrls() {
  return (tree: HastRoot): void => mapUrls(tree, browserReading);
}

/**
 * Makes sanitized markup valid and whole: images need src and alt, ids must
 * be unique, blocks stay out of phrasing content and every element where
 * HTML allows it, headings fit under the page's headline and get ids,
 * language tags name languages, URLs are encoded, in-page links follow the
 * prefixed ids.
 */
function rehypeTidy() {
  return (tree: HastRoot, file: VFile): void => {
    const ids = new Set<string>();
    dropImagesWithoutSource(tree);
    forEachElement(tree, (element) => {
      if (element.tagName === 'img' && typeof element.properties.alt !== 'string') element.properties.alt = '';
      const id = element.properties.id;
      if (typeof id === 'string') {
        if (ids.has(id)) delete element.properties.id;
        else ids.add(id);
      }
    });
    fitPhrasingContent(tree);
    fitContentModel(tree);
    // Markdown alone makes no tables (no GFM) and no language attributes.
    if (file.data.hadRawHtml) {
      fitTables(tree);
      dropUnknownLanguageTags(tree);
    }
    fitHeadingLevels(tree);
    addHeadingIds(tree, ids, CLOBBER_PREFIX);
    mapUrls(tree, (url) => {
      const encoded = encodeUrl(url);
      if (encoded.startsWith('#') && ids.has(CLOBBER_PREFIX + decodeFragment(encoded.slice(1)))) return `#${CLOBBER_PREFIX}${encoded.slice(1)}`;
      return encoded;
    });
  };
}

/** An image without a source shows nothing and is invalid HTML: it goes. */
function dropImagesWithoutSource(parent: HastRoot | Element): void {
  parent.children = parent.children.filter(
    (child) => child.type !== 'element' || child.tagName !== 'img' || (typeof child.properties.src === 'string' && child.properties.src !== ''),
  ) as typeof parent.children;
  for (const child of parent.children) if (child.type === 'element') dropImagesWithoutSource(child);
}

/** `%EB%A9%94%EB%AA%A8` → `메모`, as a browser matches a fragment to an id; a malformed escape is left as it is. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

const toSafeHast = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeParseRaw)
  .use(rehypeReadUrls)
  .use(rehypeSanitize, articleSchema)
  .use(rehypeSettleRaw)
  .use(rehypeTidy)
  .use(rehypeStringify)
  .freeze();

/** The article body as a sanitized hast tree (a fresh tree each call; `article.tree` is not changed). */
export function markdownToHast(article: Article, options: MarkdownOptions = {}): HastRoot {
  const tree = toSafeHast.runSync(article.tree as MdastRoot);
  return options.absoluteBase ? absolutizeUrls(tree, options.absoluteBase) : tree;
}

/** The article body as sanitized HTML. */
export function markdownToHtml(article: Article, options: MarkdownOptions = {}): string {
  return preparedBody(article, options.absoluteBase ?? '') ?? toSafeHast.stringify(markdownToHast(article, options));
}

/**
 * The dek: the `summary` field, else the first paragraph of the body as
 * plain text (raw HTML left out), whitespace collapsed.
 */
export function plainSummary(article: Article): string {
  const prepared = preparedSummary(article);
  if (prepared !== undefined) return prepared;
  const summary = article.meta.summary?.trim();
  if (summary) return collapse(summary);
  for (const node of article.tree.children) {
    const text = paragraphText(node);
    if (text) return text;
  }
  return '';
}

function paragraphText(node: RootContent): string {
  if (node.type !== 'paragraph') return '';
  return collapse(toString(node, { includeHtml: false, includeImageAlt: false }));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
