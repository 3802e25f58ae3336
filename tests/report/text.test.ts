import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { RULE_INFO, sampleResult } from './sample.js';

const ESC = '\u001b[';

describe('text reporter', () => {
  it('prints file:line:col, severity, message and rule on one line per finding', () => {
    const text = formatReport('text', sampleResult(), { color: false, rules: RULE_INFO });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^articles\/2026\/01\/coast-guard\.en\.md:12:5 +error +date December 19, 2023 has no counterpart in the Korean version +date-mismatch$/,
    );
    expect(lines[1]).toMatch(/^articles\/2026\/01\/coast-guard\.en\.md:20:1 +warning +3 headings here, 4 in the Korean version +structure-mismatch$/);
    // the message with CR LF in it still takes one line
    expect(lines.filter((l) => l.startsWith('locales/en/'))).toHaveLength(1);
    expect(lines.find((l) => l.startsWith('locales/en/'))).toMatch(/100% missing here, see line 2 +locale-key-missing$/);
  });

  it('groups findings by file with a blank line between files, and aligns columns within a file', () => {
    const lines = formatReport('text', sampleResult(), { color: false, rules: RULE_INFO }).split('\n');
    expect(lines[2]).toBe('');
    expect(lines[3]!.startsWith('locales/en/')).toBe(true);
    expect(lines[0]!.indexOf('date December')).toBe(lines[1]!.indexOf('3 headings'));
  });

  it('ends with a summary line', () => {
    const text = formatReport('text', sampleResult(), { color: false, rules: RULE_INFO });
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd().split('\n').pop()).toBe('✖ 3 problems (2 errors, 1 warning) in 4 articles, 2 pairs');
    const clean = formatReport('text', sampleResult([]), { color: false, rules: RULE_INFO });
    expect(clean).toBe('✔ no problems in 4 articles, 2 pairs\n');
  });

  it('colours only when asked', () => {
    expect(formatReport('text', sampleResult(), { color: false, rules: RULE_INFO })).not.toContain(ESC);
    const coloured = formatReport('text', sampleResult(), { color: true, rules: RULE_INFO });
    expect(coloured).toContain(`${ESC}31merror`);
    expect(coloured).toContain(`${ESC}33mwarning`);
    // without the escapes it is the plain report
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatReport('text', sampleResult(), { color: false, rules: RULE_INFO }));
  });
});
