/** Creating the folders above an output path. */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * mkdir -p, one level at a time: a recursive mkdir can spin for ever on
 * file systems that answer ENOENT to every create (/proc). Throws the
 * error of the level that cannot be made.
 */
export async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    if (await isFolder(at)) break;
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing) await mkdir(at);
}

/** Whether `path` is a folder (following links). */
export async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
