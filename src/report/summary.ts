import type { CheckResult } from '../types.js';

export interface Counts {
  errors: number;
  warnings: number;
}

export function countSeverities(result: CheckResult): Counts {
  let errors = 0;
  for (const d of result.diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: result.diagnostics.length - errors };
}

/** `1 error`, `2 warnings` */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
