/**
 * The XSS corpus (tests/fixtures/xss/vectors.json, from the OWASP XSS
 * Filter Evasion Cheat Sheet and Markdown's own ways to make links) in
 * every place a writer controls: nothing executable reaches a page, a feed,
 * the sitemap, the review pages or the bundle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_SCRIPT } from '../../src/report/review/assets.js';
import { wellFormednessErrors } from '../publish/xml-check.js';
import { scanFeedXml, scanHtml, scanJson, type Finding } from './scan.js';
import { buildXssSite, VECTORS, type XssBuild } from './xss-site.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

function scanFile(path: string, text: string): Finding[] {
  if (path.endsWith('.html')) return scanHtml(text, path, { ownScripts: [REVIEW_SCRIPT] });
  if (path.endsWith('.xml')) return scanFeedXml(text, path);
  if (path.endsWith('.json')) return scanJson(text, path);
  return [];
}

let site: XssBuild;

beforeAll(async () => {
  site = await buildXssSite();
}, 300_000);

describe('the XSS corpus', () => {
  it('has at least 40 vectors, each a different one', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(VECTORS.map((v) => v.payload)).size).toBe(VECTORS.length);
  });

  it('reaches the output: every article is published, and the payloads are there as text', () => {
    const pages = filesUnder(site.out).filter((p) => /^(ko|en)\/[^/]+\/index\.html$/.test(p.replaceAll('\\', '/')));
    expect(pages.length).toBe(VECTORS.length * 2);
    const page = readFileSync(join(site.out, pages[0]!), 'utf8');
    // The payloads are shown, escaped, not dropped: a reader sees what the writer wrote.
    expect(page).toMatch(/&#x3C;|&lt;/);
  });
});

describe('nothing executable is written', () => {
  it('in the pages, feeds, sitemap and the review page of the build', () => {
    const files = filesUnder(site.out);
    expect(files.some((f) => f.endsWith('rss.xml'))).toBe(true);
    expect(files.some((f) => f.endsWith('feed.json'))).toBe(true);
    expect(files.some((f) => f.replaceAll('\\', '/') === '_review/index.html')).toBe(true);
    const findings = files.flatMap((f) => scanFile(f, readFileSync(join(site.out, f), 'utf8')));
    expect(findings).toEqual([]);
  });

  it('in the review page of check --format html', () => {
    const html = readFileSync(site.review, 'utf8');
    expect(html).toContain(REVIEW_SCRIPT);
    expect(scanHtml(html, relative(site.root, site.review), { ownScripts: [REVIEW_SCRIPT] })).toEqual([]);
  });

  it('in the bundle: standalone pages, ninjs items, feeds and the manifest', () => {
    const entries = unzipSync(readFileSync(site.bundle));
    const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
    expect(names.filter((n) => n.startsWith('html/')).length).toBe(VECTORS.length * 2);
    expect(names.filter((n) => n.startsWith('ninjs/')).length).toBe(VECTORS.length * 2);
    const findings = names.flatMap((n) => scanFile(n, strFromU8(entries[n]!)));
    expect(findings).toEqual([]);
  });

  it('in well-formed feeds and sitemap (a CDATA or comment breakout would break them)', async () => {
    const xml = filesUnder(site.out).filter((f) => f.endsWith('.xml'));
    const errors = await wellFormednessErrors(xml.map((f) => ({ name: f, xml: readFileSync(join(site.out, f), 'utf8') })));
    expect(errors).toEqual([]);
  });
});
