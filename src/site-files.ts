/**
 * Every file of a build: pages, assets, feeds, sitemap. Kept apart from the
 * pipeline so that a run that writes nothing (a check, a build whose output
 * is already up to date) never loads the renderers.
 */
import { renderFeeds } from './publish/feeds.js';
import { renderSitemap } from './publish/sitemap.js';
import { renderPages, type RenderPagesOptions } from './render/index.js';
import type { OutputFile, Publication } from './types.js';

export { renderFeeds, renderPages, renderSitemap };

export function renderSite(publication: Publication, options: RenderPagesOptions = {}): OutputFile[] {
  return [...renderPages(publication, options), ...renderFeeds(publication), ...renderSitemap(publication)];
}
