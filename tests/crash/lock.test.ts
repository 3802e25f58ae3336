/**
 * One writer per output folder. A build that finds another build writing
 * stops with exit 2 and says which process holds the folder; a lock left by
 * a killed build does not block the next one; builds started together never
 * leave a damaged output; two writes in one process take turns.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/publish/write.js';
import { expectCleanRun, makeSandbox, runChild, snapshotTree } from '../helpers/hostile.js';
import { writeVersion } from './sites.js';

const LOCK = '.pairpress-output-lock';

/** The pid of a process that has ended. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('close', () => resolve(child.pid!));
  });
}

async function builtSite() {
  const sandbox = await makeSandbox({});
  await writeVersion(sandbox.root, 'A');
  const out = join(sandbox.root, 'output');
  expect((await runChild(['build', '--root', sandbox.root, '--out', out])).code).toBe(0);
  return { ...sandbox, out };
}

describe('the output lock', () => {
  it('a build that finds the folder locked by a live build stops with exit 2 and says why', async () => {
    const site = await builtSite();
    const before = await snapshotTree(site.out);
    // This test's own process stands for the build that holds the lock; the build has something to write.
    await writeFile(join(site.root, LOCK), String(process.pid));
    await writeVersion(site.root, 'C');
    const run = await runChild(['build', '--root', site.root, '--out', site.out]);
    expectCleanRun(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`another build \\(process ${process.pid}\\) is writing .*output`));
    expect(await snapshotTree(site.out)).toEqual(before);
    expect(await readFile(join(site.root, LOCK), 'utf8')).toBe(String(process.pid));
  }, 120_000);

  it('a lock left by a build that is gone is broken, and the build goes on', async () => {
    const site = await builtSite();
    await writeFile(join(site.root, LOCK), String(await deadPid()));
    await writeVersion(site.root, 'B');
    const run = await runChild(['build', '--root', site.root, '--out', site.out]);
    expectCleanRun(run);
    expect(run.code).toBe(0);
    expect((await readdir(site.root)).filter((n) => n.startsWith('.pairpress-'))).toEqual([]);
  }, 120_000);

  it('a lock that is empty or garbage (a writer killed long ago) does not block a build', async () => {
    const site = await builtSite();
    for (const junk of ['', 'not a pid', '-1']) {
      await writeFile(join(site.root, LOCK), junk);
      const run = await runChild(['build', '--root', site.root, '--out', site.out]);
      expectCleanRun(run);
      expect(run.code, `lock holding ${JSON.stringify(junk)}`).toBe(0);
    }
  }, 120_000);

  it('builds started together on one site: each ends cleanly, output/ is one complete site', async () => {
    const site = await builtSite();
    await writeVersion(site.root, 'B');
    const reference = join(site.dir, 'reference');
    expect((await runChild(['build', '--root', site.root, '--out', reference])).code).toBe(0);
    const expected = await snapshotTree(reference);
    const outcomes: Array<number | null> = [];
    for (let round = 0; round < 2; round++) {
      const runs = await Promise.all([0, 1, 2].map(() => runChild(['build', '--root', site.root, '--out', site.out], { timeoutMs: 120_000 })));
      for (const run of runs) {
        expectCleanRun(run);
        expect([0, 2]).toContain(run.code);
        if (run.code === 2) expect(run.stderr).toMatch(/another build \(process \d+\) is writing/);
        outcomes.push(run.code);
      }
      expect(await snapshotTree(site.out)).toEqual(expected);
    }
    expect(outcomes).toContain(0);
    expect((await readdir(site.root)).filter((n) => n.startsWith('.pairpress-'))).toEqual([]);
  }, 300_000);

  it('two writes in one process take turns: the second is refused while the first holds the folder', async () => {
    const sandbox = await makeSandbox({});
    const out = join(sandbox.dir, 'out');
    const files = Array.from({ length: 200 }, (_, i) => ({ path: `p/${i}/index.html`, content: `<p>${i}</p>` }));
    const results = await Promise.allSettled([writeOutput(out, files), writeOutput(out, files)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(new RegExp(`another build \\(process ${process.pid}\\) is writing`));
    expect([...(await snapshotTree(out)).values()].filter((what) => what !== 'dir')).toHaveLength(200);
    // Once the first is done, the folder is free again.
    await expect(writeOutput(out, files)).resolves.toMatchObject({ unchanged: 200 });
  });
});
