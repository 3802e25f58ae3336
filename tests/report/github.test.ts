import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { awkward, dateMismatch, RULE_INFO, sampleResult, structureMismatch } from './sample.js';

const options = { color: false, rules: RULE_INFO };

describe('github reporter', () => {
  it('prints one workflow command per finding and nothing else', () => {
    const lines = formatReport('github', sampleResult(), options).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '::error file=articles/2026/01/coast-guard.en.md,line=12,col=5,title=date-mismatch::' +
        'date December 19, 2023 has no counterpart in the Korean version',
    );
    expect(lines[1]).toMatch(/^::warning file=articles\/2026\/01\/coast-guard\.en\.md,line=20,col=1,title=structure-mismatch::3 headings here, 4 in the Korean version$/);
  });

  it('escapes % CR LF in the message, and also , : in properties', () => {
    const [line] = formatReport('github', sampleResult([awkward]), options).split('\n');
    expect(line).toBe(
      '::error file=locales/en/a%2Cb%3Ac 공통.json,line=3,col=3,title=locale-key-missing::' +
        'key "nav.home" is in locales/ko/common.json: 100%25 missing here,%0D%0Asee line 2',
    );
  });

  it('prints nothing for a clean site', () => {
    expect(formatReport('github', sampleResult([]), options)).toBe('');
  });

  it('does not reorder what the engine sorted', () => {
    const text = formatReport('github', sampleResult([structureMismatch, dateMismatch]), options);
    expect(text.indexOf('structure-mismatch')).toBeLessThan(text.indexOf('date-mismatch'));
  });
});
