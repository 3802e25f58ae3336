/**
 * The hostile corpus (tests/fixtures/hostile/articles): each file sits in a
 * small good site and goes through check and build. Each gives the
 * diagnostic listed here at a place inside the file, or is published as a
 * page, and no run crashes or writes outside its output folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import {
  changedPaths,
  expectCleanRun,
  GOOD_PAIR,
  makeSandbox,
  positionsOutside,
  snapshotTree,
  writtenOutside,
  type Positioned,
} from '../helpers/hostile.js';

const CORPUS = join(import.meta.dirname, '../fixtures/hostile/articles');

type Expected =
  /** left out with this finding; `line`, when given, is where it must be */
  | { rule: RuleId; message: RegExp; line?: number }
  /** read and published, at <lang>/<slug>/index.html */
  | { page: string };

const invalid = (message: RegExp, line?: number): Expected => ({ rule: 'frontmatter-invalid', message, ...(line !== undefined && { line }) });

const EXPECTED: Record<string, Expected> = {
  'empty.ko.md': invalid(/no front matter/, 1),
  'front-matter-only.en.md': { page: 'en/front-matter-only' },
  'unclosed-front-matter.ko.md': invalid(/front matter is not closed/, 1),
  'no-front-matter.en.md': invalid(/no front matter/, 1),
  'yaml-syntax.ko.md': invalid(/YAML syntax/),
  'yaml-billion-laughs.en.md': invalid(/aliases .* expand too far/),
  'yaml-deep-nesting.ko.md': invalid(/nested too deeply/, 4),
  'yaml-deep-flow.en.md': invalid(/nested too deeply/, 4),
  'yaml-merge-keys.ko.md': invalid(/"(title|date)" is required/),
  'yaml-custom-tags.en.md': invalid(/"date"|"tags"/),
  'duplicate-keys.ko.md': invalid(/keys must be unique/, 3),
  'binary.ko.md': invalid(/invalid UTF-8 at byte offset 0\b/, 1),
  'invalid-utf8.en.md': invalid(/invalid UTF-8 at byte offset 51\b/, 1),
  'utf16le-bom.ko.md': invalid(/UTF-16/, 1),
  'utf16be-bom.en.md': invalid(/UTF-16/, 1),
  'nul-and-controls.en.md': { page: 'en/nul-and-controls' },
  'lone-surrogates.ko.md': { page: 'ko/lone-surrogates' },
  'no-language.md': invalid(/cannot tell the language/, 1),
  'lang-disagrees.ko.md': invalid(/disagrees with the file name/, 4),
  'slug-traversal.ko.md': invalid(/"slug" may contain only/, 4),
  'slug-absolute.en.md': invalid(/"slug" may contain only/, 4),
  'slug-url-encoded.ko.md': invalid(/"slug" may contain only/, 4),
  'slug-windows.en.md': invalid(/"slug" may contain only/, 4),
  'slug-reserved.ko.md': invalid(/reserved device name on Windows/, 4),
  'aux.en.md': invalid(/reserved device name on Windows/),
  // A translation key is data, never a path: these publish under their file's slug.
  'key-traversal.ko.md': { page: 'ko/key-traversal' },
  'key-traversal.en.md': { page: 'en/key-traversal' },
  'key-absolute.ko.md': { page: 'ko/key-absolute' },
  'key-url-encoded.en.md': { page: 'en/key-url-encoded' },
  'key-windows.ko.md': { page: 'ko/key-windows' },
  'key-control.en.md': { page: 'en/key-control' },
  'date-impossible.ko.md': invalid(/"date" is not a real date/, 3),
  'date-far.en.md': { page: 'en/date-far' },
  'names-malformed.ko.md': invalid(/"names\.\d/, 4),
  'ignore-unknown.en.md': invalid(/"ignore\.0"/, 4),
  'html-comment-unclosed.ko.md': { page: 'ko/html-comment-unclosed' },
};

const FIXTURES = readdirSync(CORPUS).sort();

describe('the hostile corpus', () => {
  it('has an expectation for every file, and a file for every expectation', () => {
    expect(FIXTURES).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(FIXTURES)('%s: a clear diagnostic or a page; no crash; nothing written outside --out', async (name) => {
    const expected = EXPECTED[name]!;
    const path = `articles/hostile/${name}`;
    const sandbox = await makeSandbox({ ...GOOD_PAIR, [path]: readFileSync(join(CORPUS, name)) });
    const before = await snapshotTree(sandbox.dir);

    const check = await runCli(['check', '--root', sandbox.root, '--format', 'json', '--no-cache']);
    expectCleanRun(check, `check ${name}`);
    const diagnostics = (JSON.parse(check.stdout) as { diagnostics: Array<Positioned & { rule: RuleId; message: string; severity: string }> }).diagnostics;
    expect(await positionsOutside(sandbox.root, diagnostics)).toEqual([]);
    const own = diagnostics.filter((d) => d.file === path);

    const build = await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--no-cache']);
    expectCleanRun(build, `build ${name}`);
    const forced = await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--force', '--no-cache']);
    expectCleanRun(forced, `build --force ${name}`);
    expect(forced.code).toBe(0);
    // The good pair is always published.
    expect(existsSync(join(sandbox.out, 'ko/summit/index.html'))).toBe(true);

    if ('rule' in expected) {
      const finding = own.find((d) => d.rule === expected.rule && expected.message.test(d.message));
      expect(finding, JSON.stringify(own, null, 1)).toBeDefined();
      expect(finding!.severity).toBe('error');
      if (expected.line !== undefined) expect(finding!.line).toBe(expected.line);
      expect(check.code).toBe(1);
      expect(build.code).toBe(1);
      expect(build.stderr).toMatch(/Nothing was written/);
    } else {
      expect(own.filter((d) => d.severity === 'error'), JSON.stringify(own, null, 1)).toEqual([]);
      expect(existsSync(join(sandbox.out, expected.page, 'index.html'))).toBe(true);
    }
    expect(writtenOutside(changedPaths(before, await snapshotTree(sandbox.dir)), 'out')).toEqual([]);
  });
});
