/**
 * Property: `build` is deterministic. The same site, written to two
 * folders in opposite orders (so directory listings differ), built twice
 * and once more over its own previous output, gives byte-identical output.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectCleanRun, runChild, snapshotTree } from '../helpers/hostile.js';
import { textSite, GLOSSARY, type SiteFiles } from './arbitraries.js';

async function writeSite(root: string, files: SiteFiles, order: 'forward' | 'backward'): Promise<void> {
  await mkdir(join(root, 'articles'), { recursive: true });
  const entries = Object.entries(files);
  if (order === 'backward') entries.reverse();
  for (const [path, content] of entries) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

async function build(root: string, out: string): Promise<Map<string, string>> {
  const run = await runCli(['build', '--root', root, '--out', out, '--force', '--drafts', '--no-cache']);
  expectCleanRun(run);
  expect(run.code).toBe(0);
  return snapshotTree(out);
}

describe('build', () => {
  it('gives byte-identical output for the same site, whatever the order its files were written in', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(textSite, async (files) => {
        const dir = await mkdtemp(join(tmpdir(), 'pairpress-determinism-'));
        try {
          await writeSite(join(dir, 'one'), files, 'forward');
          await writeSite(join(dir, 'two'), files, 'backward');
          const first = await build(join(dir, 'one'), join(dir, 'out-one'));
          const second = await build(join(dir, 'two'), join(dir, 'out-two'));
          expect(second).toEqual(first);
          // Again over its own output (unchanged files are linked, not rewritten): the same bytes.
          expect(await build(join(dir, 'one'), join(dir, 'out-one'))).toEqual(first);
          if (first.size > 8) compared++;
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.PAIRPRESS_PROPERTY_RUNS ?? 12) },
    );
    expect(compared).toBeGreaterThan(0);
  }, 300_000);
});

describe('build in different environments', () => {
  it('gives byte-identical output whatever the machine time zone and locale', async () => {
    const files: SiteFiles = {
      'locales/glossary.yaml': GLOSSARY,
      'articles/2026/01/summit.ko.md': '---\ntitle: 정상회담\ndate: 2026-01-17T23:30:00Z\n---\n\n2023년 12월 19일 멜로니 총리는 3억 달러를 밝혔다.\n',
      'articles/2026/01/summit.en.md': '---\ntitle: Summit\ndate: 2026-01-17T23:30:00Z\n---\n\nOn December 19, 2023, Prime Minister Meloni announced $300 million.\n',
    };
    const dir = await mkdtemp(join(tmpdir(), 'pairpress-environments-'));
    await writeSite(join(dir, 'site'), files, 'forward');
    const outputs: Array<Map<string, string>> = [];
    for (const env of [{ TZ: 'UTC', LANG: 'C' }, { TZ: 'America/Los_Angeles', LANG: 'ko_KR.UTF-8' }, { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8' }]) {
      const out = join(dir, `out-${outputs.length}`);
      const run = await runChild(['build', '--root', join(dir, 'site'), '--out', out, '--no-cache'], { env });
      expectCleanRun(run);
      expect(run.code).toBe(0);
      outputs.push(await snapshotTree(out));
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    await rm(dir, { recursive: true, force: true });
  }, 120_000);
});
