/**
 * The editor's loop in Chromium: open a page under `pairpress dev`, edit
 * the article, watch the page reload with the change, see a date mismatch
 * appear in the overlay and go away when it is fixed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../src/dev/server.js';
import { artifactPath, copyFixture, hasChromium, launchBrowser, recordRequests, type Browser } from './browser.js';

const EN = 'articles/2026/02/harbour-cleanup.en.md';
const OVERLAY = '#pairpress-overlay';

describe.skipIf(!hasChromium)('dev server in a browser', () => {
  let browser: Browser;
  let server: DevServer;
  let root: string;
  let page: Page;
  let requests: string[];

  /** Writes the English article through `change`, and waits for the page to load again. */
  async function editAndReload(change: (text: string) => string): Promise<void> {
    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    const path = join(root, EN);
    await writeFile(path, change(await readFile(path, 'utf8')));
    await reloaded;
  }

  /** Waits until the overlay shows a finished report for this page. */
  async function overlay(): Promise<{ status: string | null; items: string[] }> {
    await page.locator(`${OVERLAY}[data-status]`).waitFor({ state: 'attached' });
    return {
      status: await page.locator(OVERLAY).getAttribute('data-status'),
      items: await page.locator(`${OVERLAY} li`).allTextContents(),
    };
  }

  beforeAll(async () => {
    root = await copyFixture();
    server = await startDevServer({ root, port: 0, debounceMs: 30 });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    requests = recordRequests(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a clean article with a quiet overlay', async () => {
    await page.goto(`${server.url}/en/harbour-cleanup/`);
    const shown = await overlay();
    expect(shown.status).toBe('ok');
    expect(shown.items).toEqual([]);
    expect(await page.locator(`${OVERLAY} .badge`).textContent()).toContain('✔');
  });

  it('reloads with the edit, and shows the date mismatch the edit made, with file:line', async () => {
    await editAndReload((text) => text.replace('on February 7.', 'on February 8.'));
    expect(await page.locator('main').textContent()).toContain('on February 8.');
    await page.locator(`${OVERLAY} li[data-rule="date-mismatch"]`).first().waitFor();
    const items = (await overlay()).items.filter((t) => t.includes('(date-mismatch)'));
    expect(items.length).toBeGreaterThan(0);
    expect(items.join('\n')).toMatch(/articles\/2026\/02\/harbour-cleanup\.en\.md:8:\d+ .*February 8.*\(date-mismatch\)/);
    await page.screenshot({ path: await artifactPath('dev-overlay-date-mismatch.png') });
  });

  it('clears the finding from the overlay once the date is fixed', async () => {
    await editAndReload((text) => text.replace('on February 8.', 'on February 7.'));
    await page.locator(`${OVERLAY}[data-count="0"]`).waitFor({ state: 'attached' });
    expect((await overlay()).items).toEqual([]);
    expect(await page.locator('main').textContent()).toContain('on February 7.');
  });

  it('keeps the last good page when the article breaks, and says why in the overlay', async () => {
    const path = join(root, EN);
    const good = await readFile(path, 'utf8');
    await writeFile(path, good.replace('date: 2026-02-07T10:00:00+09:00', 'date: next Saturday'));
    await page.locator(`${OVERLAY}[data-status="broken"]`).waitFor({ state: 'attached', timeout: 15_000 });
    const shown = await overlay();
    expect(shown.items.join('\n')).toMatch(/harbour-cleanup\.en\.md:3:\d+ .*\(frontmatter-invalid\)/);
    expect(await page.locator('main').textContent()).toContain('on February 7.');
    await page.reload();
    expect(await page.locator('main').textContent()).toContain('on February 7.');

    await writeFile(path, good);
    await page.locator(`${OVERLAY}[data-status="ok"]`).waitFor({ state: 'attached', timeout: 15_000 });
    expect((await overlay()).items).toEqual([]);
  });

  it('never asked anything of a host other than 127.0.0.1', () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
  });
});
