/** Runs the check engine over a fixture site and keeps one rule's findings. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSite } from '../../src/check/run.js';
import type { Rule } from '../../src/check/rule.js';
import type { Diagnostic } from '../../src/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'rules');

export async function findingsOf(rule: Rule, ...site: string[]): Promise<Diagnostic[]> {
  const result = await checkSite(join(FIXTURES, ...site));
  return result.diagnostics.filter((d) => d.rule === rule.id);
}

/** Line and 1-based column of the first `text` on `line` of a fixture file. */
export function place(site: string[], file: string, line: number, text: string): { file: string; line: number; column: number } {
  const source = readFileSync(join(FIXTURES, ...site, file), 'utf8');
  const column = source.split('\n')[line - 1]!.indexOf(text) + 1;
  if (column === 0) throw new Error(`"${text}" is not on line ${line} of ${file}`);
  return { file, line, column };
}
