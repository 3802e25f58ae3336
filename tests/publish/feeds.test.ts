import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFeeds } from '../../src/publish/feeds.js';
import { renderPages } from '../../src/render/index.js';
import type { OutputFile } from '../../src/types.js';
import { feedProblems, validateJsonFeed } from './feed-check.js';
import { atomErrors, relativeUrlsIn, rssErrors } from './feed-rules.js';
import { fileText, makePairedSite, publish, publishFixture } from './publish-site.js';
import { attr, children, only, parseXml, textOf, type XmlDocument } from './xml-check.js';

interface Feeds {
  files: OutputFile[];
  rss(lang: 'ko' | 'en'): XmlDocument;
  atom(lang: 'ko' | 'en'): XmlDocument;
  json(lang: 'ko' | 'en'): JsonFeedDoc;
}

interface JsonFeedDoc {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    summary?: string;
    date_published: string;
    date_modified: string;
    authors: { name: string }[];
    tags?: string[];
    language: string;
  }[];
}

function feedsOf(files: OutputFile[]): Feeds {
  return {
    files,
    rss: (lang) => parseXml(fileText(files, `${lang}/rss.xml`)),
    atom: (lang) => parseXml(fileText(files, `${lang}/atom.xml`)),
    json: (lang) => JSON.parse(fileText(files, `${lang}/feed.json`)) as JsonFeedDoc,
  };
}

function items(doc: XmlDocument) {
  return children(only(doc.documentElement!, 'channel'), 'item');
}

function channel(doc: XmlDocument) {
  return only(doc.documentElement!, 'channel');
}

describe('feeds of a site with pairs, an unpaired article and a draft', () => {
  let feeds: Feeds;
  beforeAll(async () => {
    feeds = feedsOf(renderFeeds(await publishFixture('basic')));
  });

  it('pass libxml2, the feed validator rules and the JSON Feed 1.1 schema', async () => {
    expect(await feedProblems(feeds.files)).toEqual([]);
  });

  it('RSS: channel in the language, with a typed self link and the build date', () => {
    const ch = channel(feeds.rss('ko'));
    expect(textOf(ch, 'title')).toBe('해양 안보 브리핑');
    expect(textOf(ch, 'link')).toBe('https://briefing.example.kr/ko/');
    expect(textOf(ch, 'description')).toBe('한반도 주변 바다에서 벌어지는 안보 소식을 전합니다.');
    expect(textOf(ch, 'language')).toBe('ko');
    // the newest published article (the draft of 10 February is not published)
    expect(textOf(ch, 'lastBuildDate')).toBe('Tue, 03 Feb 2026 08:00:00 +0900');
    const self = only(ch, 'atom:link');
    expect([attr(self, 'rel'), attr(self, 'type'), attr(self, 'href')]).toEqual([
      'self',
      'application/rss+xml',
      'https://briefing.example.kr/ko/rss.xml',
    ]);
    expect(textOf(channel(feeds.rss('en')), 'language')).toBe('en');
  });

  it('RSS: items newest first, drafts left out, one per published article of the language', () => {
    const titles = items(feeds.rss('ko')).map((item) => textOf(item, 'title'));
    expect(titles).toEqual([
      '강풍 특보에 인천항 여객선 운항 전면 중단',
      '서해 어선 전복 사고, 해경이 선원 7명 전원 구조',
      '해군, 동해에서 겨울철 합동 초계 시작',
    ]);
    expect(items(feeds.rss('en')).map((item) => textOf(item, 'link'))).toEqual([
      'https://briefing.example.kr/en/fishing-boat-rescue/',
      'https://briefing.example.kr/en/winter-patrol/',
    ]);
  });

  it('RSS: an item has a permalink guid, an RFC 822 date in Seoul time, the byline in dc:creator, categories', () => {
    const item = items(feeds.rss('ko'))[1]!;
    const guid = only(item, 'guid');
    expect(attr(guid, 'isPermaLink')).toBe('true');
    expect(guid.textContent).toBe('https://briefing.example.kr/ko/fishing-boat-rescue/');
    expect(textOf(item, 'link')).toBe(guid.textContent);
    expect(textOf(item, 'pubDate')).toBe('Tue, 20 Jan 2026 14:00:00 +0900');
    expect(textOf(item, 'dc:creator')).toBe('박지훈');
    expect(children(item, 'author')).toEqual([]);
    // the category through the locale (security → 안보), then the free tags
    expect(children(item, 'category').map((c) => c.textContent)).toEqual(['안보', '해양안보', '구조']);
    // without its own author, an article carries the site's byline for the language
    expect(textOf(items(feeds.rss('ko'))[0]!, 'dc:creator')).toBe('브리핑 데스크');
  });

  it('RSS: description is the dek, content:encoded the whole body with absolute links and images', () => {
    const item = items(feeds.rss('ko'))[1]!;
    expect(textOf(item, 'description')).toBe(
      '서해 격렬비열도 인근에서 20일 오전 어선 한 척이 높은 파도에 뒤집혔으나, 해양경찰이 선원 7명을 모두 구조했다.',
    );
    const html = textOf(item, 'content:encoded');
    expect(html).toContain('<img src="https://briefing.example.kr/ko/fishing-boat-rescue/photos/rescue.jpg" alt="구조 헬기가 선원을 끌어올리는 모습">');
    expect(html).toContain('href="https://briefing.example.kr/ko/harbor-closure/"');
    expect(html).toContain('해경은 사고 해역에 경비함 3척을 보냈다.');
    expect(relativeUrlsIn(html)).toEqual([]);
  });

  it('Atom: xml:lang, id, updated, self link, a feed author, and the other language as an alternate', () => {
    const feed = feeds.atom('en').documentElement!;
    expect(attr(feed, 'xml:lang')).toBe('en');
    expect(textOf(feed, 'id')).toBe('https://briefing.example.kr/en/');
    expect(textOf(feed, 'updated')).toBe('2026-02-03T08:00:00+09:00');
    expect(textOf(only(feed, 'author'), 'name')).toBe('Briefing Desk');
    const links = children(feed, 'link').map((l) => `${attr(l, 'rel')} ${attr(l, 'hreflang')} ${attr(l, 'href')}`);
    expect(links).toEqual([
      'alternate en https://briefing.example.kr/en/',
      'alternate ko https://briefing.example.kr/ko/',
      'self null https://briefing.example.kr/en/atom.xml',
    ]);
  });

  it('Atom: an entry names its translation, its dates, byline and category key with the localized label', () => {
    const entry = children(feeds.atom('en').documentElement!, 'entry')[0]!;
    expect(textOf(entry, 'title')).toBe('Coast guard rescues all seven crew after fishing boat capsizes in the Yellow Sea');
    expect(children(entry, 'link').map((l) => [attr(l, 'hreflang'), attr(l, 'href')])).toEqual([
      ['en', 'https://briefing.example.kr/en/fishing-boat-rescue/'],
      ['ko', 'https://briefing.example.kr/ko/fishing-boat-rescue/'],
    ]);
    expect(textOf(entry, 'published')).toBe('2026-01-20T14:00:00+09:00');
    expect(textOf(entry, 'updated')).toBe('2026-01-21T09:30:00+09:00');
    expect(textOf(only(entry, 'author'), 'name')).toBe('Park Ji-hoon');
    const categories = children(entry, 'category').map((c) => [attr(c, 'term'), attr(c, 'label')]);
    expect(categories).toEqual([
      ['security', 'Security'],
      ['maritime security', null],
      ['rescue', null],
    ]);
    expect(attr(only(entry, 'content'), 'type')).toBe('html');
    expect(relativeUrlsIn(textOf(entry, 'content'))).toEqual([]);
  });

  it('Atom: an article published alone links only to itself', () => {
    const entry = children(feeds.atom('ko').documentElement!, 'entry')[0]!;
    expect(textOf(entry, 'id')).toBe('https://briefing.example.kr/ko/harbor-closure/');
    expect(children(entry, 'link').map((l) => attr(l, 'href'))).toEqual(['https://briefing.example.kr/ko/harbor-closure/']);
  });

  it('JSON Feed 1.1: language on the feed and each item, authors, tags, RFC 3339 dates', () => {
    const feed = feeds.json('en');
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('en');
    expect(feed.home_page_url).toBe('https://briefing.example.kr/en/');
    expect(feed.feed_url).toBe('https://briefing.example.kr/en/feed.json');
    const item = feed.items[0]!;
    expect(item.id).toBe('https://briefing.example.kr/en/fishing-boat-rescue/');
    expect(item.url).toBe(item.id);
    expect(item.language).toBe('en');
    expect(item.authors).toEqual([{ name: 'Park Ji-hoon' }]);
    expect(item.tags).toEqual(['Security', 'maritime security', 'rescue']);
    expect(item.date_published).toBe('2026-01-20T14:00:00+09:00');
    expect(item.date_modified).toBe('2026-01-21T09:30:00+09:00');
    expect(item.summary).toMatch(/^A fishing boat overturned/);
    expect(item.content_html).toContain('src="https://briefing.example.kr/en/fishing-boat-rescue/photos/rescue.jpg"');
    expect(relativeUrlsIn(item.content_html)).toEqual([]);
  });

  it('the three formats carry the same articles in the same order', () => {
    for (const lang of ['ko', 'en'] as const) {
      const fromRss = items(feeds.rss(lang)).map((i) => textOf(i, 'guid'));
      const fromAtom = children(feeds.atom(lang).documentElement!, 'entry').map((e) => textOf(e, 'id'));
      const fromJson = feeds.json(lang).items.map((i) => i.id);
      expect(fromAtom).toEqual(fromRss);
      expect(fromJson).toEqual(fromRss);
    }
  });

  it('the schema and rule checks are real: they reject broken feeds', () => {
    const feed = feeds.json('ko') as unknown as Record<string, unknown>;
    expect(validateJsonFeed({ ...feed, items: [{ title: 'no id, no content' }] })).toBe(false);
    const broken = fileText(feeds.files, 'ko/rss.xml')
      .replace('<dc:creator>박지훈</dc:creator>', '<author>박지훈</author>')
      .replace('Tue, 20 Jan 2026', 'Wed, 20 Jan 2026')
      .replace('href="https://briefing.example.kr/ko/harbor-closure/"', 'href="../harbor-closure/"');
    const errors = rssErrors(parseXml(broken));
    expect(errors.some((e) => e.includes('not an e-mail address'))).toBe(true);
    expect(errors.some((e) => e.includes('wrong weekday'))).toBe(true);
    expect(errors.some((e) => e.includes('relative URL ../harbor-closure/'))).toBe(true);
    const atom = fileText(feeds.files, 'ko/atom.xml').replace(/<author>[\s\S]*?<\/author>/g, '');
    expect(atomErrors(parseXml(atom)).some((e) => e.includes('has no author'))).toBe(true);
  });
});

describe('feeds of small and large sites', () => {
  it('one article: the Korean feeds hold it, the English feeds are empty, URLs keep the base path', async () => {
    const files = renderFeeds(await publishFixture('one'));
    expect(await feedProblems(files)).toEqual([]);
    const feeds = feedsOf(files);
    expect(items(feeds.rss('ko')).map((i) => textOf(i, 'link'))).toEqual(['https://one.example.org/news/ko/first-dispatch/']);
    expect(items(feeds.rss('en'))).toEqual([]);
    expect(children(feeds.atom('en').documentElement!, 'entry')).toEqual([]);
    expect(feeds.json('en').items).toEqual([]);
    expect(attr(only(channel(feeds.rss('ko')), 'atom:link'), 'href')).toBe('https://one.example.org/news/ko/rss.xml');
    // the default bylines of the settings
    expect(textOf(items(feeds.rss('ko'))[0]!, 'dc:creator')).toBe('편집국');
    expect(textOf(only(feeds.atom('en').documentElement!, 'author'), 'name')).toBe('Newsroom');
  });

  it('no articles: complete, valid, empty feeds', async () => {
    const files = renderFeeds(await publishFixture('zero'));
    expect(await feedProblems(files)).toEqual([]);
    const feeds = feedsOf(files);
    expect(items(feeds.rss('ko'))).toEqual([]);
    expect(textOf(feeds.atom('ko').documentElement!, 'id')).toBe('https://empty.example.org/ko/');
    expect(feeds.json('ko').items).toEqual([]);
  });

  it('SOURCE_DATE_EPOCH sets lastBuildDate and updated', async () => {
    const feeds = feedsOf(renderFeeds(await publishFixture('zero', {}, { sourceDateEpoch: 1_700_000_000 })));
    // 2023-11-14T22:13:20Z is Wednesday morning in Seoul
    expect(textOf(channel(feeds.rss('en')), 'lastBuildDate')).toBe('Wed, 15 Nov 2023 07:13:20 +0900');
    expect(textOf(feeds.atom('en').documentElement!, 'updated')).toBe('2023-11-15T07:13:20+09:00');
  });

  it('60 articles a language: the latest 50, newest first; feedLimit changes the count', async () => {
    const root = await makePairedSite(60);
    const files = renderFeeds(await publish(root));
    expect(await feedProblems(files)).toEqual([]);
    const feeds = feedsOf(files);
    const expected = Array.from({ length: 50 }, (_, i) => `Maritime security briefing no. ${60 - i}`);
    expect(items(feeds.rss('en')).map((i) => textOf(i, 'title'))).toEqual(expected);
    expect(children(feeds.atom('en').documentElement!, 'entry').map((e) => textOf(e, 'title'))).toEqual(expected);
    expect(feeds.json('en').items.map((i) => i.title)).toEqual(expected);
    const dates = items(feeds.rss('ko')).map((i) => Date.parse(textOf(i, 'pubDate')));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(textOf(items(feeds.rss('ko'))[0]!, 'pubDate')).toBe('Sun, 01 Mar 2026 09:00:00 +0900');

    const limited = feedsOf(renderFeeds(await publish(root, { feedLimit: 7 })));
    expect(items(limited.rss('ko'))).toHaveLength(7);
    expect(children(limited.atom('ko').documentElement!, 'entry')).toHaveLength(7);
    expect(limited.json('ko').items).toHaveLength(7);
  });
});

describe('feeds and the rest of the build', () => {
  it('every feed a page announces in its head is a feed that is written, in the page’s language', async () => {
    const pub = await publishFixture('basic');
    const written = new Set(renderFeeds(pub).map((f) => pub.absolute(f.path)));
    const pages = renderPages(pub).filter((f) => f.path.endsWith('.html'));
    let announced = 0;
    for (const page of pages) {
      const { document } = parseHTML(fileText(pages, page.path));
      const lang = document.documentElement.getAttribute('lang');
      for (const link of document.querySelectorAll('head link[rel="alternate"][type]')) {
        const href = link.getAttribute('href') ?? '';
        expect(written.has(href), `${page.path} → ${href}`).toBe(true);
        if (page.path !== 'index.html') expect(href.startsWith(pub.absolute(`${lang}/`)), `${page.path} → ${href}`).toBe(true);
        announced++;
      }
    }
    expect(announced).toBeGreaterThanOrEqual(pages.length * 3);
  });

  it('the project’s own sample site gives valid feeds', async () => {
    const files = renderFeeds(await publish(join(import.meta.dirname, '..', '..')));
    expect(await feedProblems(files)).toEqual([]);
  });
});
