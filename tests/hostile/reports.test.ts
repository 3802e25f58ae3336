/**
 * Text from a hostile site in the reports a CI job prints: file names and
 * translation keys with line breaks, terminal escape sequences and bidi
 * overrides cannot add, hide or restyle report lines.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { articleText, expectCleanRun, makeSandbox } from '../helpers/hostile.js';

const EVIL = 'evil\n\u001b[2J\u001b[8mhidden\r\u202Eeman';

describe('reports of a hostile site', () => {
  it.each(['text', 'github'])('%s: one line per finding, no control characters, no bidi overrides', async (format) => {
    const sandbox = await makeSandbox({
      [`articles/${EVIL}.ko.md`]: articleText({ title: '제목', date: '2026-01-17', translationKey: JSON.stringify(`key ${EVIL}`) }, '본문.'),
    });
    const run = await runCli(['check', '--root', sandbox.root, '--format', format, '--no-cache']);
    expectCleanRun(run);
    const findings = run.stdout.split('\n').filter((line) => /unpaired/.test(line));
    expect(findings).toHaveLength(1);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(findings[0]).toContain('\\u001b[2J');
  });
});
