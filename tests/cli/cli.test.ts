import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { article, makeSite } from '../helpers/site.js';

const clean = {
  'articles/a.ko.md': article('가', '본문입니다.'),
  'articles/a.en.md': article('A', 'The body.'),
};

describe('exit codes', () => {
  it('exits 0 on a clean site', async () => {
    const root = await makeSite(clean);
    const run = await runCli(['check', '--root', root, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toEqual({ articles: 2, pairs: 1, errors: 0, warnings: 0 });
  });

  it('exits 1 on errors, and on more warnings than --max-warnings allows', async () => {
    const broken = await makeSite({ ...clean, 'articles/b.en.md': '---\ntitle: x\n---\n' });
    expect((await runCli(['check', '--root', broken])).code).toBe(1);
    const warned = await makeSite({ ...clean, 'articles/c.en.md': article('Alone', 'Body') });
    expect((await runCli(['check', '--root', warned])).code).toBe(0);
    expect((await runCli(['check', '--root', warned, '--max-warnings', '0'])).code).toBe(1);
    expect((await runCli(['check', '--root', warned, '--max-warnings', '1'])).code).toBe(0);
  });

  it('--quiet reports errors only, but warnings still count against --max-warnings (as in ESLint)', async () => {
    const warned = await makeSite({ ...clean, 'articles/c.en.md': article('Alone', 'Body') });
    const quiet = await runCli(['check', '--root', warned, '--quiet', '--format', 'json']);
    expect(JSON.parse(quiet.stdout).diagnostics).toEqual([]);
    expect(quiet.code).toBe(0);
    const limited = await runCli(['check', '--root', warned, '--quiet', '--format', 'json', '--max-warnings', '0']);
    expect(JSON.parse(limited.stdout).diagnostics).toEqual([]);
    expect(limited.code).toBe(1);
    expect(limited.stderr).toMatch(/too many warnings \(maximum: 0\)/);
  });

  it('exits 2 on usage errors, with the message on stderr', async () => {
    const bad = await runCli(['check', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/xml/);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['check', '--max-warnings', 'many'])).code).toBe(2);
  });

  it('exits 2 on an unreadable root or invalid settings, without a stack trace', async () => {
    const missing = await runCli(['check', '--root', '/nonexistent/site']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const root = await makeSite({ ...clean, 'pairpress.config.json': '{"baseUrl": "https://x.example", "colour": "red"}' });
    const settings = await runCli(['check', '--root', root]);
    expect(settings.code).toBe(2);
    expect(settings.stderr).toMatch(/colour/);
  });

  it('prints help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/check/);
    expect(run.stdout).toMatch(/build/);
  });
});

describe('the installed command', () => {
  it('runs through the package bin', async () => {
    const bin = join(process.cwd(), 'dist/bundle/main.js');
    expect(existsSync(bin)).toBe(true);
    const root = await makeSite(clean);
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'check', '--root', root, '--format', 'json']);
    expect(JSON.parse(stdout).summary.pairs).toBe(1);
  });
});
