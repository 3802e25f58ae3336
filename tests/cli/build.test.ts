import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { article, makeSite } from '../helpers/site.js';
import { snapshot } from '../helpers/snapshot.js';


const site = {
  'pairpress.config.json': JSON.stringify({ baseUrl: 'https://news.example', title: { ko: '시험 신문', en: 'Test News' } }),
  'articles/2026/01/summit.ko.md': article('정상회담', '두 정상은 도쿄에서 만났다.', 'category: security\n'),
  'articles/2026/01/summit.en.md': article('Summit', 'The two leaders met in Tokyo.', 'category: security\n'),
  'articles/2026/01/draft.ko.md': article('초안', '아직 쓰는 중이다.', 'draft: true\n'),
  'articles/2026/01/draft.en.md': article('Draft', 'Still being written.', 'draft: true\n'),
};

describe('build', () => {
  it('writes both languages and skips drafts unless --drafts', async () => {
    const root = await makeSite(site);
    const run = await runCli(['build', '--root', root]);
    expect(run.code).toBe(0);
    const files = Object.keys(await snapshot(join(root, 'output')));
    expect(files).toContain('index.html');
    expect(files).toContain('ko/summit/index.html');
    expect(files).toContain('en/summit/index.html');
    expect(files).not.toContain('ko/draft/index.html');
    expect((await runCli(['build', '--root', root, '--drafts'])).code).toBe(0);
    expect(Object.keys(await snapshot(join(root, 'output')))).toContain('en/draft/index.html');
  });

  it('is deterministic: two builds are byte-identical', async () => {
    const root = await makeSite(site);
    await runCli(['build', '--root', root, '--out', join(root, 'one')]);
    await runCli(['build', '--root', root, '--out', join(root, 'two')]);
    const one = await snapshot(join(root, 'one'));
    expect(Object.keys(one).length).toBeGreaterThan(5);
    expect(await snapshot(join(root, 'two'))).toEqual(one);
  });

  it('leaves the previous output byte-for-byte as it was when the build fails', async () => {
    const root = await makeSite(site);
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const before = await snapshot(join(root, 'output'));
    await writeFile(join(root, 'articles/2026/01/summit.en.md'), '---\ntitle: [unclosed\n---\n');
    const failed = await runCli(['build', '--root', root]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/summit\.en\.md:2/);
    expect(await snapshot(join(root, 'output'))).toEqual(before);
  });

  it('keeps the modification time of files whose bytes did not change', async () => {
    const root = await makeSite(site);
    await runCli(['build', '--root', root]);
    const page = join(root, 'output/ko/summit/index.html');
    const first = (await stat(page)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await runCli(['build', '--root', root]);
    expect((await stat(page)).mtimeMs).toBe(first);
  });

  it('--base-url overrides the setting', async () => {
    const root = await makeSite(site);
    await runCli(['build', '--root', root, '--base-url', 'https://mirror.example/news']);
    const html = await readFile(join(root, 'output/en/summit/index.html'), 'utf8');
    expect(html).toContain('https://mirror.example/news/en/summit/');
    expect(html).not.toContain('https://news.example/');
  });
});
