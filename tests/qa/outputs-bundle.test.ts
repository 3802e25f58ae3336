/**
 * Outside QA of `pairpress bundle` on sites the suite had never seen: the
 * whole zip judged against §10 (layout, checksums, ninjs 3.1, associations
 * both ways, standalone pages), the selections (--lang, --since in the
 * site's own time zone, --key), refusal on errors, an empty selection, and
 * byte-identical re-runs.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleProblems, runBundle, type NinjsDocument } from './judge/bundle.js';
import { describe as describeNu, nuMessages } from './judge/nu.js';
import { copyOfSite, siteFrom, type SiteFacts } from './judge/output.js';
import { writeToTemp } from '../render/fixture.js';

const NEW_YORK: SiteFacts = { base: 'https://example.org/news', timeZone: 'America/New_York', defaultLanguage: 'en' };
const SEOUL_NEWS: SiteFacts = { base: 'https://example.org/news', timeZone: 'Asia/Seoul', defaultLanguage: 'ko' };

describe('outside QA: bundle', () => {
  it('bundles a site with every setting changed: whole, valid, associated both ways', { timeout: 120_000 }, async () => {
    const bundle = await runBundle(await copyOfSite('newyork'));
    expect(bundle.run.code, bundle.run.stderr).toBe(0);
    expect(await bundleProblems(bundle, NEW_YORK)).toEqual([]);
    expect(bundle.manifest!.items.map((i) => i.key)).toEqual(['world/only-en', 'world/list-first', 'world/only-ko', 'harbor-reopens', '2025/autumn']);
    expect(Object.keys(bundle.entries).filter((p) => /draft/.test(p))).toEqual([]);
    // The English version is the original (defaultLanguage "en"), the Korean one its translation.
    const en = JSON.parse(bundle.text('ninjs/harbor-reopens.en.json')) as NinjsDocument;
    const ko = JSON.parse(bundle.text('ninjs/harbor-reopens.ko.json')) as NinjsDocument;
    expect(en.associations).toMatchObject([{ rel: 'translation', uri: ko.uri, language: 'ko' }]);
    expect(ko.associations).toMatchObject([{ rel: 'translationOf', uri: en.uri, language: 'en' }]);
    expect(en.firstCreated).toBe('2026-03-08T01:30:00-05:00');
    expect(en.versionCreated).toBe('2026-03-10T23:45:00-04:00');
    const alone = JSON.parse(bundle.text('ninjs/world-only-ko.ko.json')) as NinjsDocument;
    expect(alone.associations).toBeUndefined();

    const dir = await writeToTemp(Object.keys(bundle.entries).filter((p) => p.endsWith('.html')).map((path) => ({ path, content: bundle.entries[path]! })));
    const pages = Object.keys(bundle.entries).filter((p) => p.endsWith('.html')).map((p) => join(dir, p));
    expect(pages).toHaveLength(8);
    expect(describeNu(await nuMessages(pages))).toEqual([]);
  });

  it('bundles a Korean-only site set up in package.json', async () => {
    const bundle = await runBundle(await copyOfSite('pkgjson'));
    expect(bundle.run.code, bundle.run.stderr).toBe(0);
    expect(await bundleProblems(bundle, SEOUL_NEWS)).toEqual([]);
    expect(bundle.manifest!.selection.languages).toEqual(['ko', 'en']);
    expect(Object.keys(bundle.entries).filter((p) => p.startsWith('feeds/')).sort()).toEqual(['feeds/ko/atom.xml', 'feeds/ko/feed.json', 'feeds/ko/rss.xml']);
  });

  it('--lang en keeps the association with the Korean version it leaves out', async () => {
    const bundle = await runBundle(await copyOfSite('newyork'), ['--lang', 'en']);
    expect(bundle.run.code).toBe(0);
    expect(await bundleProblems(bundle, NEW_YORK)).toEqual([]);
    expect(Object.keys(bundle.entries).some((p) => /\.ko\.|\/ko\//.test(p))).toBe(false);
    const en = JSON.parse(bundle.text('ninjs/harbor-reopens.en.json')) as NinjsDocument;
    expect(en.associations?.[0]?.uri).toBe('https://example.org/news/ninjs/harbor-reopens/ko');
  });

  it('--since is midnight in the site time zone, and counts updates', async () => {
    const root = await copyOfSite('newyork');
    // The harbor note was updated on March 10 at 23:45 in New York, which is already March 11 in UTC and in Seoul.
    const tenth = await runBundle(root, ['--since', '2026-03-10']);
    expect(tenth.manifest!.items.map((i) => i.key)).toEqual(['world/only-en', 'world/list-first', 'harbor-reopens']);
    const eleventh = await runBundle(root, ['--since', '2026-03-11']);
    expect(eleventh.manifest!.items.map((i) => i.key)).toEqual(['world/only-en', 'world/list-first']);
    expect(eleventh.manifest!.selection.since).toBe('2026-03-11T00:00:00-04:00');
    const withOffset = await runBundle(root, ['--since', '2026-03-11T03:00:00Z']);
    expect(withOffset.manifest!.items.map((i) => i.key)).toContain('harbor-reopens');
  });

  it('--key takes several keys, and a --lang the key has none of is an empty selection', async () => {
    const root = await copyOfSite('newyork');
    const two = await runBundle(root, ['--key', 'harbor-reopens', 'world/only-ko']);
    expect(two.run.code).toBe(0);
    expect(two.manifest!.items.map((i) => i.key)).toEqual(['world/only-ko', 'harbor-reopens']);
    expect(two.manifest!.selection.keys).toEqual(['harbor-reopens', 'world/only-ko']);
    const none = await runBundle(root, ['--key', 'world/only-ko', '--lang', 'en']);
    expect(none.run.code).toBe(1);
    expect(none.bytes).toBeUndefined();
    expect(none.run.stderr).toMatch(/no published article matches/);
  });

  it('refuses a site with errors unless --force, and writes nothing for a site with no articles', async () => {
    const root = await siteFrom({
      'articles/vote.ko.md': '---\ntitle: 표결\ndate: 2026-05-02\n---\n\n표결은 5월 12일에 열린다.\n',
      'articles/vote.en.md': '---\ntitle: The vote\ndate: 2026-05-02\n---\n\nThe vote takes place on May 13.\n',
    });
    const refused = await runBundle(root);
    expect(refused.run.code).toBe(1);
    expect(refused.bytes).toBeUndefined();
    await expect(access(join(root, 'output'))).rejects.toThrow();
    const forced = await runBundle(root, ['--force']);
    expect(forced.run.code).toBe(0);
    expect(Object.keys(forced.entries)).toContain('ninjs/vote.en.json');

    const empty = await runBundle(await siteFrom({ 'articles/draft.en.md': '---\ntitle: Not yet\ndate: 2026-05-02\ndraft: true\n---\n\nSoon.\n' }));
    expect(empty.run.code).toBe(1);
    expect(empty.bytes).toBeUndefined();
  });

  it('gives the same bytes twice, whatever the machine zone, and dates entries by SOURCE_DATE_EPOCH', async () => {
    const root = await copyOfSite('newyork');
    const first = await runBundle(root);
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const second = await runBundle(root);
      expect(Buffer.from(second.bytes!).equals(Buffer.from(first.bytes!))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const pinned = await runBundle(root, [], { SOURCE_DATE_EPOCH: '1798761600' });
    expect(pinned.manifest!.generatedAt).toBe('2026-12-31T19:00:00-05:00');
    expect(Buffer.from(pinned.bytes!).equals(Buffer.from(first.bytes!))).toBe(false);
  });
});
