/**
 * The Nu Html Checker (vnu.jar), errors and warnings both: one Java start
 * for many files, since starting the JVM costs more than checking a page.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const VNU = join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

export interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** Every message (error, warning, info) for the files; the checker exits non-zero on errors, so its JSON is read either way. */
export async function nuMessages(files: string[]): Promise<NuMessage[]> {
  if (files.length === 0) return [];
  let output: string;
  try {
    output = (await run('java', ['-jar', VNU, '--format', 'json', '--also-check-css', ...files], { maxBuffer: 64 << 20 })).stderr;
  } catch (error) {
    output = (error as { stderr?: string }).stderr ?? '';
    if (!output.trim().startsWith('{')) throw error;
  }
  return (JSON.parse(output) as { messages: NuMessage[] }).messages;
}

/** Errors and warnings as `file:line: message` (plain information left out). */
export function describe(messages: NuMessage[]): string[] {
  return messages
    .filter((m) => m.type === 'error' || (m.type === 'info' && m.subType === 'warning'))
    .map((m) => `${m.type === 'error' ? 'error' : 'warning'} ${m.url?.replace(/^file:/, '')}:${m.lastLine ?? '?'}: ${m.message}`);
}
