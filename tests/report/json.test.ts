import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { awkward, dateMismatch, RULE_INFO, sampleResult, structureMismatch } from './sample.js';

const options = { color: false, rules: RULE_INFO };

describe('json reporter', () => {
  it('writes the SPEC §6.1 document: version, summary and diagnostics in order', () => {
    const text = formatReport('json', sampleResult(), options);
    expect(text.endsWith('\n')).toBe(true);
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['version', 'summary', 'diagnostics']);
    expect(doc.version).toBe(1);
    expect(doc.summary).toEqual({ articles: 4, pairs: 2, errors: 2, warnings: 1 });
    expect(doc.diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['date-mismatch', 'structure-mismatch', 'locale-key-missing']);
  });

  it('keeps every field with its SPEC name, key and related only where present', () => {
    const doc = JSON.parse(formatReport('json', sampleResult(), options));
    const [first, second, third] = doc.diagnostics;
    expect(Object.keys(first)).toEqual(['rule', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'key', 'related']);
    expect(first).toEqual(dateMismatch);
    expect(first.related).toEqual({ file: 'articles/2026/01/coast-guard.ko.md', line: 11, column: 1 });
    expect(second).toEqual(structureMismatch);
    expect('related' in second).toBe(false);
    expect('key' in third).toBe(false);
    expect(third.message).toBe(awkward.message);
  });

  it('counts nothing for a clean site', () => {
    const doc = JSON.parse(formatReport('json', sampleResult([]), options));
    expect(doc).toEqual({ version: 1, summary: { articles: 4, pairs: 2, errors: 0, warnings: 0 }, diagnostics: [] });
  });
});
