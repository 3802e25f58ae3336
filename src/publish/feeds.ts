/**
 * The feeds of a build (SPEC §7): per language `rss.xml` (RSS 2.0),
 * `atom.xml` (Atom 1.0) and `feed.json` (JSON Feed 1.1), the latest
 * `feedLimit` articles newest first. Pure and deterministic: nothing reads
 * the clock; the feed date is the publication's build time.
 */
import { sitePaths } from '../render/context.js';
import { createTranslator } from '../render/i18n.js';
import { LANGS, type OutputFile, type Publication } from '../types.js';
import { atomFeed } from './feeds/atom.js';
import { jsonFeed } from './feeds/jsonfeed.js';
import { feedData } from './feeds/model.js';
import { rssFeed } from './feeds/rss.js';

export { feedData, type FeedData, type FeedEntry } from './feeds/model.js';
export { rfc822, rfc3339 } from './feeds/dates.js';

export function renderFeeds(pub: Publication): OutputFile[] {
  const { t, has } = createTranslator(pub.site.locales);
  const files: OutputFile[] = [];
  for (const lang of LANGS) {
    const feed = feedData(pub, lang, t, has);
    files.push(
      { path: sitePaths.feed(lang, 'rss'), content: rssFeed(feed) },
      { path: sitePaths.feed(lang, 'atom'), content: atomFeed(feed) },
      { path: sitePaths.feed(lang, 'json'), content: jsonFeed(feed) },
    );
  }
  return files;
}
