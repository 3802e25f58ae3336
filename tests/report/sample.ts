/** Check results built by hand, as the engine would hand them over (already sorted). */
import type { CheckResult, Diagnostic } from '../../src/types.js';

export const RULE_INFO = [
  { id: 'frontmatter-mismatch', description: 'The two versions disagree on date, category or draft.', help: 'Make the field the same in both versions.' },
  { id: 'date-mismatch', description: 'A date in one version has no counterpart in the other.', help: 'Write the same date in both versions.' },
  { id: 'structure-mismatch', description: 'The versions have different numbers of headings, quotes, lists, images or links.', help: 'Translate every block.' },
  { id: 'locale-key-missing', description: 'A UI string key exists in one language only.', help: 'Add the key to the other locale file.' },
] as const;

export const dateMismatch: Diagnostic = {
  rule: 'date-mismatch',
  severity: 'error',
  file: 'articles/2026/01/coast-guard.en.md',
  line: 12,
  column: 5,
  endLine: 12,
  endColumn: 22,
  message: 'date December 19, 2023 has no counterpart in the Korean version',
  key: '2026/01/coast-guard',
  related: { file: 'articles/2026/01/coast-guard.ko.md', line: 11, column: 1 },
};

export const structureMismatch: Diagnostic = {
  rule: 'structure-mismatch',
  severity: 'warning',
  file: 'articles/2026/01/coast-guard.en.md',
  line: 20,
  column: 1,
  endLine: 20,
  endColumn: 1,
  message: '3 headings here, 4 in the Korean version',
  key: '2026/01/coast-guard',
};

/** A message and a path full of the characters workflow commands must escape. */
export const awkward: Diagnostic = {
  rule: 'locale-key-missing',
  severity: 'error',
  file: 'locales/en/a,b:c 공통.json',
  line: 3,
  column: 3,
  endLine: 3,
  endColumn: 10,
  message: 'key "nav.home" is in locales/ko/common.json: 100% missing here,\r\nsee line 2',
};

export function sampleResult(diagnostics: Diagnostic[] = [dateMismatch, structureMismatch, awkward]): CheckResult {
  return { articles: 4, pairs: 2, diagnostics };
}
