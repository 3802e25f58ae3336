/**
 * Page defects found by building sites the suite had never seen, each
 * pinned by the smallest site that showed it.
 */
import { describe, expect, it } from 'vitest';
import { buildSite, siteFrom, type SiteFacts } from './judge/output.js';
import { parsePage } from './judge/pages.js';

const FACTS: SiteFacts = { base: 'https://pages.example', timeZone: 'Asia/Seoul', defaultLanguage: 'ko' };
const CONFIG = JSON.stringify({ baseUrl: 'https://pages.example' });

describe('a site without locale files', () => {
  it('reads in words, not in UI-string keys', async () => {
    const site = await buildSite(
      await siteFrom({
        'pairpress.config.json': CONFIG,
        'articles/walk.ko.md': '---\ntitle: 강변 산책\ndate: 2026-04-02\n---\n\n강변을 따라 걸었다.\n',
        'articles/walk.en.md': '---\ntitle: A walk by the river\ndate: 2026-04-02\n---\n\nWe walked along the river.\n',
      }),
      FACTS,
    );
    expect(site.run.code).toBe(0);
    const en = parsePage(site.text('en/walk/index.html'));
    expect(en.querySelector('.published')?.textContent).toBe('Published April 2, 2026');
    expect(en.querySelector('.lang-switch a')?.textContent).toBe('한국어');
    expect(en.querySelector('.skip-link')?.textContent).toBe('Skip to content');
    const ko = parsePage(site.text('ko/walk/index.html'));
    expect(ko.querySelector('.published')?.textContent).toBe('2026년 4월 2일 발행');
    expect(ko.querySelector('.lang-switch a')?.getAttribute('title')).toBe('영어로 읽기');
    for (const page of site.pages) expect(site.text(page), page).not.toMatch(/\b(?:nav|article|feeds|a11y|footer|chooser|index)\.[a-z]+/i);
  });

  it('takes the keys it does define from its own files', async () => {
    const site = await buildSite(
      await siteFrom({
        'pairpress.config.json': CONFIG,
        'locales/en/common.json': JSON.stringify({ nav: { home: 'Front page' } }),
        'locales/ko/common.json': JSON.stringify({ nav: { home: '첫 화면' } }),
        'articles/walk.ko.md': '---\ntitle: 강변 산책\ndate: 2026-04-02\n---\n\n강변을 따라 걸었다.\n',
        'articles/walk.en.md': '---\ntitle: A walk by the river\ndate: 2026-04-02\n---\n\nWe walked along the river.\n',
      }),
      FACTS,
    );
    const en = parsePage(site.text('en/walk/index.html'));
    expect(en.querySelector('.site-nav li a')?.textContent).toBe('Front page');
    expect(en.querySelector('.skip-link')?.textContent).toBe('Skip to content');
  });
});

describe('a language with no articles', () => {
  it('says so on its index instead of showing an empty section', async () => {
    const site = await buildSite(
      await siteFrom({
        'pairpress.config.json': CONFIG,
        'articles/only.ko.md': '---\ntitle: 한국어 글\ndate: 2026-04-02\n---\n\n영어판은 없다.\n',
      }),
      FACTS,
    );
    const en = parsePage(site.text('en/index.html'));
    expect(en.querySelector('main .article-list')).toBeNull();
    expect(en.querySelector('main section p')?.textContent).toBe('No articles have been published yet.');
    const ko = parsePage(site.text('ko/index.html'));
    expect(ko.querySelectorAll('main .article-list li')).toHaveLength(1);
  });
});

describe('an article with no summary and no paragraph', () => {
  it('still has a meta description: its headline', async () => {
    const site = await buildSite(
      await siteFrom({
        'pairpress.config.json': CONFIG,
        'articles/soon.en.md': '---\ntitle: Coverage of the vote begins soon\ndate: 2026-04-02\n---\n',
        'articles/listed.en.md': '---\ntitle: Three things to know\ndate: 2026-04-03\n---\n\n- one\n- two\n',
      }),
      FACTS,
    );
    for (const [path, title] of [
      ['en/soon/index.html', 'Coverage of the vote begins soon'],
      ['en/listed/index.html', 'Three things to know'],
    ] as const) {
      const page = parsePage(site.text(path));
      expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(title);
      expect(page.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(title);
    }
  });
});

describe('a site built with --force despite a slug conflict', () => {
  it('gives each page to one article, the newer, and names each URL once', async () => {
    const site = await buildSite(
      await siteFrom({
        'pairpress.config.json': CONFIG,
        'articles/2025/summit.en.md': '---\ntitle: Last year’s summit\ndate: 2025-06-01\n---\n\nThe leaders met in June.\n',
        'articles/2025/summit.ko.md': '---\ntitle: 지난해 정상회의\ndate: 2025-06-01\n---\n\n정상들은 6월에 만났다.\n',
        'articles/2026/summit.en.md': '---\ntitle: This year’s summit\ndate: 2026-06-01\n---\n\nThe leaders met again.\n',
      }),
      FACTS,
      ['--force'],
    );
    expect(site.run.code).toBe(0);
    expect(site.run.stderr).toContain('slug-conflict');
    expect(parsePage(site.text('en/summit/index.html')).querySelector('h1')?.textContent).toBe('This year’s summit');
    const locs = [...site.text('sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs.filter((loc) => loc === 'https://pages.example/en/summit/')).toHaveLength(1);
    // The Korean page's partner lost its page, so neither page claims the other.
    const ko = parsePage(site.text('ko/summit/index.html'));
    expect(ko.querySelector('link[hreflang="en"]')).toBeNull();
    expect(parsePage(site.text('en/summit/index.html')).querySelector('link[hreflang="ko"]')).toBeNull();
    expect(site.text('en/feed.json').match(/"url": "https:\/\/pages\.example\/en\/summit\/"/g)).toHaveLength(1);
  });
});

describe('front matter made of characters no page or feed may hold', () => {
  it('describes the page by its headline and gives feeds no empty category', async () => {
    const site = await buildSite(
      await siteFrom({
        'pairpress.config.json': CONFIG,
        'articles/odd.en.md': '---\ntitle: "Council \\uD800votes on the budget"\ndate: 2026-04-02\nsummary: "\\uDBFF"\ntags: ["\\uDC00", budget]\n---\n\n- a list, so the dek has no paragraph to fall back on\n',
      }),
      FACTS,
    );
    expect(site.run.code, site.run.stderr).toBe(0);
    const page = parsePage(site.text('en/odd/index.html'));
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Council votes on the budget');
    expect(site.text('en/atom.xml')).not.toMatch(/<category term=""/);
    expect([...site.text('en/atom.xml').matchAll(/<category term="([^"]*)"/g)].map((m) => m[1])).toEqual(['budget']);
    expect([...site.text('en/rss.xml').matchAll(/<category>([^<]*)<\/category>/g)].map((m) => m[1])).toEqual(['budget']);
    expect(JSON.parse(site.text('en/feed.json')).items[0].tags).toEqual(['budget']);
  });
});
