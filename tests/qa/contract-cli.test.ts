/**
 * SPEC §6 as an outside user meets it: usage errors, help, exit codes and
 * `--output`, driven through the command line only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { article, makeSite } from '../helpers/site.js';

const clean = {
  'articles/a.ko.md': article('항구 축제', '항구에서 축제가 열렸다.'),
  'articles/a.en.md': article('Harbour festival', 'A festival was held at the harbour.'),
};
/** one warning (unpaired), no error */
const warned = { ...clean, 'articles/b.en.md': article('Alone', 'This piece has no Korean version.') };

describe('usage', () => {
  it('with no command prints the usage on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Usage: pairpress/);
  });

  it('names an unknown command as such, on stderr, exit 2', async () => {
    const run = await runCli(['chekc']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'chekc'/);
  });

  it('every command takes --help (exit 0, usage on stdout) and --root', async () => {
    for (const command of ['check', 'build', 'new', 'bundle', 'dev']) {
      const run = await runCli([command, '--help']);
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toMatch(new RegExp(`Usage: pairpress ${command}`));
      expect(run.stdout, command).toMatch(/--root <dir>/);
    }
  });

  it('`help <command>` prints that command\'s usage, and --version the version', async () => {
    const help = await runCli(['help', 'check']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--max-warnings/);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('a missing or malformed option value is a usage error (exit 2)', async () => {
    for (const args of [['check', '--root'], ['check', '--max-warnings', '1.5'], ['build', '--base-url', 'news.example'], ['check', '--format', 'xml']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).not.toBe('');
    }
  });
});

describe('--max-warnings', () => {
  it('-1 means no limit, as in ESLint', async () => {
    const root = await makeSite(warned);
    expect((await runCli(['check', '--root', root, '--max-warnings', '-1'])).code).toBe(0);
    expect((await runCli(['check', '--root', root, '--max-warnings', '0'])).code).toBe(1);
  });
});

describe('--output', () => {
  it('makes the folders the report file needs', async () => {
    const root = await makeSite(warned);
    const run = await runCli(['check', '--root', root, '--format', 'json', '--output', 'reports/today/check.json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(root, 'reports/today/check.json'), 'utf8')) as { summary: { warnings: number } };
    expect(report.summary.warnings).toBe(1);
  });

  it('a place that cannot be written is a clean exit 2, not a crash', async () => {
    const root = await makeSite(clean);
    const run = await runCli(['check', '--root', root, '--output', 'articles'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write the report/);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    const underFile = await runCli(['check', '--root', root, '--output', 'articles/a.ko.md/report.txt'], { cwd: root });
    expect(underFile.code).toBe(2);
    expect(existsSync(join(root, 'articles/a.ko.md'))).toBe(true);
  });
});

describe('build', () => {
  const broken = {
    'articles/a.ko.md': '---\ntitle: 항구 축제\ndate: 2026-05-01\n---\n\n항구에서 축제가 열렸다.\n',
    'articles/a.en.md': '---\ntitle: Harbour festival\ndate: 2026-05-02\n---\n\nA festival was held at the harbour.\n',
  };

  it('with errors writes nothing (not even an empty output folder), reports on stderr, exits 1', async () => {
    const root = await makeSite(broken);
    const run = await runCli(['build', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/frontmatter-mismatch/);
    expect(existsSync(join(root, 'output'))).toBe(false);
  });

  it('--force publishes despite errors; --out is taken from the current folder', async () => {
    const root = await makeSite(broken);
    const run = await runCli(['build', '--root', root, '--force', '--out', 'site'], { cwd: root });
    expect(run.code).toBe(0);
    expect(existsSync(join(root, 'site/ko/a/index.html'))).toBe(true);
    expect(existsSync(join(root, 'site/en/a/index.html'))).toBe(true);
  });
});

describe('a root without articles/', () => {
  it('is checked (exit 0) but says on stderr that nothing was there to check', async () => {
    const root = await makeSite({ 'locales/ko/common.json': '{}', 'locales/en/common.json': '{}' });
    const run = await runCli(['check', '--root', root, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.articles).toBe(0);
    expect(run.stderr).toMatch(/no articles\/ folder/);
    const site = await makeSite(clean);
    expect((await runCli(['check', '--root', site])).stderr).not.toMatch(/no articles\/ folder/);
  });
});
