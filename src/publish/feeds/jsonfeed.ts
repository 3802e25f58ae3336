/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1): `language` on the feed
 * and on each item, `authors` arrays, RFC 3339 dates. Strings are cleaned
 * like the XML feeds, so all three say the same thing.
 */
import { xmlTextDeep } from '../xml-text.js';
import { rfc3339 } from './dates.js';
import type { FeedData, FeedEntry } from './model.js';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface JsonFeedAuthor {
  name: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary?: string;
  date_published: string;
  date_modified: string;
  authors: JsonFeedAuthor[];
  tags?: string[];
  language: string;
}

export interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

export function jsonFeed(feed: FeedData): string {
  const document: JsonFeed = {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedUrls.json,
    description: feed.description,
    language: feed.lang,
    authors: [{ name: feed.author }],
    items: feed.entries.map((entry) => jsonItem(feed, entry)),
  };
  return JSON.stringify(xmlTextDeep(document), null, 2) + '\n';
}

function jsonItem(feed: FeedData, entry: FeedEntry): JsonFeedItem {
  const tags = [...(entry.category ? [entry.category.name] : []), ...entry.tags];
  return {
    id: entry.url,
    url: entry.url,
    title: entry.title,
    content_html: entry.contentHtml,
    ...(entry.summary && { summary: entry.summary }),
    date_published: rfc3339(entry.published, feed.timeZone),
    date_modified: rfc3339(entry.modified, feed.timeZone),
    authors: [{ name: entry.author }],
    ...(tags.length > 0 && { tags }),
    language: feed.lang,
  };
}
