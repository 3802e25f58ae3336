/** The reporters through `pairpress check --format …`, on a real site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { article, makeSite } from '../helpers/site.js';

const here = import.meta.dirname;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** A pair that disagrees on category and has one heading too few in English, plus a lone article. */
async function site(): Promise<string> {
  return makeSite({
    'articles/2026/01/drill.ko.md': article('해경 훈련', '## 훈련 내용\n\n해경은 서해에서 훈련했다.\n\n## 평가\n\n성과가 있었다.', 'category: security\n'),
    'articles/2026/01/drill.en.md': article('Coast guard drill', '## The drill\n\nThe coast guard trained in the Yellow Sea.\n\nIt went well.', 'category: defense\n'),
    'articles/2026/01/alone.ko.md': article('번역 없는 기사', '아직 번역되지 않았다.'),
  });
}

describe('check --format', () => {
  it('github prints one workflow command per finding', async () => {
    const root = await site();
    const json = JSON.parse((await runCli(['check', '--root', root, '--format', 'json'])).stdout) as { diagnostics: Diagnostic[] };
    expect(json.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['frontmatter-mismatch', 'structure-mismatch', 'unpaired']));
    const run = await runCli(['check', '--root', root, '--format', 'github']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(json.diagnostics.length);
    for (const [i, d] of json.diagnostics.entries()) {
      expect(lines[i]).toMatch(new RegExp(`^::${d.severity} file=${d.file.replace(/[./]/g, '\\$&')},line=${d.line},col=${d.column},title=${d.rule}::`));
    }
  });

  it('sarif is valid SARIF 2.1.0 and lists every rule', async () => {
    const run = await runCli(['check', '--root', await site(), '--format', 'sarif']);
    const log = JSON.parse(run.stdout);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(here, '../fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const ids = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['frontmatter-mismatch', 'structure-mismatch', 'unpaired', 'name-missing']));
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(3);
  });

  it('text ends with the summary and has no colour when not on a terminal', async () => {
    const run = await runCli(['check', '--root', await site()]);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^✖ \d+ problems \(\d+ errors?, \d+ warnings?\) in 3 articles, 1 pair$/);
  });
});
