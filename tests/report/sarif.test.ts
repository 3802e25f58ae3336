import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY } from '../../src/check/rules/index.js';
import { formatReport } from '../../src/report/index.js';
import { TOOL_VERSION } from '../../src/version.js';
import { awkward, dateMismatch, RULE_INFO, sampleResult, structureMismatch } from './sample.js';

const here = import.meta.dirname;
const schema = JSON.parse(readFileSync(join(here, '../fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const options = { color: false, rules: RULE_INFO };

function sarifOf(diagnostics = [dateMismatch, structureMismatch, awkward]) {
  const text = formatReport('sarif', sampleResult(diagnostics), options);
  return { text, log: JSON.parse(text) };
}

describe('sarif reporter', () => {
  it('is valid SARIF 2.1.0 with findings and without', () => {
    for (const diagnostics of [[dateMismatch, structureMismatch, awkward], []]) {
      const { log } = sarifOf(diagnostics);
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the schema check is real: it rejects a broken log', () => {
    const { log } = sarifOf();
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('lists every rule in tool.driver.rules with help and default level', () => {
    const { log } = sarifOf();
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('pairpress');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_INFO.map((r) => r.id));
    for (const [i, info] of RULE_INFO.entries()) {
      const rule = driver.rules[i];
      expect(rule.shortDescription.text).toBe(info.description);
      expect(rule.help.text).toBe(info.help);
      expect(rule.defaultConfiguration.level).toBe(DEFAULT_SEVERITY[info.id]);
    }
  });

  it('points each result at its rule, file and region', () => {
    const { log } = sarifOf();
    const { results, tool, originalUriBaseIds } = log.runs[0];
    expect(results).toHaveLength(3);
    const [first, second, third] = results;
    expect(tool.driver.rules[first.ruleIndex].id).toBe('date-mismatch');
    expect(first).toMatchObject({
      ruleId: 'date-mismatch',
      level: 'error',
      message: { text: dateMismatch.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'articles/2026/01/coast-guard.en.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 22 },
          },
        },
      ],
    });
    expect(first.relatedLocations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'articles/2026/01/coast-guard.ko.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 11, startColumn: 1 },
    });
    expect(second.level).toBe('warning');
    expect(second.relatedLocations).toBeUndefined();
    expect(tool.driver.rules[third.ruleIndex].id).toBe('locale-key-missing');
    // a path with Hangul and a space is a valid URI reference
    expect(third.locations[0].physicalLocation.artifactLocation.uri).toBe('locales/en/a%2Cb%3Ac%20%EA%B3%B5%ED%86%B5.json');
    expect(originalUriBaseIds['%SRCROOT%']).toBeDefined();
  });

  it('adds a rule the registry did not list rather than drop the finding', () => {
    const text = formatReport('sarif', sampleResult([{ ...structureMismatch, rule: 'untranslated' }]), options);
    const log = JSON.parse(text);
    const rules = log.runs[0].tool.driver.rules;
    expect(rules[log.runs[0].results[0].ruleIndex].id).toBe('untranslated');
    expect(validate(log)).toBe(true);
  });

  it('reports the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8'));
    expect(TOOL_VERSION).toBe(pkg.version);
    expect(sarifOf().log.runs[0].tool.driver.version).toBe(pkg.version);
  });
});
