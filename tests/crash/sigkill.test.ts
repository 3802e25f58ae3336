/**
 * Crash safety: `build` killed with SIGKILL at random moments, twenty
 * times, going back and forth between two versions of a site.
 *
 * Every build, whether every file changes or one article does (an
 * incremental build, which links the unchanged files from the previous
 * output), replaces the output folder as a whole (staging folder, then a
 * swap): after every kill `output/` is one of the two complete sites, never
 * a mix. The one moment it may be missing is between the swap's two
 * renames; then the old site is complete beside it, and the next build puts
 * it back before anything else.
 *
 * Either way a build after the last kill succeeds, gives exactly the new
 * site, and leaves nothing beside the output folder.
 */
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, expectCleanRun, makeSandbox, runChild, snapshotTree } from '../helpers/hostile.js';
import { PAIRS, writeVersion, type Version } from './sites.js';

const KILLS = 20;

/** A small seeded generator, so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function same(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, what]) => b.get(path) === what);
}

/** Starts a build and kills it after `delayMs` (if it is still running); resolves when it has ended. */
function buildAndKill(root: string, out: string, delayMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'build', '--root', root, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

interface KillRun {
  /** the version output/ holds first, and the one builds alternate with */
  from: Version;
  to: Version;
}

async function killRepeatedly({ from, to }: KillRun): Promise<{ old: number; new: number; between: number }> {
  const seed = Number(process.env.PAIRPRESS_CRASH_SEED ?? Date.now() % 1_000_000);
  const next = random(seed);
  const sandbox = await makeSandbox({});
  const out = join(sandbox.root, 'output');

  // The two complete sites, built without interruption, as references.
  const reference = new Map<Version, Map<string, string>>();
  let slowest = 0;
  for (const version of [from, to]) {
    await writeVersion(sandbox.root, version, PAIRS.large);
    const run = await runChild(['build', '--root', sandbox.root, '--out', join(sandbox.dir, `reference-${version}`)], { timeoutMs: 120_000 });
    expectCleanRun(run);
    expect(run.code).toBe(0);
    slowest = Math.max(slowest, run.ms);
    reference.set(version, await snapshotTree(join(sandbox.dir, `reference-${version}`)));
  }
  expect(same(reference.get(from)!, reference.get(to)!)).toBe(false);

  await writeVersion(sandbox.root, from, PAIRS.large);
  expect((await runChild(['build', '--root', sandbox.root, '--out', out])).code).toBe(0);
  // A build like those that are killed (sources in the cache, an output to replace), timed: the kills are spread over it.
  await writeVersion(sandbox.root, to, PAIRS.large);
  const typical = await runChild(['build', '--root', sandbox.root, '--out', out], { timeoutMs: 120_000 });
  expect(typical.code).toBe(0);
  await writeVersion(sandbox.root, from, PAIRS.large);
  expect((await runChild(['build', '--root', sandbox.root, '--out', out])).code).toBe(0);
  let current = from;
  const seen = { old: 0, new: 0, between: 0 };

  for (let kill = 0; kill < KILLS; kill++) {
    const target = current === from ? to : from;
    await writeVersion(sandbox.root, target, PAIRS.large);
    // Half the kills anywhere in the run, half in its second half, where the output is written.
    const delay = Math.floor(typical.ms * (kill % 2 === 0 ? next() * 1.1 : 0.5 + next() * 0.6));
    const run = await buildAndKill(sandbox.root, out, delay);
    const context = `seed ${seed}, kill ${kill + 1} after ${delay} ms (such a build took ${typical.ms} ms, a cold one ${slowest} ms); exit ${run.code} ${run.signal ?? ''}\n${run.stderr.slice(0, 1000)}`;
    if (run.signal === null) expectCleanRun({ ...run, stdout: '' }, context);
    const now = await snapshotTree(out);
    const beside = (await readdir(sandbox.root)).filter((n) => n.startsWith('.pairpress-output-'));
    if (same(now, reference.get(target)!)) {
      seen.new++;
      current = target;
    } else if (same(now, reference.get(current)!)) {
      seen.old++;
    } else if (now.size === 0) {
      // Between the swap's two renames: no output/, the old site whole beside it.
      const old = beside.filter((n) => n.startsWith('.pairpress-output-old-'));
      expect(old, context).toHaveLength(1);
      expect(same(await snapshotTree(join(sandbox.root, old[0]!)), reference.get(current)!), context).toBe(true);
      seen.between++;
    } else {
      expect.fail(`output/ is a mix of the two sites (${context})`);
    }
  }

  // The next build recovers what a kill left, and finishes the job.
  const last = await runChild(['build', '--root', sandbox.root, '--out', out], { timeoutMs: 120_000 });
  expectCleanRun(last);
  expect(last.code).toBe(0);
  const finalVersion = current === from ? to : from;
  await writeVersion(sandbox.root, finalVersion, PAIRS.large);
  expect((await runChild(['build', '--root', sandbox.root, '--out', out])).code).toBe(0);
  expect(same(await snapshotTree(out), reference.get(finalVersion)!)).toBe(true);
  expect((await readdir(sandbox.root)).filter((n) => n.startsWith('.pairpress-output'))).toEqual([]);
  console.log(`SIGKILL ${from}<->${to}, seed ${seed}: ${JSON.stringify(seen)}`);
  await rm(sandbox.dir, { recursive: true, force: true });
  return seen;
}

describe('build killed with SIGKILL', () => {
  it(`whole-site builds: output/ is the old or the new complete site, ${KILLS} times out of ${KILLS}`, async () => {
    const seen = await killRepeatedly({ from: 'A', to: 'B' });
    expect(seen.old + seen.new + seen.between).toBe(KILLS);
  }, 600_000);

  it(`incremental builds (one article changed): output/ is the old or the new complete site, ${KILLS} times out of ${KILLS}`, async () => {
    const seen = await killRepeatedly({ from: 'A', to: 'C' });
    expect(seen.old + seen.new + seen.between).toBe(KILLS);
  }, 600_000);
});
