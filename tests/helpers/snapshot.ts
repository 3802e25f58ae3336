/** What a folder holds, for tests that compare a folder before and after a run. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Path → SHA-256 of every file under a folder. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (sub: string) => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else out[path] = createHash('sha256').update(await readFile(join(dir, path))).digest('hex');
    }
  };
  await walk('');
  return out;
}
