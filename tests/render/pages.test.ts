import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderArticlePage, STYLESHEET } from '../../src/render/index.js';
import { renderFixture, type HtmlDocument, type Rendered } from './fixture.js';

const BASE = 'https://news.example.org';

let basic: Rendered;
let hostile: Rendered;
beforeAll(async () => {
  basic = await renderFixture('basic');
  hostile = await renderFixture('hostile');
});

function attr(doc: HtmlDocument, selector: string, name: string): string | null {
  return doc.querySelector(selector)?.getAttribute(name) ?? null;
}

function meta(doc: HtmlDocument, property: string): string[] {
  return [...doc.querySelectorAll(`meta[property="${property}"]`)].map((m) => m.getAttribute('content') ?? '');
}

/** hreflang → href of every `<link rel="alternate" hreflang>`. */
function alternates(doc: HtmlDocument): Record<string, string> {
  const out: Record<string, string> = {};
  for (const link of doc.querySelectorAll('link[rel="alternate"][hreflang]')) {
    if (link.getAttribute('type')) continue; // feeds
    out[link.getAttribute('hreflang')!] = link.getAttribute('href')!;
  }
  return out;
}

function jsonLd(doc: HtmlDocument): Record<string, unknown> {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]!.textContent ?? '') as Record<string, unknown>;
}

/** The page a site URL is written to. */
function fileOf(url: string): string {
  return url.slice(BASE.length + 1) + 'index.html';
}

describe('the files of a build', () => {
  it('are the chooser, one index per language, one page per published article and the stylesheet', () => {
    expect(basic.files.map((f) => f.path)).toEqual([
      'assets/style.css',
      'en/coast-guard-drill/index.html',
      'en/defense-budget/index.html',
      'en/index.html',
      'index.html',
      'ko/coast-guard-drill/index.html',
      'ko/cyber-command/index.html',
      'ko/defense-budget/index.html',
      'ko/index.html',
    ]);
  });

  it('include drafts only when asked, kept out of search engines', async () => {
    expect(basic.files.some((f) => f.path.includes('exercise-plan'))).toBe(false);
    expect(basic.text('en/index.html')).not.toContain('spring exercise');
    const withDrafts = await renderFixture('basic', {}, { drafts: true });
    const draft = withDrafts.page('en/exercise-plan/index.html');
    expect(attr(draft, 'meta[name="robots"]', 'content')).toBe('noindex');
    expect(basic.page('en/coast-guard-drill/index.html').querySelector('meta[name="robots"]')).toBeNull();
  });

  it('are the same bytes when rendered again', async () => {
    const again = await renderFixture('basic');
    expect(again.files).toEqual(basic.files);
  });
});

describe('an article page', () => {
  it('declares its language, charset, viewport, title and description', () => {
    const ko = basic.page('ko/coast-guard-drill/index.html');
    expect(attr(ko, 'html', 'lang')).toBe('ko');
    expect(ko.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).toBe('utf-8');
    expect(attr(ko, 'meta[name="viewport"]', 'content')).toContain('width=device-width');
    expect(ko.querySelector('title')?.textContent).toBe('한일 해경, 동해서 첫 합동 수색구조 훈련 — 한반도 안보 브리핑');
    // no summary field: the first paragraph
    expect(attr(ko, 'meta[name="description"]', 'content')).toBe('한국과 일본 해양경찰이 17일 동해에서 처음으로 합동 수색구조 훈련을 했다.');
    const en = basic.page('en/coast-guard-drill/index.html');
    expect(attr(en, 'html', 'lang')).toBe('en');
    expect(attr(en, 'meta[name="description"]', 'content')).toBe(
      'The two coast guards rehearsed how to divide a search area once a distress call comes in.',
    );
  });

  it('has an absolute canonical URL and a reciprocal set of hreflang alternates with x-default', () => {
    const expected = {
      ko: `${BASE}/ko/coast-guard-drill/`,
      en: `${BASE}/en/coast-guard-drill/`,
      'x-default': `${BASE}/ko/coast-guard-drill/`,
    };
    for (const lang of ['ko', 'en'] as const) {
      const doc = basic.page(`${lang}/coast-guard-drill/index.html`);
      expect(attr(doc, 'link[rel="canonical"]', 'href')).toBe(expected[lang]);
      expect(alternates(doc)).toEqual(expected);
    }
  });

  it('has reciprocal alternates on every page: each page it names names it back', () => {
    for (const file of basic.files.filter((f) => f.path.endsWith('.html'))) {
      const doc = basic.page(file.path);
      const self = attr(doc, 'link[rel="canonical"]', 'href')!;
      const own = alternates(doc);
      expect(Object.values(own)).toContain(self);
      expect(own['x-default']).toBeDefined();
      for (const [hreflang, href] of Object.entries(own)) {
        if (hreflang === 'x-default' || href === self) continue;
        expect(alternates(basic.page(fileOf(href))), `${href} names ${self}`).toEqual(own);
      }
    }
  });

  it('announces the feeds of its language with absolute URLs', () => {
    const doc = basic.page('en/coast-guard-drill/index.html');
    const feeds = [...doc.querySelectorAll('link[rel="alternate"][type]')].map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    expect(feeds).toEqual([
      ['application/rss+xml', `${BASE}/en/rss.xml`],
      ['application/atom+xml', `${BASE}/en/atom.xml`],
      ['application/feed+json', `${BASE}/en/feed.json`],
    ]);
    for (const link of doc.querySelectorAll('link[rel="alternate"][type]')) expect(link.getAttribute('title')).toBeTruthy();
  });

  it('has Open Graph data, with the other locale only where a translation exists', () => {
    const ko = basic.page('ko/coast-guard-drill/index.html');
    expect(meta(ko, 'og:type')).toEqual(['article']);
    expect(meta(ko, 'og:title')).toEqual(['한일 해경, 동해서 첫 합동 수색구조 훈련']);
    expect(meta(ko, 'og:url')).toEqual([`${BASE}/ko/coast-guard-drill/`]);
    expect(meta(ko, 'og:locale')).toEqual(['ko_KR']);
    expect(meta(ko, 'og:locale:alternate')).toEqual(['en_US']);
    expect(meta(ko, 'og:description')[0]).toContain('합동 수색구조 훈련');
    const en = basic.page('en/coast-guard-drill/index.html');
    expect(meta(en, 'og:locale')).toEqual(['en_US']);
    expect(meta(en, 'og:locale:alternate')).toEqual(['ko_KR']);
    const alone = basic.page('ko/cyber-command/index.html');
    expect(meta(alone, 'og:locale:alternate')).toEqual([]);
  });

  it('describes itself as a NewsArticle that names its translation (the Korean version is the source)', () => {
    const ko = jsonLd(basic.page('ko/coast-guard-drill/index.html'));
    expect(ko).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '한일 해경, 동해서 첫 합동 수색구조 훈련',
      inLanguage: 'ko',
      url: `${BASE}/ko/coast-guard-drill/`,
      datePublished: '2026-01-17T08:30:00+09:00',
      dateModified: '2026-01-17T08:30:00+09:00',
      author: { '@type': 'Person', name: '김서연' },
      workTranslation: { '@type': 'NewsArticle', '@id': `${BASE}/en/coast-guard-drill/`, inLanguage: 'en' },
    });
    expect(ko.translationOfWork).toBeUndefined();
    const en = jsonLd(basic.page('en/coast-guard-drill/index.html'));
    expect(en).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'en',
      author: { '@type': 'Person', name: 'Kim Seo-yeon' },
      translationOfWork: { '@type': 'NewsArticle', '@id': `${BASE}/ko/coast-guard-drill/`, inLanguage: 'ko' },
    });
    expect(en.workTranslation).toBeUndefined();
  });

  it('names the site as author when the article has no byline, and keeps the update time', () => {
    const data = jsonLd(basic.page('en/defense-budget/index.html'));
    expect(data.author).toEqual({ '@type': 'Organization', name: 'Briefing Desk' });
    expect(data.datePublished).toBe('2025-12-03T00:00:00+09:00');
    expect(data.dateModified).toBe('2025-12-05T09:00:00+09:00');
  });

  it('links visibly to its translation', () => {
    const ko = basic.page('ko/coast-guard-drill/index.html');
    const link = ko.querySelector('a[hreflang="en"]');
    expect(link?.textContent).toBe('English');
    expect(link?.getAttribute('href')).toBe('../../en/coast-guard-drill/');
    const en = basic.page('en/coast-guard-drill/index.html');
    expect(en.querySelector('a[hreflang="ko"]')?.textContent).toBe('한국어');
  });

  it('shows dates in its language and the site time zone, with machine-readable <time>', () => {
    // 2026-01-16T23:30:00Z is already January 17 in Seoul
    const ko = basic.page('ko/coast-guard-drill/index.html');
    const koTime = ko.querySelector('.byline time');
    expect(koTime?.textContent).toBe('2026년 1월 17일');
    expect(koTime?.getAttribute('datetime')).toBe('2026-01-17T08:30:00+09:00');
    const en = basic.page('en/coast-guard-drill/index.html');
    expect(en.querySelector('.byline time')?.textContent).toBe('January 17, 2026');
    expect(en.querySelector('.byline')?.textContent).toContain('Published January 17, 2026');
  });

  it('shows the update date when there is one', () => {
    const ko = basic.page('ko/defense-budget/index.html');
    const times = [...ko.querySelectorAll('.byline time')].map((t) => t.textContent);
    expect(times).toEqual(['2025년 12월 3일', '2025년 12월 5일']);
    expect(ko.querySelector('.byline .updated')?.textContent).toBe('2025년 12월 5일 수정');
  });

  it('follows the time zone setting', async () => {
    const utc = await renderFixture('basic', { timeZone: 'UTC' });
    const ko = utc.page('ko/coast-guard-drill/index.html');
    expect(ko.querySelector('.byline time')?.textContent).toBe('2026년 1월 16일');
    expect(ko.querySelector('.byline time')?.getAttribute('datetime')).toBe('2026-01-16T23:30:00+00:00');
  });

  it('shows UI strings, the category and the byline from locales/', () => {
    const ko = basic.page('ko/coast-guard-drill/index.html');
    expect(ko.querySelector('.kicker')?.textContent).toBe('안보');
    expect(ko.querySelector('.byline .author')?.textContent).toBe('글 김서연');
    expect(ko.querySelector('.skip-link')?.textContent).toBe('본문으로 건너뛰기');
    expect([...ko.querySelectorAll('.tags li')].map((li) => li.textContent)).toEqual(['해양안보', '한일관계']);
    const en = basic.page('en/defense-budget/index.html');
    expect(en.querySelector('.kicker')?.textContent).toBe('Economy');
  });

  it('has a skip link to <main>, and the article in an <article> with one <h1>', () => {
    const doc = basic.page('en/coast-guard-drill/index.html');
    const target = attr(doc, '.skip-link', 'href');
    expect(target).toBe('#content');
    expect(doc.querySelector('main')?.getAttribute('id')).toBe('content');
    expect(doc.querySelectorAll('main article h1')).toHaveLength(1);
    expect(doc.querySelector('.article-body h2')?.textContent).toBe('What comes next');
  });
});

describe('an article without a translation', () => {
  it('is published alone, with no link to a page that does not exist', () => {
    const doc = basic.page('ko/cyber-command/index.html');
    expect(alternates(doc)).toEqual({
      ko: `${BASE}/ko/cyber-command/`,
      'x-default': `${BASE}/ko/cyber-command/`,
    });
    const data = jsonLd(doc);
    expect(data.workTranslation).toBeUndefined();
    expect(data.translationOfWork).toBeUndefined();
    expect(doc.querySelector('a[hreflang="en"]')).toBeNull();
    const hrefs = [...doc.querySelectorAll('[href]')].map((e) => e.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => h.includes('/en/'))).toEqual([]);
    expect(doc.querySelector('.notice')?.textContent).toBe('이 기사는 아직 영어로 번역되지 않았습니다.');
  });

  it('is listed in its language index like any other', () => {
    const titles = [...basic.page('ko/index.html').querySelectorAll('.article-list h3 a')].map((a) => a.getAttribute('href'));
    expect(titles).toContain('cyber-command/');
  });
});

describe('the default language', () => {
  it('decides x-default and which version is the source', async () => {
    const en = await renderFixture('basic', { defaultLanguage: 'en' });
    const koDoc = en.page('ko/coast-guard-drill/index.html');
    expect(alternates(koDoc)['x-default']).toBe(`${BASE}/en/coast-guard-drill/`);
    expect(jsonLd(koDoc).translationOfWork).toMatchObject({ inLanguage: 'en' });
    expect(jsonLd(en.page('en/coast-guard-drill/index.html')).workTranslation).toMatchObject({ inLanguage: 'ko' });
    // an article alone in the other language is its own x-default
    expect(alternates(en.page('ko/cyber-command/index.html'))['x-default']).toBe(`${BASE}/ko/cyber-command/`);
  });
});

describe('a language index', () => {
  it('lists the articles of its language, newest first, with date, category and dek', () => {
    const ko = basic.page('ko/index.html');
    const items = [...ko.querySelectorAll('.article-list > li')];
    expect(items.map((li) => li.querySelector('h3')?.textContent)).toEqual([
      '국방부, 사이버작전사령부 인력 두 배로 늘린다',
      '한일 해경, 동해서 첫 합동 수색구조 훈련',
      '내년 국방예산 66조 원 확정',
    ]);
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual(['2026년 2월 2일', '2026년 1월 17일', '2025년 12월 3일']);
    expect(items.map((li) => li.querySelector('.category')?.textContent)).toEqual(['안보', '안보', '경제']);
    expect(items[0]!.querySelector('.summary')?.textContent).toBe('국방부는 2일 사이버작전사령부 인력을 3년 안에 두 배로 늘리겠다고 발표했다.');
    const en = basic.page('en/index.html');
    expect([...en.querySelectorAll('.article-list h3 a')].map((a) => a.getAttribute('href'))).toEqual([
      'coast-guard-drill/',
      'defense-budget/',
    ]);
  });

  it('has its language, canonical URL, alternates with the chooser as x-default, and visible feed links', () => {
    const en = basic.page('en/index.html');
    expect(attr(en, 'html', 'lang')).toBe('en');
    expect(attr(en, 'link[rel="canonical"]', 'href')).toBe(`${BASE}/en/`);
    expect(alternates(en)).toEqual({ ko: `${BASE}/ko/`, en: `${BASE}/en/`, 'x-default': `${BASE}/` });
    const visible = [...en.querySelectorAll('.feeds a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(visible).toEqual([
      ['RSS', 'rss.xml'],
      ['Atom', 'atom.xml'],
      ['JSON Feed', 'feed.json'],
    ]);
    expect(en.querySelector('a[hreflang="ko"]')?.getAttribute('href')).toBe('../ko/');
    expect(jsonLd(en)).toMatchObject({ '@type': 'CollectionPage', inLanguage: 'en' });
  });
});

describe('the root language chooser', () => {
  it('offers both languages, each in its own words, with hreflang links', () => {
    const root = basic.page('index.html');
    expect(attr(root, 'html', 'lang')).toBe('ko');
    expect(attr(root, 'link[rel="canonical"]', 'href')).toBe(`${BASE}/`);
    expect(alternates(root)).toEqual({ ko: `${BASE}/ko/`, en: `${BASE}/en/`, 'x-default': `${BASE}/` });
    const links = [...root.querySelectorAll('main a[hreflang]')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['ko', 'ko/', '한국어'],
      ['en', 'en/', 'English'],
    ]);
    const sections = [...root.querySelectorAll('main section')];
    expect(sections.map((s) => s.getAttribute('lang'))).toEqual(['ko', 'en']);
    expect(sections[1]!.textContent).toContain('Read the stories in English.');
  });
});

describe('a standalone article page', () => {
  it('inlines the stylesheet and links with absolute URLs', () => {
    const article = basic.pub.byLang.ko.find((a) => a.slug === 'coast-guard-drill')!;
    const doc = parseHTML(renderArticlePage(basic.pub, article, { standalone: true })).document;
    expect(doc.querySelector('link[rel="stylesheet"]')).toBeNull();
    expect(doc.querySelector('style')?.textContent).toBe(STYLESHEET);
    expect(doc.querySelector('a[hreflang="en"]')?.getAttribute('href')).toBe(`${BASE}/en/coast-guard-drill/`);
    const hrefs = [...doc.querySelectorAll('body a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => !/^(https?:|#)/.test(h))).toEqual([]);
  });
});

describe('text from front matter', () => {
  it('stays text: a script in a title, author or tag does not become markup', () => {
    const doc = hostile.page('en/raw-html/index.html');
    expect(doc.querySelectorAll('script')).toHaveLength(1); // only the JSON-LD
    expect(doc.querySelectorAll('main b, main em, img[onerror], svg')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe('</script><script>alert("title")</script> Raw HTML & <b>markup</b> in a headline');
    expect(doc.querySelector('.byline .author')?.textContent).toBe('By <img src=x onerror=alert(1)>');
  });

  it('cannot end the JSON-LD script early', () => {
    const html = hostile.text('en/raw-html/index.html');
    const start = html.indexOf('<script type="application/ld+json">');
    const end = html.indexOf('</script>', start);
    const json = html.slice(start + '<script type="application/ld+json">'.length, end);
    expect(json).not.toMatch(/[<>]/);
    const data = JSON.parse(json) as { headline: string; description: string };
    expect(data.headline).toBe('</script><script>alert("title")</script> Raw HTML & <b>markup</b> in a headline');
    expect(data.description).toBe('A summary with </script> and <em>tags</em> in it.');
  });

  it('leaves nothing executable from the Markdown body', () => {
    const doc = hostile.page('en/raw-html/index.html');
    const body = doc.querySelector('.article-body')!;
    expect(body.querySelectorAll('script, iframe, svg, object, style, form, input, button')).toHaveLength(0);
    for (const element of body.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        expect(name.startsWith('on'), `${element.tagName} ${name}`).toBe(false);
        expect(name).not.toBe('style');
      }
    }
    for (const element of doc.querySelectorAll('[href], [src]')) {
      const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      expect(url).not.toMatch(/^\s*(javascript|data):/i);
    }
    expect(body.querySelector('span[lang="ja"]')?.textContent).toBe('東京');
    expect(body.querySelector('img[alt="A patrol ship"]')?.getAttribute('src')).toBe('https://images.example.org/ship.jpg');
    expect(body.querySelector('img[alt="a relative image"]')?.getAttribute('src')).toBe('images/map.png');
    // the page's own id stays unique
    expect(doc.querySelectorAll('#content')).toHaveLength(1);
  });
});
