import type { RuleId } from '../types.js';

/** What a reporter knows of a rule: its id, one line on what it finds, and how to fix it. */
export interface RuleInfo {
  id: RuleId;
  description: string;
  help: string;
}

export interface ReportOptions {
  /** ANSI colours (text only); the CLI turns them on for a terminal */
  color: boolean;
  /** every rule, in the registry's order (SARIF lists them all) */
  rules: ReadonlyArray<RuleInfo>;
}
