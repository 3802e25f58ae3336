/**
 * The W3C feed validator's error rules for the elements pairpress writes,
 * restated so a test can apply them offline: required elements, no
 * duplicates, known element names, full URIs (RFC 2396 characters only),
 * RFC 2822 dates with the right weekday, RFC 3339 dates, ISO 639 language
 * codes, feed metadata before entries, unique ids and Atom links, an author
 * for every Atom entry, RSS `author` only as an e-mail address. Also the
 * rule this project adds: no relative URL in any HTML content.
 */
import { attr, children, type XmlDocument, type XmlNode } from './xml-check.js';

const FULL_URI = /^[a-zA-Z][0-9a-zA-Z+\-.]*:(\/\/)?[0-9a-zA-Z;/?:@&=+$.\-_!~*'()%,#]+$/;
const RFC2822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d\d?) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d)(?::(\d\d))? ([+-]\d\d[03]0|UT|GMT|Z)$/;
const RFC822_LOOSE =
  /^(((mon)|(tue)|(wed)|(thu)|(fri)|(sat)|(sun))\s*,\s*)?\d\d?\s+((jan)|(feb)|(mar)|(apr)|(may)|(jun)|(jul)|(aug)|(sep)|(oct)|(nov)|(dec))\s+\d\d(\d\d)?\s+\d\d:\d\d(:\d\d)?\s+(([+-]\d\d\d\d)|(ut)|(gmt)|(est)|(edt)|(cst)|(cdt)|(mst)|(mdt)|(pst)|(pdt)|[a-ik-z])?$/;
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const EMAIL = /^[A-Z0-9_\-+.']+@([A-Z0-9-]+\.)+[A-Z0-9][-A-Z0-9]*( \(.*\))?$/i;

const RSS_CHANNEL = new Set([
  'title', 'link', 'description', 'language', 'copyright', 'managingEditor', 'webMaster', 'pubDate',
  'lastBuildDate', 'category', 'generator', 'docs', 'cloud', 'ttl', 'image', 'rating', 'textInput',
  'skipHours', 'skipDays', 'item', 'atom:link',
]);
const RSS_ITEM = new Set([
  'title', 'link', 'description', 'author', 'category', 'comments', 'enclosure', 'guid', 'pubDate', 'source',
  'content:encoded', 'dc:creator', 'atom:link',
]);
const ATOM_FEED = new Set([
  'author', 'category', 'contributor', 'generator', 'icon', 'id', 'link', 'logo', 'rights', 'subtitle', 'title', 'updated', 'entry',
]);
const ATOM_ENTRY = new Set([
  'author', 'category', 'content', 'contributor', 'id', 'link', 'published', 'rights', 'source', 'summary', 'title', 'updated',
]);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The validator's date check: the RFC 2822 pattern, a real calendar date,
 * and the weekday that date falls on. A date that only fits the looser
 * RFC 822 pattern (an offset such as +0845) is a warning there, not an error.
 */
export function rfc2822Problem(value: string): string | undefined {
  const m = RFC2822.exec(value);
  if (!m) return RFC822_LOOSE.test(value.toLowerCase()) ? undefined : `not an RFC 2822 date: ${value}`;
  const [, weekday, day, month, year] = m;
  const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month!), Number(day)));
  if (date.getUTCDate() !== Number(day)) return `no such day: ${value}`;
  if (weekday && WEEKDAYS[date.getUTCDay()] !== weekday) return `wrong weekday: ${value}`;
  return undefined;
}

export function rssErrors(doc: XmlDocument): string[] {
  const errors: string[] = [];
  const rss = doc.documentElement;
  if (rss?.tagName !== 'rss' || attr(rss, 'version') !== '2.0') return ['root is not <rss version="2.0">'];
  const channels = children(rss, 'channel');
  if (channels.length !== 1) return [`expected one channel, found ${channels.length}`];
  const channel = channels[0]!;
  checkChildren(errors, 'channel', channel, RSS_CHANNEL, ['title', 'link', 'description'], ['category', 'item', 'atom:link']);
  fullUri(errors, 'channel link', text(channel, 'link'));
  language(errors, 'channel language', text(channel, 'language'));
  for (const name of ['pubDate', 'lastBuildDate']) {
    const value = text(channel, name);
    if (value !== undefined) push(errors, `channel ${name}`, rfc2822Problem(value));
  }
  const self = children(channel, 'atom:link').filter((l) => attr(l, 'rel') === 'self');
  if (self.length !== 1) errors.push('channel needs exactly one atom:link rel="self"');
  for (const link of self) {
    fullUri(errors, 'atom:link href', attr(link, 'href') ?? '');
    if (!attr(link, 'type')) errors.push('atom:link rel="self" has no type');
  }
  const guids = new Set<string>();
  children(channel, 'item').forEach((item, i) => {
    const where = `item ${i + 1}`;
    checkChildren(errors, where, item, RSS_ITEM, ['title', 'link'], ['category', 'atom:link']);
    fullUri(errors, `${where} link`, text(item, 'link') ?? '');
    const guid = children(item, 'guid')[0];
    if (guid) {
      const permalink = attr(guid, 'isPermaLink') ?? 'true';
      if (!['true', 'false'].includes(permalink)) errors.push(`${where} guid isPermaLink="${permalink}"`);
      if (permalink === 'true') fullUri(errors, `${where} guid`, guid.textContent ?? '');
      if (guids.has(guid.textContent ?? '')) errors.push(`${where} repeats guid ${guid.textContent}`);
      guids.add(guid.textContent ?? '');
    }
    const pubDate = text(item, 'pubDate');
    if (pubDate !== undefined) push(errors, `${where} pubDate`, rfc2822Problem(pubDate));
    const author = text(item, 'author');
    if (author !== undefined && !EMAIL.test(author)) errors.push(`${where} author is not an e-mail address: ${author}`);
    for (const name of ['description', 'content:encoded']) {
      const html = text(item, name);
      if (html !== undefined) relativeUrls(errors, `${where} ${name}`, html);
    }
  });
  return errors;
}

export function atomErrors(doc: XmlDocument): string[] {
  const errors: string[] = [];
  const feed = doc.documentElement;
  if (feed?.tagName !== 'feed' || attr(feed, 'xmlns') !== 'http://www.w3.org/2005/Atom') return ['root is not an Atom <feed>'];
  const lang = attr(feed, 'xml:lang');
  if (lang !== null) language(errors, 'xml:lang', lang);
  checkChildren(errors, 'feed', feed, ATOM_FEED, ['id', 'title', 'updated'], ['author', 'category', 'contributor', 'link', 'entry']);
  const kids = children(feed);
  const firstEntry = kids.findIndex((k) => k.tagName === 'entry');
  if (firstEntry >= 0 && kids.slice(firstEntry).some((k) => k.tagName !== 'entry')) errors.push('feed metadata after an entry');
  fullUri(errors, 'feed id', text(feed, 'id') ?? '');
  push(errors, 'feed updated', rfc3339Problem(text(feed, 'updated')));
  links(errors, 'feed', feed, true);
  if (!children(feed, 'link').some((l) => attr(l, 'rel') === 'self')) errors.push('feed has no link rel="self"');
  const feedHasAuthor = children(feed, 'author').length > 0;
  for (const author of children(feed, 'author')) if (!text(author, 'name')) errors.push('feed author has no name');
  const ids = new Set<string>();
  children(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    checkChildren(errors, where, entry, ATOM_ENTRY, ['id', 'title', 'updated'], ['author', 'category', 'contributor', 'link']);
    const id = text(entry, 'id') ?? '';
    fullUri(errors, `${where} id`, id);
    if (ids.has(id)) errors.push(`${where} repeats id ${id}`);
    ids.add(id);
    push(errors, `${where} updated`, rfc3339Problem(text(entry, 'updated')));
    const published = text(entry, 'published');
    if (published !== undefined) push(errors, `${where} published`, rfc3339Problem(published));
    if (!feedHasAuthor && children(entry, 'author').length === 0) errors.push(`${where} has no author`);
    for (const author of children(entry, 'author')) if (!text(author, 'name')) errors.push(`${where} author has no name`);
    links(errors, where, entry, false);
    for (const category of children(entry, 'category')) if (!attr(category, 'term')) errors.push(`${where} category without term`);
    const content = children(entry, 'content')[0];
    if (!content && !children(entry, 'link').some((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate')) {
      errors.push(`${where} has neither content nor an alternate link`);
    }
    if (content && attr(content, 'type') === 'html') relativeUrls(errors, `${where} content`, content.textContent ?? '');
  });
  return errors;
}

function checkChildren(errors: string[], where: string, parent: XmlNode, known: Set<string>, required: string[], repeatable: string[]): void {
  const seen = new Set<string>();
  for (const child of children(parent)) {
    const name = child.tagName;
    if (!known.has(name)) errors.push(`${where}: undefined element <${name}>`);
    if (seen.has(name) && !repeatable.includes(name)) errors.push(`${where}: duplicate <${name}>`);
    seen.add(name);
    if (child.textContent !== (child.textContent ?? '').trim() && ['id', 'link', 'guid', 'updated', 'published', 'pubDate'].includes(name)) {
      errors.push(`${where}: whitespace around <${name}>`);
    }
  }
  for (const name of required) if (!seen.has(name)) errors.push(`${where}: missing <${name}>`);
}

/** Atom links: href a full URI, and (at feed level, or among an entry's alternates) no two with the same rel, type and hreflang. */
function links(errors: string[], where: string, parent: XmlNode, feedLevel: boolean): void {
  const seen = new Set<string>();
  for (const link of children(parent, 'link')) {
    const href = attr(link, 'href');
    if (!href) errors.push(`${where}: link without href`);
    else fullUri(errors, `${where} link`, href);
    const rel = attr(link, 'rel') ?? 'alternate';
    if (!feedLevel && rel !== 'alternate') continue;
    const key = `${rel} ${attr(link, 'type')} ${attr(link, 'hreflang')}`;
    if (seen.has(key)) errors.push(`${where}: duplicate link ${key}`);
    seen.add(key);
    const hreflang = attr(link, 'hreflang');
    if (hreflang !== null) language(errors, `${where} link hreflang`, hreflang);
  }
}

function rfc3339Problem(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) return `not an RFC 3339 date: ${value}`;
  return undefined;
}

function fullUri(errors: string[], where: string, value: string | undefined): void {
  if (value === undefined) return;
  if (!FULL_URI.test(value)) errors.push(`${where}: not a full URI: ${value}`);
}

function language(errors: string[], where: string, value: string | undefined): void {
  if (value !== undefined && !LANGUAGE.test(value)) errors.push(`${where}: not a language code: ${value}`);
}

/** `href`/`src` values in HTML that have no scheme: a feed reader would resolve them against the wrong page. */
export function relativeUrlsIn(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url)) found.push(url);
  }
  return found;
}

function relativeUrls(errors: string[], where: string, html: string): void {
  for (const url of relativeUrlsIn(html)) errors.push(`${where}: relative URL ${url}`);
}

function text(parent: XmlNode, name: string): string | undefined {
  const found = children(parent, name)[0];
  return found ? (found.textContent ?? '') : undefined;
}

function push(errors: string[], where: string, problem: string | undefined): void {
  if (problem) errors.push(`${where}: ${problem}`);
}
