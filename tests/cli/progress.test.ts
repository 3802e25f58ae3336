/** Progress of long runs: a bar on a terminal, plain lines elsewhere; and the CLI's html review outputs. */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { createProgress, formatDuration } from '../../src/cli/progress.js';
import { runCli } from '../helpers/cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/browser/site');

function captureIO(): { io: CliIO; err: () => string } {
  let err = '';
  return {
    io: { stdout: () => undefined, stderr: (t) => (err += t), isTTY: false, env: {}, cwd: '/' },
    err: () => err,
  };
}

/** A clock the test moves by hand. */
function clock(): { now: () => number; advance(ms: number): void } {
  let t = 1000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('progress', () => {
  it('writes plain lines without a terminal: one per quarter of a large site, then the timing line', () => {
    const { io, err } = captureIO();
    const time = clock();
    const progress = createProgress(io, { interactive: false, now: time.now });
    for (let done = 0; done <= 200; done++) progress.hooks.onProgress!(done, 200);
    time.advance(40);
    progress.hooks.onStage!('load', 40);
    time.advance(12);
    progress.hooks.onStage!('check', 12);
    progress.summary();
    expect(err()).toBe(
      'read 50/200 articles\nread 100/200 articles\nread 150/200 articles\nread 200/200 articles\n' +
        '200 articles: read 40 ms, check 12 ms, total 52 ms\n',
    );
    expect(err()).not.toMatch(/[\r\u001b]/);
  });

  it('says nothing but the timing line for a small site', () => {
    const { io, err } = captureIO();
    const progress = createProgress(io, { interactive: false });
    for (let done = 0; done <= 3; done++) progress.hooks.onProgress!(done, 3);
    progress.summary();
    expect(err().split('\n').filter(Boolean)).toHaveLength(1);
    expect(err()).toMatch(/^3 articles: total \d+ ms\n$/);
  });

  it('draws a bar in place on a terminal and clears it before the report', () => {
    const { io, err } = captureIO();
    const time = clock();
    const progress = createProgress(io, { interactive: true, now: time.now, columns: 60 });
    progress.hooks.onProgress!(0, 4);
    time.advance(100);
    progress.hooks.onProgress!(2, 4);
    progress.hooks.onProgress!(3, 4); // too soon after the last redraw: skipped
    progress.hooks.onProgress!(4, 4); // the last one is always drawn
    const drawn = err();
    expect(drawn.match(/\r\u001b\[2KReading articles/g)).toHaveLength(3);
    expect(drawn).toContain('0/4');
    expect(drawn).toContain('2/4');
    expect(drawn).not.toContain('3/4');
    expect(drawn).toMatch(/█{20} 4\/4$/);
    progress.hooks.onStage!('load', 100);
    expect(err().endsWith('\r\u001b[2K')).toBe(true);
    progress.summary();
    expect(err()).toMatch(/\n?4 articles: read 100 ms, total \d+ ms\n$/);
  });

  it('formats durations for people', () => {
    expect(formatDuration(35.4)).toBe('35 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });

  it('check and build print plain progress in CI, on stderr only', async () => {
    const check = await runCli(['check', '--root', FIXTURE, '--format', 'json']);
    expect(() => JSON.parse(check.stdout)).not.toThrow();
    expect(check.stderr).toMatch(/^4 articles: read \d+ ms, check \d+ ms, total \d+ ms$/m);
    expect(check.stderr).not.toMatch(/[\r\u001b]/);
    const quiet = await runCli(['check', '--root', FIXTURE, '--quiet']);
    expect(quiet.stderr).toBe('');
  });
});

describe('html review from the CLI', () => {
  it('check --format html --output writes the review page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pairpress-review-'));
    const run = await runCli(['check', '--root', FIXTURE, '--format', 'html', '--output', 'review.html'], { cwd: dir });
    expect(run.code).toBe(1);
    const document = parseHTML(await readFile(join(dir, 'review.html'), 'utf8')).document;
    expect(document.querySelector('h1')?.textContent).toBe('Translation review');
    expect(document.querySelectorAll('section.pair')).toHaveLength(2);
    expect(document.querySelectorAll('mark.at').length).toBeGreaterThan(0);
  });

  it('build --review writes _review/index.html into the output, build without it does not', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pairpress-review-'));
    await cp(FIXTURE, root, { recursive: true });
    const run = await runCli(['build', '--root', root, '--force', '--review'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Review page: output/_review/index.html');
    const html = await readFile(join(root, 'output/_review/index.html'), 'utf8');
    expect(html).toContain('<mark');
    expect((await runCli(['build', '--root', root, '--force'])).code).toBe(0);
    expect(existsSync(join(root, 'output/_review/index.html'))).toBe(false);
  });

  it('build --review with errors and no --force writes nothing and points at check --format html', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pairpress-review-'));
    await cp(FIXTURE, root, { recursive: true });
    const run = await runCli(['build', '--root', root, '--review']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('check --format html --output review.html');
    expect(existsSync(join(root, 'output'))).toBe(false);
  });
});
