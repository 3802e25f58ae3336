/**
 * SPEC §8 through the command line: where settings come from, their
 * defaults, unknown keys named (exit 2), and a flag over a setting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeSite } from '../helpers/site.js';

/** 09:00 in Seoul is midnight UTC: the same instant only in the default time zone. */
const pair = {
  'articles/talks.ko.md': '---\ntitle: 한일 외교장관 회담\ndate: 2026-02-10T09:00:00\n---\n\n두 장관이 도쿄에서 만났다.\n',
  'articles/talks.en.md': '---\ntitle: Korean and Japanese foreign ministers meet\ndate: 2026-02-10T00:00:00Z\n---\n\nThe two ministers met in Tokyo.\n',
};

async function codeOf(files: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const run = await runCli(['check', '--root', await makeSite(files)]);
  return { code: run.code, stderr: run.stderr };
}

describe('settings', () => {
  it('default time zone is Asia/Seoul: a date-time without offset is read there', async () => {
    expect((await codeOf(pair)).code).toBe(0);
  });

  it('pairpress.config.json sets the time zone', async () => {
    const run = await codeOf({ ...pair, 'pairpress.config.json': '{"timeZone": "UTC"}' });
    expect(run.code).toBe(1);
  });

  it('without pairpress.config.json, the "pairpress" key of package.json is read', async () => {
    const pkg = JSON.stringify({ name: 'briefing', private: true, pairpress: { timeZone: 'UTC' } });
    expect((await codeOf({ ...pair, 'package.json': pkg })).code).toBe(1);
    const other = JSON.stringify({ name: 'briefing', private: true });
    expect((await codeOf({ ...pair, 'package.json': other })).code).toBe(0);
  });

  it('rules can be switched to warning or off', async () => {
    const warning = await runCli(['check', '--root', await makeSite({ ...pair, 'pairpress.config.json': '{"timeZone": "UTC", "rules": {"frontmatter-mismatch": "warning"}}' }), '--format', 'json']);
    expect(warning.code).toBe(0);
    const report = JSON.parse(warning.stdout) as { summary: { errors: number }; diagnostics: Array<{ rule: string; severity: string }> };
    expect(report.summary.errors).toBe(0);
    expect(report.diagnostics.filter((d) => d.rule === 'frontmatter-mismatch').map((d) => d.severity)).toEqual(['warning']);
    const off = await codeOf({ ...pair, 'pairpress.config.json': '{"timeZone": "UTC", "rules": {"frontmatter-mismatch": "off"}}' });
    expect(off.code).toBe(0);
  });

  it('every unknown key is named, nested ones with their path, and the run exits 2', async () => {
    const run = await codeOf({ ...pair, 'pairpress.config.json': '{"colour": "red", "rules": {"number-mismatches": "off"}, "limits": {"maxWords": 9}}' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"colour"/);
    expect(run.stderr).toMatch(/"rules\.number-mismatches"/);
    expect(run.stderr).toMatch(/"limits\.maxWords"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('settings that are not an object are an error, not defaults', async () => {
    for (const text of ['[]', '"Asia/Seoul"', 'null']) {
      const run = await codeOf({ ...pair, 'pairpress.config.json': text });
      expect(run.code, text).toBe(2);
      expect(run.stderr, text).toMatch(/must be a JSON object/);
    }
    const pkg = JSON.stringify({ name: 'briefing', pairpress: 'on' });
    expect((await codeOf({ ...pair, 'package.json': pkg })).code).toBe(2);
  });

  it('a bad value names its key', async () => {
    const run = await codeOf({ ...pair, 'pairpress.config.json': '{"rules": {"unpaired": "loud"}}' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"rules\.unpaired"/);
  });

  it('--base-url overrides baseUrl', async () => {
    const root = await makeSite({ ...pair, 'pairpress.config.json': '{"baseUrl": "https://config.example"}' });
    const run = await runCli(['build', '--root', root, '--base-url', 'https://flag.example/news']);
    expect(run.code).toBe(0);
    const page = readFileSync(join(root, 'output/ko/talks/index.html'), 'utf8');
    expect(page).toContain('href="https://flag.example/news/ko/talks/"');
    expect(page).not.toContain('config.example');
  });
});
