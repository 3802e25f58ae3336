/**
 * The XSS corpus in a real browser: every page pairpress wrote for it (the
 * articles, the indexes, both review pages and the bundle's standalone
 * pages) is loaded in Chromium with `alert`, `confirm`, `prompt`, `print`,
 * `open` and `console` hooked, every element is hovered, focused and
 * toggled by events, and nothing may have run. The browser also judges
 * every URL the way it would follow it: none may have a script or data
 * scheme. The network is cut off: only the pages' own files load.
 */
import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, type Browser } from '../browser/browser.js';
import { buildXssSite, VECTORS, type XssBuild } from './xss-site.js';

/** Runs before any script of the page: whatever a payload calls is written down. */
const HOOKS = `
  window.__ran = [];
  const note = (what) => (...args) => { window.__ran.push(what + '(' + args.map(String).join(', ') + ')'); };
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) window[name] = note(name);
  for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[name] = note('console.' + name);
`;

/**
 * In the page, after load: stir every element, then list what ran, every
 * URL with a script or data scheme (as the browser resolves it), and every
 * script element that is not JSON-LD. Page code, so it is a string.
 */
const STIR_AND_REPORT = `(async () => {
  for (const element of document.querySelectorAll('*')) {
    for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'toggle', 'animationstart', 'transitionend']) {
      element.dispatchEvent(new Event(type, { bubbles: true }));
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  const found = [...window.__ran];
  const attributes = ['href', 'src', 'action', 'formaction', 'background', 'data', 'poster'];
  for (const element of document.querySelectorAll(attributes.map((a) => '[' + a + ']').join(', '))) {
    for (const attribute of attributes) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      let protocol = '';
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        continue; // a URL the browser cannot parse is not followed
      }
      const image = element.tagName === 'IMG' && protocol === 'data:';
      if (['javascript:', 'vbscript:', 'data:'].includes(protocol) && !image) found.push('url ' + element.tagName + ' ' + attribute + '=' + value);
    }
  }
  for (const script of document.scripts) {
    if (script.type !== 'application/ld+json') found.push('script ' + (script.textContent || '').slice(0, 60));
  }
  return found;
})()`;

async function stirAndReport(page: Page): Promise<string[]> {
  return (await page.evaluate(STIR_AND_REPORT)) as string[];
}

async function htmlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, encoding: 'utf8' });
  return names.filter((n) => n.endsWith('.html')).map((n) => join(dir, n)).sort();
}

describe.skipIf(!hasChromium)('XSS in the browser', () => {
  let site: XssBuild;
  let browser: Browser;
  let bundlePages: string;

  beforeAll(async () => {
    site = await buildXssSite();
    bundlePages = await mkdtemp(join(tmpdir(), 'pairpress-xss-bundle-'));
    for (const [name, bytes] of Object.entries(unzipSync(await readFile(site.bundle)))) {
      if (!name.endsWith('.html')) continue;
      await mkdir(dirname(join(bundlePages, name)), { recursive: true });
      await writeFile(join(bundlePages, name), bytes);
    }
    browser = await launchBrowser();
    // Only the pages' own files: a payload that reaches for the network gets nothing.
    await browser.context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await browser.context.addInitScript(HOOKS);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function visit(files: string[], ownScript?: string): Promise<Record<string, string[]>> {
    const page = await browser.context.newPage();
    const ran: Record<string, string[]> = {};
    page.on('dialog', (dialog) => {
      (ran[page.url()] ??= []).push(`dialog ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => (ran[page.url()] ??= []).push(`page error: ${error.message}`));
    for (const file of files) {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const found = (await stirAndReport(page)).filter((entry) => entry !== `script ${(ownScript ?? '').slice(0, 60)}`);
      if (found.length > 0) (ran[file] ??= []).push(...found);
    }
    await page.close();
    return ran;
  }

  // Both versions of an article carry the same payloads in the same places, so one language per
  // template keeps the run short: the Korean pages of the build, the English pages of the bundle.
  it('runs nothing on the article pages and indexes of the build', async () => {
    const english = join(site.out, 'en') + sep;
    const files = (await htmlFiles(site.out)).filter(
      (f) => !f.includes(`${sep}_review${sep}`) && (!f.startsWith(english) || f === join(site.out, 'en', 'index.html')),
    );
    expect(files.length).toBeGreaterThanOrEqual(VECTORS.length);
    expect(await visit(files)).toEqual({});
  }, 300_000);

  it('runs nothing on the review pages but their own script', async () => {
    const { REVIEW_SCRIPT } = await import('../../src/report/review/assets.js');
    expect(await visit([site.review, join(site.out, '_review', 'index.html')], REVIEW_SCRIPT)).toEqual({});
  }, 120_000);

  it("runs nothing on the bundle's standalone pages", async () => {
    const files = (await htmlFiles(bundlePages)).filter((f) => f.includes(`${sep}en${sep}`));
    expect(files.length).toBe(VECTORS.length);
    expect(await visit(files)).toEqual({});
  }, 300_000);

  it('would notice a payload that runs (the hooks work)', async () => {
    const probe = join(bundlePages, 'probe.html');
    await writeFile(probe, `<!doctype html><title>probe</title><img src=x onerror="alert('XSS')"><a href="javascript:alert(1)">x</a><script>console.log('XSS')</script>`);
    const ran = await visit([probe]);
    expect(ran[probe]).toEqual(expect.arrayContaining(["console.log(XSS)", "alert(XSS)", 'url A href=javascript:alert(1)', "script console.log('XSS')"]));
  }, 60_000);
});
