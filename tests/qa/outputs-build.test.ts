/**
 * Outside QA of `pairpress build`: sites written to the SPEC that the rest
 * of the suite has never seen (every setting changed, none at all, the
 * package.json key, Korean only, no articles, sixty articles, raw HTML at
 * the edges), built through the command line and judged page by page
 * against §7, with the standards' own validators: the Nu Html Checker, the
 * feed validator's rules, the JSON Feed schema and the sitemap schema.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { feedsProblems } from './judge/feeds.js';
import { describe as describeNu, nuMessages } from './judge/nu.js';
import { buildSite, copyOfSite, siteFrom, type BuiltSite, type SiteFacts } from './judge/output.js';
import { pageProblems } from './judge/pages.js';
import { sitemapProblems } from './judge/sitemap.js';

const SEOUL: Omit<SiteFacts, 'base'> = { timeZone: 'Asia/Seoul', defaultLanguage: 'ko' };
const NEW_YORK: SiteFacts = { base: 'https://example.org/news', timeZone: 'America/New_York', defaultLanguage: 'en' };

interface Case {
  name: string;
  site: BuiltSite;
  limit: number;
}

function sixtyPairs(): Record<string, string> {
  const files: Record<string, string> = {
    'pairpress.config.json': JSON.stringify({ baseUrl: 'https://example.com/sixty/', title: { ko: '예순 편', en: 'Sixty Stories' } }),
  };
  for (let i = 1; i <= 60; i++) {
    const date = new Date(Date.UTC(2026, 0, i, 15, 30)).toISOString().slice(0, 16);
    files[`articles/${String(i).padStart(2, '0')}/story.ko.md`] = `---\ntitle: 항구 소식 ${i}호\ndate: ${date}:00Z\nslug: story-${i}\n---\n\n${i}호 소식은 항구의 하루를 전한다.\n`;
    files[`articles/${String(i).padStart(2, '0')}/story.en.md`] = `---\ntitle: Harbor letter no. ${i}\ndate: ${date}:00Z\nslug: letter-${i}\n---\n\nLetter no. ${i} follows a day at the harbor.\n`;
  }
  return files;
}

const cases: Case[] = [];

beforeAll(async () => {
  const built = async (name: string, root: Promise<string>, facts: SiteFacts, limit: number, args: string[] = []) => {
    const site = await buildSite(await root, facts, args);
    cases.push({ name, site, limit });
  };
  await Promise.all([
    built('every setting changed', copyOfSite('newyork'), NEW_YORK, 3),
    built('every setting changed, --drafts', copyOfSite('newyork'), NEW_YORK, 3, ['--drafts']),
    built('no settings and no locales', copyOfSite('bare'), { base: 'http://localhost:4321', ...SEOUL }, 50),
    built('no settings, --base-url with a path and a slash', copyOfSite('bare'), { base: 'https://example.net/sub', ...SEOUL }, 50, [
      '--base-url',
      'https://example.net/sub/',
    ]),
    built('no settings, --base-url in an unusual spelling', copyOfSite('bare'), { base: 'https://example.org/%C3%9Cber', ...SEOUL }, 50, [
      '--base-url',
      'HTTPS://Example.ORG:443/Über/',
    ]),
    built('package.json settings, Korean only', copyOfSite('pkgjson'), { base: 'https://example.org/news', ...SEOUL }, 50),
    built('markup at the edges', copyOfSite('markup'), { base: 'https://proving.example', ...SEOUL }, 50),
    built('no articles', siteFrom({ 'articles/.keep': '', 'pairpress.config.json': '{"title":"빈 사이트","baseUrl":"https://empty.example"}' }), { base: 'https://empty.example', ...SEOUL }, 50),
    built('sixty pairs', siteFrom(sixtyPairs()), { base: 'https://example.com/sixty', ...SEOUL }, 50),
  ]);
  cases.sort((a, b) => a.name.localeCompare(b.name));
});

describe('outside QA: build', () => {
  it('builds every site', () => {
    expect(cases.map((c) => [c.name, c.site.run.code, c.site.run.code === 0 ? '' : c.site.run.stderr])).toEqual(
      cases.map((c) => [c.name, 0, '']),
    );
  });

  it('every page meets §7', () => {
    const problems = cases.flatMap((c) => c.site.pages.flatMap((page) => pageProblems(c.site, page)).map((p) => `${c.name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('every sitemap is valid, complete and reciprocal', async () => {
    const problems = (await Promise.all(cases.map(async (c) => (await sitemapProblems(c.site)).map((p) => `${c.name}: ${p}`)))).flat();
    expect(problems).toEqual([]);
  });

  it('every feed passes the validators and lists the newest articles up to the limit', async () => {
    const problems = (await Promise.all(cases.map(async (c) => (await feedsProblems(c.site, { limit: c.limit })).map((p) => `${c.name}: ${p}`)))).flat();
    expect(problems).toEqual([]);
  });

  it('the Nu Html Checker finds no error and no warning in any page or stylesheet', { timeout: 180_000 }, async () => {
    const files = cases.flatMap((c) => [...c.site.files.keys()].filter((p) => /\.(html|css)$/.test(p)).map((p) => join(c.site.out, p)));
    expect(files.length).toBeGreaterThan(150);
    expect(describeNu(await nuMessages(files))).toEqual([]);
  });
});

describe('outside QA: what a build depends on', () => {
  it('two builds are byte-identical, whatever the machine time zone', async () => {
    const root = await copyOfSite('newyork');
    const first = await buildSite(root, NEW_YORK);
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Kathmandu';
    let second: BuiltSite;
    try {
      second = await buildSite(root, NEW_YORK);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [path, bytes] of first.files) expect(second.files.get(path)?.equals(bytes), path).toBe(true);
  });

  it('takes the build time from SOURCE_DATE_EPOCH, else from the newest article, never from the clock', async () => {
    const root = await copyOfSite('newyork');
    const unpinned = await buildSite(root, NEW_YORK);
    // The newest change is the English note of November 1, 01:30 in New York.
    expect(unpinned.text('en/rss.xml')).toContain('<lastBuildDate>Sun, 01 Nov 2026 01:30:00 -0400</lastBuildDate>');
    const pinned = await buildSite(root, NEW_YORK, [], { SOURCE_DATE_EPOCH: '1798761600' });
    expect(pinned.text('en/rss.xml')).toContain('<lastBuildDate>Thu, 31 Dec 2026 19:00:00 -0500</lastBuildDate>');
    expect(pinned.text('ko/atom.xml')).toMatch(/<feed[^>]*>\s*<id>[^<]*<\/id>\s*<title>[^<]*<\/title>\s*(<subtitle>[^<]*<\/subtitle>\s*)?<updated>2026-12-31T19:00:00-05:00<\/updated>/);
    const changed = [...pinned.files.keys()].filter((path) => !pinned.files.get(path)!.equals(unpinned.files.get(path)!));
    expect(changed.sort()).toEqual(['en/atom.xml', 'en/rss.xml', 'ko/atom.xml', 'ko/rss.xml']);
  });

  it('writes no trace of a draft without --drafts; with it, the drafts are pages marked noindex', async () => {
    const root = await copyOfSite('newyork');
    const plain = await buildSite(root, NEW_YORK);
    for (const [path, bytes] of plain.files) {
      expect(path).not.toMatch(/draft/);
      expect(bytes.toString('utf8'), path).not.toMatch(/A draft in English|한국어 초고/);
    }
    const drafts = await buildSite(root, NEW_YORK, ['--drafts']);
    expect(drafts.text('en/draft/index.html')).toContain('<meta name="robots" content="noindex">');
    expect(drafts.text('ko/draft/index.html')).toContain('<meta name="robots" content="noindex">');
    expect(drafts.text('sitemap.xml')).not.toContain('/draft/');
  });
});
