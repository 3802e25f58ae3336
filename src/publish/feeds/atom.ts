/**
 * Atom 1.0 (RFC 4287): `xml:lang` on the feed, every feed-level element
 * before the entries, `id`/`updated`/`author` at feed level (so even an
 * empty feed is complete), `link rel="self"`, and per entry an alternate
 * link for each language the article is published in.
 */
import { FEED_TYPES } from '../../render/context.js';
import { el, serializeXml, type XmlElement } from '../xml.js';
import { rfc3339 } from './dates.js';
import type { FeedData, FeedEntry } from './model.js';
import { GENERATOR } from './rss.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const HTML = 'text/html';

export function atomFeed(feed: FeedData): string {
  return serializeXml(
    el(
      'feed',
      { xmlns: ATOM, 'xml:lang': feed.lang },
      el('id', {}, feed.homeUrl),
      el('title', {}, feed.title),
      feed.description !== feed.title && el('subtitle', {}, feed.description),
      el('updated', {}, rfc3339(feed.updated, feed.timeZone)),
      el('link', { rel: 'alternate', type: HTML, hreflang: feed.lang, href: feed.homeUrl }),
      el('link', { rel: 'alternate', type: HTML, hreflang: feed.otherHome.lang, href: feed.otherHome.url }),
      el('link', { rel: 'self', type: FEED_TYPES.atom, href: feed.feedUrls.atom }),
      el('author', {}, el('name', {}, feed.author)),
      el('generator', {}, GENERATOR),
      feed.entries.map((entry) => atomEntry(feed, entry)),
    ),
  );
}

function atomEntry(feed: FeedData, entry: FeedEntry): XmlElement {
  return el(
    'entry',
    {},
    el('id', {}, entry.url),
    el('title', { type: 'text' }, entry.title),
    el('link', { rel: 'alternate', type: HTML, hreflang: feed.lang, href: entry.url }),
    entry.translation && el('link', { rel: 'alternate', type: HTML, hreflang: entry.translation.lang, href: entry.translation.url }),
    el('published', {}, rfc3339(entry.published, feed.timeZone)),
    el('updated', {}, rfc3339(entry.modified, feed.timeZone)),
    el('author', {}, el('name', {}, entry.author)),
    entry.category && el('category', { term: entry.category.key, label: entry.category.name }),
    entry.tags.map((tag) => el('category', { term: tag })),
    entry.summary && el('summary', { type: 'text' }, entry.summary),
    el('content', { type: 'html' }, entry.contentHtml),
  );
}
