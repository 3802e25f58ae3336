/** Throwaway git repositories whose commits carry the times a test gives them. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TestRepo {
  dir: string;
  /** writes the files, commits them at `time` (seconds since epoch), returns the commit hash */
  commit(files: Record<string, string>, time: number): string;
}

export function makeRepo(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'pairpress-git-'));
  const git = (args: string[], time?: number) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...(time !== undefined && { GIT_AUTHOR_DATE: `@${time} +0000`, GIT_COMMITTER_DATE: `@${time} +0000` }),
      },
    }).trim();
  git(['init', '-q']);
  git(['config', 'user.name', 'Pairpress Test']);
  git(['config', 'user.email', 'test@example.org']);
  git(['config', 'commit.gpgsign', 'false']);
  return {
    dir,
    commit(files, time) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      git(['add', '--', ...Object.keys(files)]);
      git(['commit', '-q', '-m', `change ${Object.keys(files).join(' ')}`], time);
      return git(['rev-parse', 'HEAD']);
    },
  };
}
