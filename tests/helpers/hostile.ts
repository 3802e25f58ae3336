/**
 * Helpers for the hardening tests: a sandbox with the site and the output
 * folder side by side, a snapshot of every path in it (links recorded, not
 * followed) to show what a run changed, a child-process run of the
 * compiled CLI, and the shape every run must have: exit 0, 1 or 2, a
 * message with exit 2, never a stack trace.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const CLI = fileURLToPath(new URL('../../dist/bundle/main.js', import.meta.url));

export interface Sandbox {
  /** holds the site and the output folder, and nothing else */
  dir: string;
  root: string;
  out: string;
}

export async function makeSandbox(files: Record<string, string | Uint8Array>): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'pairpress-hostile-'));
  const root = join(dir, 'site');
  await mkdir(join(root, 'articles'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return { dir, root, out: join(dir, 'out') };
}

/** Path (relative, with `/`) → what is there: `dir`, `link -> target`, or the SHA-256 of a file. */
export async function snapshotTree(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const walk = async (sub: string): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(sub ? join(dir, sub) : dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = sub ? `${sub}/${name}` : name;
      const info = await lstat(join(dir, path));
      if (info.isSymbolicLink()) found.set(path, `link -> ${await readlink(join(dir, path))}`);
      else if (info.isDirectory()) {
        found.set(path, 'dir');
        await walk(path);
      } else found.set(path, createHash('sha256').update(await readFile(join(dir, path))).digest('hex'));
    }
  };
  await walk('');
  return found;
}

/** Paths added, removed or changed between two snapshots. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed = new Set<string>();
  for (const [path, what] of after) if (before.get(path) !== what) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return [...changed].sort();
}

/** What a run changed outside the output folder (`out`, relative to the sandbox). */
export function writtenOutside(changed: string[], out: string): string[] {
  return changed.filter((path) => path !== out && !path.startsWith(`${out}/`));
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  signal?: NodeJS.Signals | null;
}

/** A line of a JavaScript stack trace. */
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/** Exit 0, 1 or 2; with 2, a message (pairpress's or the option parser's); never a stack trace or an internal error. */
export function expectCleanRun(run: Run, what = ''): void {
  const context = `${what}\nexit ${run.code}${run.signal ? ` (${run.signal})` : ''}\nstderr: ${run.stderr.slice(0, 2000)}`;
  expect([0, 1, 2], context).toContain(run.code);
  expect(run.stderr, context).not.toMatch(/internal error/i);
  expect(run.stderr, context).not.toMatch(STACK_LINE);
  expect(run.stdout, context).not.toMatch(STACK_LINE);
  if (run.code === 2) expect(run.stderr, context).toMatch(/^(pairpress: |error: |Usage: )\S/m);
}

/** Runs the compiled CLI in a child process; kills it (and says so) after `timeoutMs`. */
export function runChild(args: string[], options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Run & { ms: number; timedOut: boolean }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, CI: 'true', NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}

/** Front matter and a body, for articles the tests write. */
export function articleText(fields: Record<string, string>, body: string): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** A small valid pair, so that hostile files sit in a site that has something to publish. */
export const GOOD_PAIR: Record<string, string> = {
  'articles/2026/01/summit.ko.md': articleText(
    { title: '두 정상의 회담', date: '2026-01-17T09:00:00+09:00' },
    '두 정상은 도쿄에서 만나 안보 협력을 논의했다.',
  ),
  'articles/2026/01/summit.en.md': articleText(
    { title: 'The two leaders meet', date: '2026-01-17T09:00:00+09:00' },
    'The two leaders met in Tokyo and discussed security cooperation.',
  ),
};

export interface Positioned {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related?: { file: string; line: number; column: number };
}

/**
 * Diagnostics whose start, end or related place is not inside its file (as
 * the loader reads it: BOM dropped, LF line ends, NFC), each with the reason.
 * A file that cannot be read as text has one place: line 1, column 1.
 */
export async function positionsOutside(root: string, diagnostics: readonly Positioned[]): Promise<string[]> {
  const { normalizeText } = await import('../../src/load/decode.js');
  const lines = new Map<string, string[]>();
  const linesOf = async (file: string): Promise<string[]> => {
    let cached = lines.get(file);
    if (!cached) {
      const text = await readFile(join(root, file), 'utf8').catch(() => '');
      cached = normalizeText(text).split('\n');
      lines.set(file, cached);
    }
    return cached;
  };
  const problems: string[] = [];
  const check = async (file: string, line: number, column: number, what: string) => {
    const text = await linesOf(file);
    const ok =
      Number.isInteger(line) && Number.isInteger(column) && line >= 1 && column >= 1 &&
      ((line === 1 && column === 1) || (line <= text.length && column <= text[line - 1]!.length + 1));
    if (!ok) problems.push(`${what} ${file}:${line}:${column} is outside the file (${text.length} lines)`);
  };
  for (const d of diagnostics) {
    await check(d.file, d.line, d.column, 'start');
    await check(d.file, d.endLine, d.endColumn, 'end');
    if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column)) problems.push(`end before start: ${JSON.stringify(d)}`);
    if (d.related) await check(d.related.file, d.related.line, d.related.column, 'related');
  }
  return problems;
}
