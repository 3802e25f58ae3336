/**
 * Property: whatever the front matter and Markdown, `check` and `build`
 * end with exit 0, 1 or 2 and a message, never an exception; every
 * diagnostic's place (start, end, related) lies inside its file; a build
 * writes nothing outside its output folder.
 */
import { rm } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { changedPaths, expectCleanRun, makeSandbox, positionsOutside, snapshotTree, writtenOutside, type Positioned } from '../helpers/hostile.js';
import { site } from './arbitraries.js';

describe('random sites', () => {
  it('never make check or build throw; every diagnostic lies inside its file; nothing is written outside --out', async () => {
    // How many runs published at least one article: the generator must reach the renderers, not only the loader.
    let runs = 0;
    let published = 0;
    await fc.assert(
      fc.asyncProperty(site, async (files) => {
        const sandbox = await makeSandbox(files);
        try {
          const before = await snapshotTree(sandbox.dir);
          const check = await runCli(['check', '--root', sandbox.root, '--format', 'json', '--no-cache']);
          expectCleanRun(check);
          expect(check.code).not.toBe(2);
          const { diagnostics } = JSON.parse(check.stdout) as { diagnostics: Positioned[] };
          expect(await positionsOutside(sandbox.root, diagnostics)).toEqual([]);
          const build = await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--force', '--drafts', '--no-cache']);
          expectCleanRun(build);
          expect(build.code).toBe(0);
          const after = await snapshotTree(sandbox.dir);
          expect(writtenOutside(changedPaths(before, after), 'out')).toEqual([]);
          runs++;
          if ([...after.keys()].some((p) => /^out\/(ko|en)\/[^/]+\/index\.html$/.test(p))) published++;
        } finally {
          await rm(sandbox.dir, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.PAIRPRESS_PROPERTY_RUNS ?? 150) },
    );
    expect(published / runs).toBeGreaterThan(0.3);
  }, 300_000);
});
