/** A built site in Chromium: the language switch, no request leaving the machine, the review page, screenshots. */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { artifactPath, copyFixture, hasChromium, launchBrowser, recordRequests, serveFolder, type Browser } from './browser.js';

/** What the callbacks below use in the page; the project's type check has no DOM library. */
declare const document: { documentElement: { scrollWidth: number; clientWidth: number } };
declare function getComputedStyle(element: unknown): { backgroundColor: string; outlineStyle: string };

describe.skipIf(!hasChromium)('built site in a browser', () => {
  let browser: Browser;
  let site: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    const root = await copyFixture();
    site = await serveFolder(join(root, 'output'));
    // The fixture has findings on purpose; --force publishes it anyway, --review adds the review page.
    const build = await runCli(['build', '--root', root, '--force', '--review', '--base-url', site.url]);
    expect(build.code, build.stderr).toBe(0);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('the language switch of an English article leads to its Korean translation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/en/harbour-cleanup/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('.lang-switch a').click();
    await page.waitForURL(`${site.url}/ko/harbour-cleanup/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.locator('h1').textContent()).toBe('부산항 해양쓰레기 수거에 시민 300명 참여');
    await page.locator('.lang-switch a').click();
    await page.waitForURL(`${site.url}/en/harbour-cleanup/`);
    await page.close();
  });

  it('no request leaves 127.0.0.1 on any page of the site', async () => {
    const page = await browser.context.newPage();
    const requests = recordRequests(page);
    for (const path of ['/', '/ko/', '/en/', '/ko/harbour-cleanup/', '/en/harbour-cleanup/', '/ko/bridge-inspection/', '/en/bridge-inspection/', '/_review/']) {
      const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
    }
    expect(requests).toContain(`${site.url}/assets/style.css`);
    const outside = requests.filter((url) => new URL(url).hostname !== '127.0.0.1');
    expect(outside).toEqual([]);
    await page.close();
  });

  it('the review page filters by rule and shows the highlight at the finding in both versions', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/_review/`);
    const rule = 'frontmatter-mismatch';
    await page.selectOption('#rule-filter', rule);
    expect(new URL(page.url()).hash).toBe(`#rule=${rule}`);

    const at = page.locator(`mark.at[data-rule="${rule}"]`).first();
    await at.scrollIntoViewIfNeeded();
    expect(await at.isVisible()).toBe(true);
    expect(await at.textContent()).toBe('date: 2026-02-21T09:00:00+09:00');
    expect(await at.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const related = page.locator(`.cell[lang="ko"] mark.related[data-rule="${rule}"]`).first();
    expect(await related.isVisible()).toBe(true);
    expect(await related.evaluate((m) => getComputedStyle(m).outlineStyle)).toBe('solid');

    // Marks of other rules lose their highlight; the pair without such findings is hidden.
    const other = page.locator(`mark.at:not([data-rule="${rule}"])`);
    for (const mark of await other.all()) {
      expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    }
    const clean = page.locator('section.pair', { has: page.locator('h2', { hasText: '2026/02/harbour-cleanup' }) });
    expect(await clean.isVisible()).toBe(false);
    expect(await page.locator('table.pairs tr[data-pair="2026/02/harbour-cleanup"]').isVisible()).toBe(false);

    // Back to every rule: everything shows again.
    await page.selectOption('#rule-filter', '');
    expect(await clean.isVisible()).toBe(true);
    await page.close();
  });

  it('the filter in the address is applied when the review page opens', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/_review/#rule=frontmatter-mismatch`);
    expect(await page.locator('#rule-filter').inputValue()).toBe('frontmatter-mismatch');
    await page.close();
  });

  for (const [device, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    it(`articles in both languages fit a ${device} screen (screenshots kept in tests/artifacts)`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      for (const lang of ['ko', 'en']) {
        await page.goto(`${site.url}/${lang}/harbour-cleanup/`, { waitUntil: 'networkidle' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${lang} at ${viewport.width}px scrolls sideways`).toBeLessThanOrEqual(0);
        const path = await artifactPath(`article-${lang}-${device}.png`);
        await page.screenshot({ path, fullPage: true });
        expect((await stat(path)).size).toBeGreaterThan(5_000);
      }
      await page.close();
    });
  }
});
