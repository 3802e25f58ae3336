import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/load/index.js';
import { runCli } from '../helpers/cli.js';
import { makeSite } from '../helpers/site.js';

const korean = `---
title: 다카이치 총리, 멜로니 총리와 회담
date: 2026-01-17T09:00:00+09:00
category: security
translationKey: summit-2026
---

다카이치 사나에 총리는 지난 16일 도쿄에서 멜로니 총리와 만났다.

## 수출 규정

> "우리는 협력을 넓힐 것"이라고 말했다.

두 나라는 2023년 12월 19일 합의를 재확인했고, 방위비를 60% 늘리기로 했다. [자료](https://example.com/a)
`;

const glossary = `- ko: [다카이치 사나에, 다카이치]
  en: [Sanae Takaichi, Takaichi]
- ko: [조르자 멜로니, 멜로니]
  en: [Giorgia Meloni, Meloni]
`;

describe('pairpress new', () => {
  it('writes the missing translation as a stub with the same structure and a checklist', async () => {
    const root = await makeSite({ 'articles/2026/01/summit.ko.md': korean, 'locales/glossary.yaml': glossary });
    const run = await runCli(['new', 'summit', '--root', root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('articles/2026/01/summit.en.md');
    const stub = await readFile(join(root, 'articles/2026/01/summit.en.md'), 'utf8');
    expect(stub).toMatch(/^---\ntitle: /);
    expect(stub).toMatch(/date: .*2026-01-17T09:00:00\+09:00/);
    expect(stub).toContain('category: security');
    expect(stub).toContain('translationKey: summit-2026');
    expect(stub).toContain('다카이치 사나에 → Sanae Takaichi / Takaichi');
    expect(stub).toContain('(2023-12-19)');
    expect(stub).toContain('60%');
    expect(stub).toMatch(/^## /m);
    expect(stub).toMatch(/^> /m);
    expect(stub).toContain('(https://example.com/a)');
    // The stub is a valid article that pairs with its source.
    const site = await loadSite(root);
    expect(site.articles.map((a) => a.path).sort()).toEqual(['articles/2026/01/summit.en.md', 'articles/2026/01/summit.ko.md']);
    expect(site.articles.every((a) => a.key === 'summit-2026')).toBe(true);
  });

  it('scaffolds a new pair with a shared key and a date in the site time zone', async () => {
    const root = await makeSite({});
    const run = await runCli(['new', 'port-visit', '--root', root, '--date', '2026-03-02', '--title', 'Port visit']);
    expect(run.code).toBe(0);
    const site = await loadSite(root);
    expect(site.articles.map((a) => a.path).sort()).toEqual([
      'articles/2026/03/port-visit.en.md',
      'articles/2026/03/port-visit.ko.md',
    ]);
    expect(new Set(site.articles.map((a) => a.key)).size).toBe(1);
  });

  it('never overwrites a file', async () => {
    const root = await makeSite({ 'articles/2026/01/summit.ko.md': korean });
    await runCli(['new', 'summit', '--root', root]);
    const path = join(root, 'articles/2026/01/summit.en.md');
    await writeFile(path, 'my translation');
    const again = await runCli(['new', 'summit', '--root', root]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exist/);
    expect(await readFile(path, 'utf8')).toBe('my translation');
  });

  it('rejects a slug that is not a URL segment', async () => {
    const run = await runCli(['new', '../escape', '--root', await makeSite({})]);
    expect(run.code).toBe(2);
  });
});
