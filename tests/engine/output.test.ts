import { existsSync, symlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openCache, siteCacheFolder } from '../../src/engine/cache.js';
import { spareOutput } from '../../src/engine/output.js';
import { buildSite } from '../../src/pipeline.js';
import { renderFeeds } from '../../src/publish/feeds.js';
import { renderSitemap } from '../../src/publish/sitemap.js';
import { article, makeSite } from '../helpers/site.js';
import { snapshot } from '../helpers/snapshot.js';

const SITE: Record<string, string> = {
  'pairpress.config.json': JSON.stringify({ baseUrl: 'https://news.example' }),
};
for (const [i, [ko, en]] of [['부두', 'Pier'], ['등대', 'Lighthouse'], ['어시장', 'Fish market'], ['방파제', 'Breakwater']].entries()) {
  SITE[`articles/2026/03/place-${i}.ko.md`] = article(ko, `${ko} 이야기를 전한다.`);
  SITE[`articles/2026/03/place-${i}.en.md`] = article(en, `A story about the ${en.toLowerCase()}.`);
}


// The renderers, counted: a part of the site whose inputs did not change must not be rendered again.
vi.mock('../../src/publish/sitemap.js', async (original) => {
  const actual = await original<typeof import('../../src/publish/sitemap.js')>();
  return { ...actual, renderSitemap: vi.fn(actual.renderSitemap) };
});
vi.mock('../../src/publish/feeds.js', async (original) => {
  const actual = await original<typeof import('../../src/publish/feeds.js')>();
  return { ...actual, renderFeeds: vi.fn(actual.renderFeeds) };
});

const build = (root: string, out: string, engine = true) =>
  buildSite(root, { out: join(root, out), force: true, ...(engine && { engine: { jobs: 1 } }) });

describe('writing a build through the engine', () => {
  it('rewrites only what changed, keeps the rest untouched, and ends as a fresh build would', async () => {
    const root = await makeSite(SITE);
    await build(root, 'output');
    const page = join(root, 'output/ko/place-0/index.html');
    const before = await stat(page);
    const unchanged = await build(root, 'output');
    expect(unchanged.ok && unchanged.summary.written).toBe(0);

    await writeFile(join(root, 'articles/2026/03/place-2.en.md'), article('Fish market', 'A longer story about the fish market, told at dawn.'));
    const edited = await build(root, 'output');
    // Its page, the English index (the dek changed) and the three English feeds, which carry it in full.
    expect(edited.ok && edited.summary.written).toBe(5);
    const after = await stat(page);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    await build(root, 'fresh', false);
    expect(await snapshot(join(root, 'output'))).toEqual(await snapshot(join(root, 'fresh')));
  });

  it('renders the feeds alone when only the body of an article they carry changed', async () => {
    const story = (body: string) => article('Fish market', body, 'summary: The fish market at dawn.\n');
    const root = await makeSite({ ...SITE, 'articles/2026/03/place-2.en.md': story('A story about the fish market.') });
    await build(root, 'output');
    const others = ['en/index.html', 'ko/index.html', 'index.html', 'sitemap.xml', 'ko/rss.xml'];
    const before = await Promise.all(others.map((path) => stat(join(root, 'output', path))));
    await writeFile(join(root, 'articles/2026/03/place-2.en.md'), story('A longer story about the fish market, told at dawn.'));
    vi.mocked(renderSitemap).mockClear();
    vi.mocked(renderFeeds).mockClear();
    const edited = await build(root, 'output');
    expect(vi.mocked(renderSitemap)).not.toHaveBeenCalled();
    expect(vi.mocked(renderFeeds)).toHaveBeenCalledTimes(1);
    // Its page and the three English feeds, which carry it in full; the indexes and the sitemap stay as they were.
    expect(edited.ok && edited.summary.written).toBe(4);
    const after = await Promise.all(others.map((path) => stat(join(root, 'output', path))));
    expect(after.map((info) => [info.ino, info.mtimeMs])).toEqual(before.map((info) => [info.ino, info.mtimeMs]));
    await build(root, 'fresh', false);
    expect(await snapshot(join(root, 'output'))).toEqual(await snapshot(join(root, 'fresh')));
  });

  it('ignores the record of a build made by another version of pairpress', async () => {
    const root = await makeSite(SITE);
    await build(root, 'output');
    // A record as an older version wrote it: another shape, authenticated all the same.
    const folder = join(siteCacheFolder(root), 'output');
    const [sub] = await readdir(folder);
    const [name] = await readdir(join(folder, sub!));
    await openCache(siteCacheFolder(root)).set('output', name!.replace(/\.bin$/, ''), { inputs: 'older', files: [], top: [], site: { key: 'older', paths: [] } });
    await writeFile(join(root, 'articles/2026/03/place-1.en.md'), article('Lighthouse', 'The lighthouse, repainted.'));
    const again = await build(root, 'output');
    expect(again.ok).toBe(true);
    await build(root, 'fresh', false);
    expect(await snapshot(join(root, 'output'))).toEqual(await snapshot(join(root, 'fresh')));
  });

  it('does not trust an output file edited by hand', async () => {
    const root = await makeSite(SITE);
    await build(root, 'output');
    const page = join(root, 'output/en/place-1/index.html');
    const good = await readFile(page, 'utf8');
    await writeFile(page, 'tampered');
    const again = await build(root, 'output');
    expect(again.ok && again.summary.written).toBe(1);
    expect(await readFile(page, 'utf8')).toBe(good);
  });

  it('removes the page of a deleted article and its folder', async () => {
    const root = await makeSite(SITE);
    await build(root, 'output');
    const { rm } = await import('node:fs/promises');
    await rm(join(root, 'articles/2026/03/place-3.ko.md'));
    await rm(join(root, 'articles/2026/03/place-3.en.md'));
    await build(root, 'output');
    expect(existsSync(join(root, 'output/ko/place-3'))).toBe(false);
    await build(root, 'fresh', false);
    expect(await snapshot(join(root, 'output'))).toEqual(await snapshot(join(root, 'fresh')));
  });
});

describe('the output a build replaced, kept in the cache folder for the next one', () => {
  it('is reused as the staging folder: what differs goes, the output ends as a fresh build would', async () => {
    const root = await makeSite(SITE);
    const out = join(root, 'output');
    await build(root, 'output');
    await writeFile(join(root, 'articles/2026/03/place-1.en.md'), article('Lighthouse', 'The lighthouse, repainted.'));
    await build(root, 'output');
    const spare = spareOutput(siteCacheFolder(root), out);
    expect(existsSync(join(spare, 'index.html'))).toBe(true);
    // Whatever the kept folder holds that the site does not is not published.
    await writeFile(join(spare, 'planted.html'), 'planted');
    await rm(join(spare, 'en/place-0/index.html'));
    await mkdir(join(spare, 'en/place-0/index.html'));
    symlinkSync('/etc/hostname', join(spare, 'ko/place-0/index.html.tmp'));
    await rm(join(spare, 'ko/place-2/index.html'));
    symlinkSync('/etc/hostname', join(spare, 'ko/place-2/index.html'));
    await rm(join(root, 'articles/2026/03/place-3.ko.md'));
    await rm(join(root, 'articles/2026/03/place-3.en.md'));
    await writeFile(join(root, 'articles/2026/03/place-1.en.md'), article('Lighthouse', 'The lighthouse, repainted again.'));
    await build(root, 'output');
    await build(root, 'fresh', false);
    expect(await snapshot(out)).toEqual(await snapshot(join(root, 'fresh')));
    // A file of the output edited in place (its bytes shared with the kept folder) is not trusted either.
    await writeFile(join(out, 'ko/place-0/index.html'), 'edited in place');
    await build(root, 'output');
    await writeFile(join(root, 'articles/2026/03/place-0.en.md'), article('Pier', 'A story about the pier, at night.'));
    await build(root, 'output');
    await build(root, 'fresh', false);
    expect(await snapshot(out)).toEqual(await snapshot(join(root, 'fresh')));
  });
});

describe('a patch folder an older version left', () => {
  it('is removed, and the output folder is replaced whole', async () => {
    const root = await makeSite(SITE);
    await build(root, 'output');
    // What an older version's killed patch left: a mix in output/ and its journal beside it.
    const patch = join(root, '.pairpress-output-patch-999999999');
    await mkdir(join(patch, 'old'), { recursive: true });
    await writeFile(join(patch, 'journal.json'), JSON.stringify({ moves: [{ path: 'index.html', hadOld: true }] }));
    await writeFile(join(root, 'output/index.html'), 'half patched');
    await build(root, 'output');
    expect(existsSync(patch)).toBe(false);
    await build(root, 'fresh', false);
    expect(await snapshot(join(root, 'output'))).toEqual(await snapshot(join(root, 'fresh')));
  });
});
