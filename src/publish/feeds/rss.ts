/**
 * RSS 2.0, as the W3C feed validator reads it: channel metadata before the
 * items, `atom:link rel="self"` with its type, a permalink `guid`, RFC 822
 * dates with the zone's numeric offset, the byline in `dc:creator` (RSS
 * `author` must be an e-mail address), the dek in `description` and the
 * whole body in `content:encoded`.
 */
import { FEED_TYPES } from '../../render/context.js';
import { el, serializeXml, type XmlElement } from '../xml.js';
import { rfc822 } from './dates.js';
import type { FeedData, FeedEntry } from './model.js';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
};

export const GENERATOR = 'pairpress';

/** RSS `description` holds HTML, so a plain-text dek is escaped once as HTML (and again, by the serializer, as XML). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function rssFeed(feed: FeedData): string {
  const channel = el(
    'channel',
    {},
    el('title', {}, feed.title),
    el('link', {}, feed.homeUrl),
    el('description', {}, feed.description),
    el('language', {}, feed.lang),
    el('generator', {}, GENERATOR),
    el('lastBuildDate', {}, rfc822(feed.updated, feed.timeZone)),
    el('atom:link', { href: feed.feedUrls.rss, rel: 'self', type: FEED_TYPES.rss }),
    feed.entries.map((entry) => rssItem(feed, entry)),
  );
  return serializeXml(el('rss', { version: '2.0', 'xmlns:atom': NS.atom, 'xmlns:content': NS.content, 'xmlns:dc': NS.dc }, channel));
}

function rssItem(feed: FeedData, entry: FeedEntry): XmlElement {
  return el(
    'item',
    {},
    el('title', {}, entry.title),
    el('link', {}, entry.url),
    el('guid', { isPermaLink: 'true' }, entry.url),
    el('pubDate', {}, rfc822(entry.published, feed.timeZone)),
    entry.summary && el('description', {}, escapeHtml(entry.summary)),
    el('content:encoded', {}, entry.contentHtml),
    el('dc:creator', {}, entry.author),
    entry.category && el('category', {}, entry.category.name),
    entry.tags.map((tag) => el('category', {}, tag)),
  );
}
