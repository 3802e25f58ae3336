import { lstatSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { listSpare, stillListed } from '../../src/publish/spare-listing.js';
import { seedSpare } from '../../src/publish/spare-seed.js';
import { writeOutput } from '../../src/publish/write.js';
import { snapshot } from '../helpers/snapshot.js';

// The real seeding, watched: whether a write asks for a spare is not left to a race between the seeding and the swap.
vi.mock('../../src/publish/spare-seed.js', async (original) => {
  const real = await original<typeof import('../../src/publish/spare-seed.js')>();
  return { seedSpare: vi.fn(real.seedSpare) };
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pairpress-spare-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An output written twice, so that the first output is kept as the spare. */
async function keptOutput(): Promise<{ dir: string; out: string; spare: string }> {
  const dir = folder();
  const out = join(dir, 'output');
  const spare = join(dir, 'cache/spare');
  await writeOutput(out, files('one'), { spare });
  await writeOutput(out, files('two'), { spare });
  return { dir, out, spare };
}

const files = (version: string) =>
  ['index.html', 'en/pier/index.html', 'ko/pier/index.html', 'en/feed.json'].map((path) => ({ path, content: `${version}: ${path}` }));

describe('the listing of a kept output, made while the build runs', () => {
  it('names every folder, and every file with its inode', async () => {
    const dir = folder();
    await mkdir(join(dir, 'en/pier'), { recursive: true });
    await writeFile(join(dir, 'en/pier/index.html'), 'page');
    symlinkSync('/etc/hostname', join(dir, 'en/link'));
    const listing = await listSpare(dir);
    expect(listing?.entries).toEqual(
      new Map<string, number | true>([
        ['en', true],
        ['en/pier', true],
        ['en/pier/index.html', lstatSync(join(dir, 'en/pier/index.html')).ino],
        ['en/link', 0],
      ]),
    );
    expect(await listSpare(join(dir, 'missing'))).toBeUndefined();
  });

  it('holds only while the folder is the one listed', async () => {
    const dir = folder();
    const spare = join(dir, 'spare');
    await mkdir(join(spare, 'en'), { recursive: true });
    const listing = (await listSpare(spare))!;
    expect(stillListed(spare, listing)).toBe(true);
    expect(stillListed(join(dir, 'other'), listing)).toBe(false);
    // taken by another build and given back: renamed away and back
    await rename(spare, join(dir, 'taken'));
    await rename(join(dir, 'taken'), spare);
    expect(stillListed(spare, listing)).toBe(false);
    const again = (await listSpare(spare))!;
    await writeFile(join(spare, 'added.html'), 'added');
    expect(stillListed(spare, again)).toBe(false);
  });

  it('is not used once the folder changed: what it did not list is not published', async () => {
    const { dir, out, spare } = await keptOutput();
    const listing = listSpare(spare);
    await listing;
    // another build takes the kept folder, leaves a file in it, and gives it back
    await rename(spare, join(dir, 'taken'));
    await writeFile(join(dir, 'taken/en/pier/planted.html'), 'planted');
    await rename(join(dir, 'taken'), spare);
    await writeOutput(out, files('three'), { spare, listing });
    await writeOutput(join(dir, 'fresh'), files('three'));
    expect(await snapshot(out)).toEqual(await snapshot(join(dir, 'fresh')));
  });

  it('still describes the folder when nothing took it, and a write with it ends as a fresh build would', async () => {
    const { dir, out, spare } = await keptOutput();
    await writeFile(join(spare, 'planted.html'), 'planted');
    const listing = listSpare(spare);
    expect((await listing)?.entries.has('planted.html')).toBe(true);
    expect(stillListed(spare, (await listing)!)).toBe(true);
    await writeOutput(out, files('three'), { spare, listing });
    expect(await readFile(join(out, 'en/pier/index.html'), 'utf8')).toBe('three: en/pier/index.html');
    await writeOutput(join(dir, 'fresh'), files('three'));
    expect(await snapshot(out)).toEqual(await snapshot(join(dir, 'fresh')));
  });
});

describe('the spare of a first build', () => {
  it('is made of empty folders, and the next build takes it as its staging folder', async () => {
    const dir = folder();
    const out = join(dir, 'output');
    const spare = join(dir, 'cache/spare');
    vi.mocked(seedSpare).mockClear();
    await writeOutput(out, files('one'), { spare });
    expect(seedSpare).toHaveBeenCalledTimes(1);
    const seeded = await listSpare(spare);
    expect([...(seeded?.entries ?? [])].sort()).toEqual([
      ['en', true],
      ['en/pier', true],
      ['ko', true],
      ['ko/pier', true],
    ]);
    // Taken by the next build: renamed into the output's place, it is the output now, and the first output is kept instead.
    const { ino } = lstatSync(spare);
    await writeOutput(out, files('two'), { spare, listing: Promise.resolve(seeded) });
    expect(lstatSync(out).ino).toBe(ino);
    expect(await readFile(join(spare, 'en/pier/index.html'), 'utf8')).toBe('one: en/pier/index.html');
    await writeOutput(join(dir, 'fresh'), files('two'));
    expect(await snapshot(out)).toEqual(await snapshot(join(dir, 'fresh')));
    // The output folder can be served as a fresh one can: the spare was not made private.
    expect(lstatSync(out).mode).toBe(lstatSync(join(dir, 'fresh')).mode);
  });

  it('is not taken by a write that refuses a path outside the output', async () => {
    const dir = folder();
    const out = join(dir, 'output');
    const spare = join(dir, 'cache/spare');
    await writeOutput(out, files('one'), { spare });
    const { ino } = lstatSync(spare);
    await expect(writeOutput(out, [...files('two'), { path: '../escape.html', content: 'x' }], { spare })).rejects.toThrow(/outside the output/);
    expect(lstatSync(spare).ino).toBe(ino);
    expect(await readFile(join(out, 'en/pier/index.html'), 'utf8')).toBe('one: en/pier/index.html');
  });

  it('is not made when an output is there to keep', async () => {
    const dir = folder();
    const out = join(dir, 'output');
    const spare = join(dir, 'cache/spare');
    await writeOutput(out, files('one'));
    vi.mocked(seedSpare).mockClear();
    await writeOutput(out, files('two'), { spare });
    expect(seedSpare).not.toHaveBeenCalled();
    expect(await readFile(join(spare, 'en/pier/index.html'), 'utf8')).toBe('one: en/pier/index.html');
  });
});
