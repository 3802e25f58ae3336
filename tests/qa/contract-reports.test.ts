/**
 * SPEC §6.1 end to end: the json document, SARIF 2.1.0 and GitHub workflow
 * commands for one site with findings in several files, and `--output`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeSite } from '../helpers/site.js';
import type { Diagnostic } from '../../src/types.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const FILES: Record<string, string> = {
  // a different instant and a number with no counterpart (errors), a stale translation (warning)
  'articles/2026/02/port.ko.md': '---\ntitle: 인천항 물동량\ndate: 2026-02-03T09:00:00+09:00\nupdated: 2026-02-05\n---\n\n인천항 물동량이 12% 늘었다.\n',
  'articles/2026/02/port.en.md': '---\ntitle: Incheon port volumes\ndate: 2026-02-03T09:00:00Z\n---\n\nVolumes at Incheon port rose 15%.\n',
  // Hangul in the file name, alone: unpaired (warning)
  'articles/2026/02/항만.ko.md': '---\ntitle: 항만 소식\ndate: 2026-02-04\nslug: harbour-news\n---\n\n항만 소식을 전한다.\n',
  // a locale key in English only (error)
  'locales/ko/common.json': '{\n  "nav": { "home": "홈" }\n}\n',
  'locales/en/common.json': '{\n  "nav": { "home": "Home", "archive": "Archive" }\n}\n',
};

interface JsonReport {
  version: number;
  summary: { articles: number; pairs: number; errors: number; warnings: number };
  diagnostics: Diagnostic[];
}

let root: string;
let json: JsonReport;

beforeAll(async () => {
  root = await makeSite(FILES);
  const run = await runCli(['check', '--root', root, '--format', 'json']);
  expect(run.code).toBe(1);
  json = JSON.parse(run.stdout) as JsonReport;
});

describe('json', () => {
  it('has exactly version, summary and diagnostics, with the counts', () => {
    expect(Object.keys(json)).toEqual(['version', 'summary', 'diagnostics']);
    expect(json.version).toBe(1);
    const errors = json.diagnostics.filter((d) => d.severity === 'error').length;
    expect(json.summary).toEqual({ articles: 3, pairs: 1, errors, warnings: json.diagnostics.length - errors });
    expect(new Set(json.diagnostics.map((d) => d.rule))).toEqual(
      new Set(['frontmatter-mismatch', 'number-mismatch', 'translation-stale', 'unpaired', 'locale-key-missing']),
    );
  });

  it('each diagnostic has the SPEC fields, 1-based, paths relative to the root with /', () => {
    const allowed = ['rule', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'key', 'related'];
    for (const d of json.diagnostics) {
      expect(Object.keys(d).every((k) => allowed.includes(k)), JSON.stringify(d)).toBe(true);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.endLine * 10_000 + d.endColumn).toBeGreaterThanOrEqual(d.line * 10_000 + d.column);
      expect(d.file).not.toMatch(/^\/|\\/);
      expect(readFileSync(join(root, d.file), 'utf8').length).toBeGreaterThan(0);
      if (d.related) {
        expect(Object.keys(d.related)).toEqual(['file', 'line', 'column']);
        expect(d.related.file).not.toMatch(/^\/|\\/);
      }
    }
    expect(json.diagnostics.find((d) => d.rule === 'unpaired')?.file).toBe('articles/2026/02/항만.ko.md');
    const locale = json.diagnostics.find((d) => d.rule === 'locale-key-missing')!;
    expect([locale.file, locale.line, 'key' in locale]).toEqual(['locales/en/common.json', 2, false]);
  });

  it('is sorted by file, line, column, rule', () => {
    const key = (d: Diagnostic) => [d.file, d.line, d.column, d.rule] as const;
    const sorted = [...json.diagnostics].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return 0;
    });
    expect(json.diagnostics.map(key)).toEqual(sorted.map(key));
    // two rules on the date line of the English version: alphabetical
    const onDate = json.diagnostics.filter((d) => d.file === 'articles/2026/02/port.en.md' && d.line === 3).map((d) => d.rule);
    expect(onDate).toEqual(['frontmatter-mismatch', 'translation-stale']);
  });

  it('--output writes the same document and nothing to stdout', async () => {
    const run = await runCli(['check', '--root', root, '--format', 'json', '--output', 'report.json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))).toEqual(json);
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0, one run, every rule in tool.driver.rules, results at the json places', async () => {
    const run = await runCli(['check', '--root', root, '--format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    const schema = JSON.parse(readFileSync('tests/fixtures/schemas/sarif-schema-2.1.0.json', 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    const ruleIds = sarifRun.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toHaveLength(14);
    expect(sarifRun.results).toHaveLength(json.diagnostics.length);
    sarifRun.results.forEach((result: { ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }, i: number) => {
      const d = json.diagnostics[i]!;
      expect(result.ruleId).toBe(d.rule);
      expect(ruleIds[result.ruleIndex]).toBe(d.rule);
      expect(result.level).toBe(d.severity);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(decodeURIComponent(artifactLocation.uri)).toBe(d.file);
      expect([region.startLine, region.startColumn]).toEqual([d.line, d.column]);
    });
  });
});

describe('github', () => {
  it('prints one ::error or ::warning line per finding, in the form SPEC §6.1 gives', async () => {
    const run = await runCli(['check', '--root', root, '--format', 'github']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(json.diagnostics.length);
    lines.forEach((line, i) => {
      const d = json.diagnostics[i]!;
      const match = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([a-z-]+)::(.+)$/.exec(line);
      expect(match, line).not.toBeNull();
      expect(match!.slice(1, 6)).toEqual([d.severity, d.file, String(d.line), String(d.column), d.rule]);
    });
  });
});
