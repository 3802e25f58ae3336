/**
 * The writer's answer to a full or read-only disk, everywhere (the
 * unwritable test needs a file system it may mount): the file-system calls
 * fail as the kernel would, midway through a build, and the writer reports
 * a user error (exit 2 at the CLI) with a plain reason, removes its staging
 * folder and leaves the previous output as it was.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { makeSandbox, snapshotTree } from '../helpers/hostile.js';

/** When set, the n-th file written into a staging folder fails with this code. */
const failure: { code?: string; after: number; seen: number } = { after: 0, seen: 0 };

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof actual.writeFile = async (...args) => {
    const [path] = args;
    if (failure.code && String(path).includes('.pairpress-') && String(path).includes('-tmp-') && ++failure.seen > failure.after) {
      throw Object.assign(new Error(`${failure.code}: simulated, write '${String(path)}'`), { code: failure.code });
    }
    return actual.writeFile(...args);
  };
  return { ...actual, writeFile, default: { ...actual, writeFile } };
});

const { writeOutput } = await import('../../src/publish/write.js');

const files = (version: string) =>
  Array.from({ length: 120 }, (_, i) => ({ path: `${i % 2 ? 'ko' : 'en'}/story-${i}/index.html`, content: `<p>${version} ${i}</p>` }));

beforeEach(() => {
  delete failure.code;
  failure.after = 0;
  failure.seen = 0;
});

describe('the writer when the disk fails midway', () => {
  it.each([
    ['ENOSPC', /no space left on the device/],
    ['EROFS', /permission denied \(is the folder read-only\?\)/],
    ['EACCES', /permission denied/],
    ['EIO', /EIO/],
  ])('%s: a user error with a plain reason, the old output as it was, no staging folder left', async (code, reason) => {
    const sandbox = await makeSandbox({});
    const out = join(sandbox.dir, 'out');
    await writeOutput(out, files('old'));
    const before = await snapshotTree(out);
    failure.code = code;
    failure.after = 40;
    const error = await writeOutput(out, files('new')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(String((error as Error).message)).toMatch(reason);
    expect(String((error as Error).message)).toMatch(/previous output was left as it was/);
    expect(await snapshotTree(out)).toEqual(before);
    expect((await readdir(sandbox.dir)).sort()).toEqual(['out', 'site']);
    // The next build, with a working disk, goes through.
    delete failure.code;
    await writeOutput(out, files('new'));
    expect(await snapshotTree(out)).not.toEqual(before);
  });
});
