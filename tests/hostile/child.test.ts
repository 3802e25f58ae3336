/**
 * The compiled command line, as a CI job runs it, on one site that holds
 * the whole hostile corpus at once (and links out of the site, a glossary
 * of aliases, locale files nested without end): every command and report
 * format, and misuses of the command line. Every run exits 0, 1 or 2 with a
 * message, never with a stack trace or a signal, within its time; nothing
 * is written outside the output folder (and the site's cache folder).
 */
import { readdirSync, readFileSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changedPaths, expectCleanRun, GOOD_PAIR, makeSandbox, runChild, snapshotTree, writtenOutside, type Sandbox } from '../helpers/hostile.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/hostile');

let sandbox: Sandbox;
let before: Map<string, string>;

beforeAll(async () => {
  const files: Record<string, string | Uint8Array> = { ...GOOD_PAIR };
  for (const name of readdirSync(join(FIXTURES, 'articles'))) files[`articles/hostile/${name}`] = readFileSync(join(FIXTURES, 'articles', name));
  files['locales/glossary.yaml'] = readFileSync(join(FIXTURES, 'site-files', 'glossary-billion-laughs.yaml'));
  files['locales/ko/deep.json'] = readFileSync(join(FIXTURES, 'site-files', 'locale-deep.json'));
  files['locales/en/proto.json'] = readFileSync(join(FIXTURES, 'site-files', 'locale-proto.json'));
  files['articles/deep/lists.ko.md'] = `---\ntitle: 목록\ndate: 2026-01-17\n---\n\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- 항목`).join('\n')}\n`;
  sandbox = await makeSandbox(files);
  mkdirSync(join(sandbox.dir, 'elsewhere'));
  writeFileSync(join(sandbox.dir, 'elsewhere', 'secret.en.md'), '---\ntitle: Secret\ndate: 2026-01-17\n---\n\nSECRET\n');
  symlinkSync(join(sandbox.dir, 'elsewhere', 'secret.en.md'), join(sandbox.root, 'articles', 'secret.en.md'));
  symlinkSync(join(sandbox.dir, 'elsewhere'), join(sandbox.root, 'articles', 'elsewhere'));
  before = await snapshotTree(sandbox.dir);
}, 60_000);

const commands: Array<[string, string[], number[]]> = [
  ['check', ['check'], [1]],
  ['check --format json', ['check', '--format', 'json'], [1]],
  ['check --format sarif', ['check', '--format', 'sarif'], [1]],
  ['check --format github', ['check', '--format', 'github'], [1]],
  ['check --format html to a file', ['check', '--format', 'html', '--output', '{out}/review.html'], [1]],
  ['check --quiet --max-warnings 0', ['check', '--quiet', '--max-warnings', '0'], [1]],
  ['build', ['build', '--out', '{out}'], [1]],
  ['build --force --drafts --review', ['build', '--out', '{out}', '--force', '--drafts', '--review'], [0]],
  ['build --force --jobs 2', ['build', '--out', '{out}', '--force', '--jobs', '2'], [0]],
  ['bundle', ['bundle', '--out', '{out}/bundle.zip'], [1]],
  ['bundle --force', ['bundle', '--out', '{out}/bundle.zip', '--force'], [0]],
];

describe('the compiled CLI on a site of hostile files', () => {
  it.each(commands)('%s', async (_name, args, codes) => {
    const run = await runChild([...args.map((a) => a.replace('{out}', sandbox.out)), '--root', sandbox.root], { timeoutMs: 120_000 });
    expect(run.timedOut, `${args.join(' ')} did not finish`).toBe(false);
    expectCleanRun(run, args.join(' '));
    expect(codes).toContain(run.code);
    expect(`${run.stdout}${run.stderr}`).not.toContain('SECRET');
  }, 150_000);

  it('wrote nothing outside the output folder (the cache is in the user cache folder, not in the site)', async () => {
    expect(writtenOutside(changedPaths(before, await snapshotTree(sandbox.dir)), 'out')).toEqual([]);
  });
});

describe('misuse of the command line', () => {
  const misuses: Array<[string, string[]]> = [
    ['no command', []],
    ['an unknown command', ['publish']],
    ['an unknown option', ['check', '--colour']],
    ['a missing root', ['check', '--root', '/nonexistent/pairpress-site']],
    ['a root that is a file', ['check', '--root', '/etc/hostname']],
    ['an unknown format', ['check', '--format', 'xml']],
    ['a warning limit that is not a number', ['check', '--max-warnings', 'many']],
    ['a base URL that runs script', ['build', '--base-url', 'javascript:alert(1)']],
    ['jobs that are not a number', ['build', '--jobs', 'all']],
    ['a report path in a missing device folder', ['check', '--output', '/proc/pairpress/report.txt']],
    ['an output folder in /proc', ['build', '--out', '/proc/pairpress/out', '--force']],
    ['a bundle into a folder', ['bundle', '--force', '--out', '/']],
    ['a since that is not a date', ['bundle', '--since', 'yesterday']],
  ];

  it.each(misuses)('%s: exit 2 with a message', async (_what, args) => {
    const site = await makeSandbox(GOOD_PAIR);
    const run = await runChild(args, { cwd: site.root, timeoutMs: 60_000 });
    expect(run.timedOut).toBe(false);
    expectCleanRun(run, args.join(' '));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().length).toBeGreaterThan(0);
  }, 90_000);
});
