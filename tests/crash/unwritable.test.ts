/**
 * An output folder that cannot be written: read-only (permissions, or a
 * read-only file system) or full. The build says so plainly, exits 2, and
 * leaves the previous output exactly as it was. Read-only by permissions
 * runs everywhere (as root, the build runs as "nobody"); the file-system
 * cases need a tmpfs this test may mount, and are skipped where it may not.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, expectCleanRun, makeSandbox, runChild, snapshotTree } from '../helpers/hostile.js';
import { writeVersion } from './sites.js';

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Runs the CLI as "nobody" (when this test runs as root), so permissions apply. */
function runAsNobody(args: string[]): { code: number; stderr: string } {
  try {
    execFileSync(process.execPath, [CLI, ...args], { uid: NOBODY, gid: NOBODY, stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH ?? '', CI: 'true' } });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { status: number | null; stderr: Buffer };
    return { code: failed.status ?? -1, stderr: failed.stderr?.toString('utf8') ?? '' };
  }
}

/** Makes a sandbox everyone may read (a mkdtemp folder is private to its owner). */
function readableByAll(dir: string): void {
  execFileSync('chmod', ['-R', 'a+rX', dir]);
}

function canMountTmpfs(): boolean {
  if (!isRoot) return false;
  const probe = mkdtempSync(join(tmpdir(), 'pairpress-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const mounts: string[] = [];
afterAll(() => {
  for (const mount of mounts) {
    try {
      execFileSync('umount', [mount], { stdio: 'ignore' });
      rmSync(mount, { recursive: true, force: true });
    } catch {
      // still mounted or already gone: leave it
    }
  }
});

async function siteWithOutput(outParent: string) {
  const sandbox = await makeSandbox({});
  await writeVersion(sandbox.root, 'A');
  const out = join(outParent, 'output');
  const first = await runChild(['build', '--root', sandbox.root, '--out', out, '--no-cache']);
  expect(first.code).toBe(0);
  await writeVersion(sandbox.root, 'B');
  return { ...sandbox, out, before: await snapshotTree(out) };
}

describe('an output folder that cannot be written', () => {
  it('read-only by permissions: exit 2, "permission denied", the old output untouched', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'pairpress-readonly-'));
    const site = await siteWithOutput(parent);
    let run: { code: number | null; stderr: string };
    if (isRoot) {
      readableByAll(site.dir);
      readableByAll(parent);
      run = runAsNobody(['build', '--root', site.root, '--out', site.out, '--no-cache']);
    } else {
      chmodSync(parent, 0o555);
      chmodSync(site.out, 0o555);
      run = await runChild(['build', '--root', site.root, '--out', site.out, '--no-cache']);
      chmodSync(site.out, 0o755);
      chmodSync(parent, 0o755);
    }
    expectCleanRun({ ...run, stdout: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write the output folder .*permission denied/);
    expect(await snapshotTree(site.out)).toEqual(site.before);
    expect(readdirSync(parent)).toEqual(['output']);
  }, 180_000);

  describe.skipIf(!canMountTmpfs())('on a file system this test mounts', () => {
    it('read-only file system: exit 2, the old output untouched', async () => {
      const parent = mkdtempSync(join(tmpdir(), 'pairpress-rofs-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', parent]);
      mounts.push(parent);
      const site = await siteWithOutput(parent);
      execFileSync('mount', ['-o', 'remount,ro', parent]);
      const run = await runChild(['build', '--root', site.root, '--out', site.out, '--no-cache']);
      expectCleanRun(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/cannot write the output folder .*(read-only|permission denied)/);
      expect(await snapshotTree(site.out)).toEqual(site.before);
    }, 180_000);

    it('full file system: exit 2, "no space left", the old output untouched, no half-written folder left', async () => {
      const parent = mkdtempSync(join(tmpdir(), 'pairpress-full-'));
      // Room for one build (about 1.5 MB), then filled, so that a second cannot be staged beside it.
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', parent]);
      mounts.push(parent);
      const site = await siteWithOutput(parent);
      mkdirSync(join(parent, 'ballast'));
      // Leave 64 KB free: room for the lock, not for a build.
      execFileSync('sh', ['-c', `dd if=/dev/zero of=${join(parent, 'ballast', 'fill')} bs=4k count=$(( $(df -k --output=avail ${parent} | tail -1) / 4 - 16 )) 2>/dev/null`]);
      const run = await runChild(['build', '--root', site.root, '--out', site.out, '--no-cache']);
      expectCleanRun(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/cannot write the output folder .*no space left on the device/);
      expect(await snapshotTree(site.out)).toEqual(site.before);
      expect(readdirSync(parent).sort()).toEqual(['ballast', 'output']);
    }, 180_000);
  });
});
