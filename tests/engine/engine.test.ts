import { existsSync, readdirSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteCacheFolder } from '../../src/engine/cache.js';
import { buildSite, loadAndCheck } from '../../src/pipeline.js';
import { runCli } from '../helpers/cli.js';
import { article, makeSite } from '../helpers/site.js';
import { snapshot } from '../helpers/snapshot.js';

const GLOSSARY = `- ko: [다카이치 사나에, 다카이치]
  en: [Sanae Takaichi, Takaichi]
  kind: person
`;

/** Four pairs and a few awkward files, so that every part of the engine has something to do. */
const SITE = {
  'pairpress.config.json': JSON.stringify({ baseUrl: 'https://news.example' }),
  'locales/glossary.yaml': GLOSSARY,
  'locales/ko/common.json': JSON.stringify({ index: { title: '새 소식' } }),
  'locales/en/common.json': JSON.stringify({ index: { title: 'Latest news' } }),
  'articles/2026/01/summit.ko.md': article('정상회담', '다카이치 총리는 16일 로마에서 회담을 열었다.'),
  'articles/2026/01/summit.en.md': article('Summit', 'Prime Minister Takaichi held talks in Rome on the 16th.'),
  'articles/2026/01/port.ko.md': article('항만', '항만 물동량이 지난해보다 12% 늘었다.'),
  'articles/2026/01/port.en.md': article('Port', 'Giorgio Meloni visited the port, where cargo rose 12% from last year.'),
  'articles/2026/01/rain.ko.md': article('장마', '장마가 일찍 시작됐다.\n\n<!-- pairpress-ignore-next number-mismatch -->\n강수량은 340밀리미터였다.'),
  'articles/2026/01/rain.en.md': article('Rain', 'The rainy season began early.\n\nRainfall came to 430 millimetres.'),
  'articles/2026/01/bridge-ko.ko.md': article('다리', '새 다리가 개통됐다.', 'translationKey: bridge\n'),
  'articles/2026/01/bridge-en.en.md': article('Bridge', 'The new bridge has opened, and Takaichi came.', 'translationKey: bridge\n'),
  'articles/2026/01/alone.en.md': article('Alone', 'This story has no Korean version yet.'),
  'articles/2026/01/broken.ko.md': '---\ntitle: [unclosed\n---\n',
  'articles/2026/01/copy.ko.md': article('사본', '같은 키를 쓰는 두 번째 한국어 기사다.', 'translationKey: bridge\n'),
};


async function cacheFiles(root: string): Promise<string[]> {
  const dir = siteCacheFolder(root);
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await readdir(sub, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(sub, entry.name));
      else found.push(join(sub, entry.name));
    }
  };
  await walk(dir);
  return found;
}

describe('the engine', () => {
  it('finds what the plain pipeline finds, and writes the same bytes, cached or not', async () => {
    const root = await makeSite(SITE);
    const plain = await loadAndCheck(root);
    expect(plain.result.diagnostics.length).toBeGreaterThan(3);
    const uncached = await loadAndCheck(root, {}, {}, { jobs: 1, cache: false });
    expect(uncached.result).toEqual(plain.result);
    const cold = await loadAndCheck(root, {}, {}, { jobs: 2 });
    expect(cold.engine).toMatchObject({ groups: 6, cached: 0, computed: 6 });
    expect(cold.result).toEqual(plain.result);
    const warm = await loadAndCheck(root, {}, {}, { jobs: 2 });
    expect(warm.engine).toMatchObject({ groups: 6, cached: 6, computed: 0 });
    expect(warm.result).toEqual(plain.result);
    expect(warm.site.files.map((f) => f.path)).toEqual(plain.site.files.map((f) => f.path));
    expect(warm.site.articles.map((a) => a.path)).toEqual(plain.site.articles.map((a) => a.path));
    // The articles read from the cache parse on demand, to the same tree.
    expect(warm.site.articles[0]!.tree).toEqual(plain.site.articles[0]!.tree);

    const options = { force: true, baseUrl: 'https://news.example' };
    await buildSite(root, { ...options, out: join(root, 'plain') });
    await buildSite(root, { ...options, out: join(root, 'cold'), engine: { jobs: 2, cache: join(root, 'build-cache') } });
    await buildSite(root, { ...options, out: join(root, 'warm'), engine: { jobs: 2, cache: join(root, 'build-cache') } });
    const expected = await snapshot(join(root, 'plain'));
    expect(Object.keys(expected)).toContain('en/alone/index.html');
    expect(await snapshot(join(root, 'cold'))).toEqual(expected);
    expect(await snapshot(join(root, 'warm'))).toEqual(expected);
  });

  it('re-checks the pair whose article changed and takes the others from the cache', async () => {
    const root = await makeSite(SITE);
    await loadAndCheck(root, {}, {}, { jobs: 1 });
    await writeFile(join(root, 'articles/2026/01/port.en.md'), article('Port', 'Giorgio Meloni visited the port, where cargo rose 21% from last year.'));
    const again = await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(again.engine).toMatchObject({ cached: 5, computed: 1 });
    expect(again.result).toEqual((await loadAndCheck(root)).result);
    expect(again.result.diagnostics.some((d) => d.rule === 'number-mismatch' && d.file.endsWith('port.en.md'))).toBe(true);
  });

  it('takes the checks of a run from one index entry, and from the entries of each pair without it', async () => {
    const root = await makeSite(SITE);
    const expected = (await loadAndCheck(root, {}, {}, { jobs: 1 })).result;
    const entries = await cacheFiles(root);
    const index = entries.filter((path) => path.includes(join('groups', '')));
    const perPair = entries.filter((path) => path.includes(join('check', '')));
    expect(index).toHaveLength(1);
    expect(perPair).toHaveLength(6);
    // Without the entries of each pair, the index alone answers.
    await Promise.all(perPair.map((path) => rm(path)));
    const fromIndex = await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(fromIndex.engine).toMatchObject({ cached: 6, computed: 0 });
    expect(fromIndex.result).toEqual(expected);
    // Without the index (a run stopped before its end never wrote it), the entries of each pair do.
    const other = await makeSite(SITE);
    await loadAndCheck(other, {}, {}, { jobs: 1 });
    await Promise.all((await cacheFiles(other)).filter((path) => path.includes(join('groups', ''))).map((path) => rm(path)));
    const fromPairs = await loadAndCheck(other, {}, {}, { jobs: 1 });
    expect(fromPairs.engine).toMatchObject({ cached: 6, computed: 0 });
    expect(fromPairs.result).toEqual(expected);
  });

  it('removes the entries of contents that are gone, named by the index or found without it', async () => {
    const root = await makeSite(SITE);
    const count = async (kind: string) => (await cacheFiles(root)).filter((path) => path.startsWith(join(siteCacheFolder(root), kind, ''))).length;
    await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(await count('check')).toBe(6);
    const port = 'articles/2026/01/port.en.md';
    await writeFile(join(root, port), article('Port', 'Giorgio Meloni visited the port, where cargo rose 21% from last year.'));
    await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(await count('check')).toBe(6);
    // Without the index, the run looks through the whole kind.
    await Promise.all((await cacheFiles(root)).filter((path) => path.includes(join('groups', ''))).map((path) => rm(path)));
    await writeFile(join(root, port), SITE[port]!);
    await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(await count('check')).toBe(6);
  });

  it('ignores cache entries that are corrupt or stored under another key, and rebuilds them', async () => {
    const root = await makeSite(SITE);
    const expected = (await loadAndCheck(root, {}, {}, { jobs: 1 })).result;
    const entries = await cacheFiles(root);
    expect(entries.length).toBeGreaterThan(6);
    const checks = entries.filter((path) => path.includes(join('check', '')) || path.includes(join('groups', '')));
    // Half the entries lose their tail, the other half trade places with one another.
    const [truncated, swapped] = [checks.filter((_, i) => i % 2 === 0), checks.filter((_, i) => i % 2 === 1)];
    for (const path of truncated) {
      const bytes = await readFile(path);
      await writeFile(path, bytes.subarray(0, bytes.length - 9));
    }
    const contents = await Promise.all(swapped.map((path) => readFile(path)));
    await Promise.all(swapped.map((path, i) => writeFile(path, contents[(i + 1) % contents.length]!)));
    const again = await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(again.engine?.cached).toBe(0);
    expect(again.result).toEqual(expected);
    // Flipped bits in the middle of an entry are caught by its checksum.
    for (const path of (await cacheFiles(root)).filter((p) => p.includes(join('check', '')) || p.includes(join('groups', '')))) {
      const bytes = await readFile(path);
      bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
      await writeFile(path, bytes);
    }
    const flipped = await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(flipped.engine?.cached).toBe(0);
    expect(flipped.result).toEqual(expected);
    const rebuilt = await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(rebuilt.engine?.cached).toBe(6);
  });

  it('re-checks only the pairs a changed glossary entry concerns, including a new near miss', async () => {
    const root = await makeSite(SITE);
    await loadAndCheck(root, {}, {}, { jobs: 1 });
    // A new entry no article names, but that the port story misspells: it now could concern the port pair.
    const meloni = '- ko: [조르자 멜로니]\n  en: [Giorgia Meloni]\n';
    await writeFile(join(root, 'locales/glossary.yaml'), `${GLOSSARY}${meloni}`);
    const added = await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(added.engine).toMatchObject({ cached: 5, computed: 1 });
    expect(added.result).toEqual((await loadAndCheck(root)).result);
    expect(added.result.diagnostics.some((d) => d.rule === 'name-misspelled' && d.file.endsWith('port.en.md'))).toBe(true);
    // An edited entry: the summit and the bridge name Takaichi; the others do not.
    await writeFile(join(root, 'locales/glossary.yaml'), `${GLOSSARY.replace('Takaichi]', 'Takaichi, PM Takaichi]')}${meloni}`);
    const edited = await loadAndCheck(root, {}, {}, { jobs: 1 });
    expect(edited.engine).toMatchObject({ cached: 4, computed: 2 });
    expect(edited.result).toEqual((await loadAndCheck(root)).result);
  });

  it('reads and writes no cache with --no-cache', async () => {
    const root = await makeSite(SITE);
    expect((await runCli(['check', '--root', root, '--no-cache'])).code).toBe(1);
    expect(await cacheFiles(root)).toEqual([]);
    expect((await runCli(['check', '--root', root])).code).toBe(1);
    expect((await cacheFiles(root)).length).toBeGreaterThan(0);
    await rm(siteCacheFolder(root), { recursive: true });
    expect((await runCli(['build', '--root', root, '--force', '--no-cache'])).code).toBe(0);
    expect(await cacheFiles(root)).toEqual([]);
  });

  it('keeps the pages of a build without the cache in a folder of the run, read back and removed before the write', async () => {
    const root = await makeSite(SITE);
    // What a killed run left: its process is gone, so the next run removes it.
    const temporary = await makeSite({ 'pairpress-pages-999999999-left/pages/ab/page.bin': 'left' });
    const before = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
    const kept: string[][] = [];
    const options = { force: true, baseUrl: 'https://news.example' };
    try {
      // After the load the jobs have run: their pages are in the run's folder, not in memory.
      const onStage = (stage: string) => {
        if (stage === 'load') kept.push(readdirSync(temporary, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.bin')));
      };
      const outcome = await buildSite(root, { ...options, out: join(root, 'uncached'), hooks: { onStage }, engine: { jobs: 1, cache: false } });
      expect(outcome.ok).toBe(true);
      const pages = outcome.ok ? outcome.checked.prepared?.pages : undefined;
      expect([...(pages?.keys() ?? [])].sort()).toEqual(expect.arrayContaining(['en/alone/index.html', 'ko/summit/index.html']));
      expect(readdirSync(temporary)).toEqual([]);
    } finally {
      process.env.TMPDIR = before;
    }
    expect(kept).toHaveLength(1);
    expect(kept[0]!.filter((path) => path.includes(join('pages', ''))).length).toBeGreaterThanOrEqual(4);
    await buildSite(root, { ...options, out: join(root, 'plain') });
    expect(await snapshot(join(root, 'uncached'))).toEqual(await snapshot(join(root, 'plain')));
  });

  it('rejects a --jobs that is not a whole number of 1 or more', async () => {
    for (const bad of ['0', '-2', 'two', '1.5']) {
      const run = await runCli(['check', '--jobs', bad]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--jobs');
    }
  });
});
