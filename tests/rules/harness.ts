/** Runs the check engine over a site and keeps one rule's findings. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSite } from '../../src/check/run.js';
import { RULES } from '../../src/check/rules/index.js';
import type { Rule } from '../../src/check/rule.js';
import type { Diagnostic } from '../../src/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'rules');

/** The findings of `rule` in a site folder (a path below tests/fixtures/rules, or an absolute one). */
export async function findingsIn(rule: Rule, site: string): Promise<Diagnostic[]> {
  // A rule the registry does not list (yet) is run all the same.
  if (!RULES.some((r) => r.id === rule.id)) RULES.push(rule);
  const root = site.startsWith('/') ? site : join(FIXTURES, site);
  const result = await checkSite(root);
  return result.diagnostics.filter((d) => d.rule === rule.id);
}

/** 1-based line and column of the first `text` on `line` of a fixture file. */
export function placeOf(site: string, file: string, line: number, text: string): { file: string; line: number; column: number } {
  const root = site.startsWith('/') ? site : join(FIXTURES, site);
  const source = readFileSync(join(root, file), 'utf8');
  const column = source.split('\n')[line - 1]!.indexOf(text) + 1;
  if (column === 0) throw new Error(`"${text}" is not on line ${line} of ${file}`);
  return { file, line, column };
}

/** Where a finding is, and what it points at in the other version. */
export function where(d: Diagnostic): { file: string; line: number; column: number; related?: Diagnostic['related'] } {
  return { file: d.file, line: d.line, column: d.column, ...(d.related && { related: d.related }) };
}
