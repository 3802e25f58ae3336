/**
 * The last commit that touched each file, from one `git log` run, for the
 * stale-translation check (SPEC §5.7). A site outside a git work tree, a
 * missing git, or any git failure gives an empty map: history is a hint,
 * never a reason for the run to fail.
 */
import { execFile } from 'node:child_process';
import type { FileCommit } from '../types.js';

/** Marks a commit line in the output; file names never start with it in practice. */
const COMMIT_MARK = '\u0001';
const MAX_OUTPUT = 256 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

/**
 * `paths` are relative to `root`, with `/`. Each one that git has a commit
 * for is in the map with its newest commit; committer time in ms.
 */
export async function gitHistory(root: string, paths: string[]): Promise<Map<string, FileCommit>> {
  const history = new Map<string, FileCommit>();
  if (paths.length === 0) return history;
  try {
    const output = await runGit(root, ['log', ...LOG_OPTIONS, '--', ...pathspecs(paths)]);
    const wanted = new Set(paths.map((p) => p.normalize('NFC')));
    for (const [path, commit] of parseLog(output)) {
      if (wanted.has(path) && !history.has(path)) history.set(path, commit);
    }
  } catch {
    return new Map();
  }
  return history;
}

const LOG_OPTIONS = [
  // NUL-separated names, unquoted: Hangul and spaces in file names come through as they are
  '-z',
  `--format=${COMMIT_MARK}%H %ct`,
  '--name-only',
  // names relative to the site root, even when the root is a sub-folder of the work tree
  '--relative',
  '--no-renames',
  '--no-show-signature',
  '--no-color',
];

/** The top folders of the paths (one pathspec per folder, not per file, so the command line stays short). */
function pathspecs(paths: string[]): string[] {
  const tops = new Set<string>();
  for (const path of paths) {
    const slash = path.indexOf('/');
    tops.add(slash === -1 ? path : path.slice(0, slash));
  }
  return [...tops].sort().map((top) => `:(literal)${top}`);
}

/** `[path, commit]` for every file of every commit, newest commit first (git's order). */
export function* parseLog(output: string): Generator<[string, FileCommit]> {
  let current: FileCommit | undefined;
  for (const raw of output.split('\0')) {
    const token = raw.replace(/^\n+/, '');
    if (token.startsWith(COMMIT_MARK)) {
      const match = /^([0-9a-f]{40,64}) (\d+)$/.exec(token.slice(COMMIT_MARK.length).trim());
      current = match ? { commit: match[1]!, time: Number(match[2]) * 1000 } : undefined;
    } else if (token && current) {
      yield [token.normalize('NFC'), current];
    }
  }
}

function runGit(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: MAX_OUTPUT,
        timeout: TIMEOUT_MS,
        windowsHide: true,
        env: gitEnv(),
      },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

/** No pager, no prompts; the repository is found from the site root, not from a GIT_DIR a hook may have set. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX']) delete env[name];
  return env;
}
