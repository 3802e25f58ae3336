/**
 * The page writer of a build: every article page, each language's index,
 * the root language chooser and the stylesheet. Pure and deterministic: the
 * same publication gives the same files, in the same order.
 */
import { LANGS, type OutputFile, type Publication } from '../types.js';
import { STYLESHEET, STYLESHEET_PATH } from './assets.js';
import { createContext, sitePaths } from './context.js';
import { chooserPage, languageIndexPage } from './index-page.js';
import { articlePage, articlePagePath } from './page.js';

export { STYLESHEET, STYLESHEET_PATH } from './assets.js';
export { markdownToHtml, markdownToHast, plainSummary, absoluteUrl, absolutizeUrls, type MarkdownOptions } from './markdown.js';
export { renderArticlePage } from './page.js';
export { createTranslator, type Translator, type Translate } from './i18n.js';
export { formatDate, isoWithOffset } from './dates.js';

export interface RenderPagesOptions {
  /** an article page rendered beforehand (in a worker thread, or read from the cache), by output path */
  prerendered?: (path: string) => string | Uint8Array | undefined;
}

export function renderPages(pub: Publication, options: RenderPagesOptions = {}): OutputFile[] {
  const ctx = createContext(pub);
  // Pages rendered ahead saw one translation key at a time; where two keys claim one page
  // (a forced build with slug conflicts), the publication settles it and they may be wrong.
  const prerendered = sharesAPage(pub) ? undefined : options.prerendered;
  const files: OutputFile[] = [{ path: 'index.html', content: chooserPage(ctx) }];
  for (const lang of LANGS) {
    files.push({ path: `${sitePaths.index(lang)}index.html`, content: languageIndexPage(ctx, lang) });
    for (const article of pub.byLang[lang]) {
      const path = articlePagePath(article);
      files.push({ path, content: prerendered?.(path) ?? articlePage(ctx, article) });
    }
  }
  files.push({ path: STYLESHEET_PATH, content: STYLESHEET });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether two articles of the site have the same language and slug (a `slug-conflict`). */
function sharesAPage(pub: Publication): boolean {
  const pages = new Set(pub.site.articles.map((article) => sitePaths.article(article)));
  return pages.size < pub.site.articles.length;
}
