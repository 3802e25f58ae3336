/**
 * Hostile site files (tests/fixtures/hostile/site-files): glossaries,
 * locale files and settings that are binary, nested without end, built of
 * aliases, or shaped to pollute prototypes. A glossary or locale file gets
 * a diagnostic at a place inside it; broken settings stop the run with
 * exit 2 and a message naming the file, never a stack trace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { changedPaths, expectCleanRun, GOOD_PAIR, makeSandbox, positionsOutside, snapshotTree, writtenOutside, type Positioned } from '../helpers/hostile.js';

const FILES = join(import.meta.dirname, '../fixtures/hostile/site-files');

type Expected = { place: string; rule: RuleId; message: RegExp } | { place: string; exit2: RegExp } | { place: string; builds: true };

const EXPECTED: Record<string, Expected> = {
  'glossary-billion-laughs.yaml': { place: 'locales/glossary.yaml', rule: 'glossary-invalid', message: /entry 2: "ko" must be a name/ },
  'glossary-deep.yaml': { place: 'locales/glossary.yaml', rule: 'glossary-invalid', message: /nested too deeply/ },
  'glossary-binary.yaml': { place: 'locales/glossary.yaml', rule: 'glossary-invalid', message: /must be a list of entries/ },
  'glossary-not-a-list.yaml': { place: 'locales/glossary.yaml', rule: 'glossary-invalid', message: /must be a list of entries/ },
  'glossary-controls.yaml': { place: 'locales/glossary.yaml', rule: 'glossary-invalid', message: /entry 3: "ko"/ },
  'locale-binary.json': { place: 'locales/ko/hostile.json', rule: 'locale-key-missing', message: /not a JSON object/ },
  'locale-deep.json': { place: 'locales/ko/hostile.json', rule: 'locale-key-missing', message: /nested more than 64 levels/ },
  'locale-array.json': { place: 'locales/ko/hostile.json', rule: 'locale-key-missing', message: /not a JSON object/ },
  'locale-proto.json': { place: 'locales/ko/hostile.json', rule: 'locale-key-missing', message: /no English counterpart/ },
  // $t() nesting that loops, recurses through options, and doubles at each of 40 levels
  'locale-common-nesting-bomb.json': { place: 'locales/ko/common.json', builds: true },
  'settings-binary.json': { place: 'pairpress.config.json', exit2: /pairpress\.config\.json: not valid JSON/ },
  'settings-array.json': { place: 'pairpress.config.json', exit2: /pairpress\.config\.json: .*JSON object/ },
  'settings-proto.json': { place: 'pairpress.config.json', exit2: /pairpress\.config\.json: unknown setting "__proto__"/ },
  'settings-bad-url.json': { place: 'pairpress.config.json', exit2: /pairpress\.config\.json: "baseUrl"/ },
  'settings-bad-limits.json': { place: 'pairpress.config.json', exit2: /"limits\.maxArticleBytes".*"limits\.maxLineLength"/ },
  'settings-deep.json': { place: 'pairpress.config.json', exit2: /pairpress\.config\.json: "title"/ },
};

const NAMES = readdirSync(FILES).sort();

describe('hostile site files', () => {
  it('has an expectation for every file', () => {
    expect(NAMES).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(NAMES)('%s', async (name) => {
    const expected = EXPECTED[name]!;
    const sandbox = await makeSandbox({ ...GOOD_PAIR, [expected.place]: readFileSync(join(FILES, name)) });
    const before = await snapshotTree(sandbox.dir);
    const check = await runCli(['check', '--root', sandbox.root, '--format', 'json', '--no-cache']);
    expectCleanRun(check, name);
    const build = await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--force', '--no-cache']);
    expectCleanRun(build, name);
    const bundle = await runCli(['bundle', '--root', sandbox.root, '--out', join(sandbox.out, 'bundle.zip'), '--force']);
    expectCleanRun(bundle, name);
    if ('exit2' in expected) {
      for (const run of [check, build, bundle]) {
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(expected.exit2);
        // printable: the quoted bytes of a binary file do not reach the terminal
        expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      }
    } else if ('builds' in expected) {
      expect(build.code).toBe(0);
      expect(bundle.code).toBe(0);
      expect(readFileSync(join(sandbox.out, 'ko', 'index.html'), 'utf8').length).toBeLessThan(1_000_000);
    } else {
      const diagnostics = (JSON.parse(check.stdout) as { diagnostics: Array<Positioned & { rule: RuleId; message: string }> }).diagnostics;
      const own = diagnostics.filter((d) => d.file === expected.place);
      expect(own.some((d) => d.rule === expected.rule && expected.message.test(d.message)), JSON.stringify(own, null, 1)).toBe(true);
      expect(await positionsOutside(sandbox.root, diagnostics)).toEqual([]);
      expect(build.code).toBe(0);
      expect(bundle.code).toBe(0);
    }
    // No prototype was polluted by keys named __proto__ or constructor.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).baseUrl).toBeUndefined();
    expect(writtenOutside(changedPaths(before, await snapshotTree(sandbox.dir)), 'out')).toEqual([]);
  });
});
