/** The benchmark scripts' shared walk: every `.md` file under a folder, in name order. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function* markdownFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(path);
    else if (entry.name.endsWith('.md')) yield path;
  }
}
