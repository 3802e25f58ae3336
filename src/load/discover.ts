/**
 * Finds the Markdown files under `articles/`, at any depth, in a stable
 * order. Symbolic links are not followed, so nothing outside the site is read.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { isSymbolicLink } from './links.js';

export interface Discovered {
  /** Markdown files, root-relative with `/`, sorted */
  markdown: string[];
  /** symbolic links met under articles/, root-relative */
  links: string[];
}

export async function discoverArticles(root: string): Promise<Discovered> {
  const found: Discovered = { markdown: [], links: [] };
  if (await isSymbolicLink(join(root, 'articles'))) found.links.push('articles');
  else await walk(root, 'articles', found);
  found.markdown.sort(comparePaths);
  found.links.sort(comparePaths);
  return found;
}

async function walk(root: string, dir: string, found: Discovered): Promise<void> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A folder that cannot be read would silently lose its articles.
    if (code === 'ENOENT') return; // no articles/ at all, or a folder removed while the site was read
    const reason = code === 'ENOTDIR' ? 'it is a file, not a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new UserError(`cannot read ${dir}/: ${reason}. Fix the folder so that every article can be read; nothing was checked or built.`);
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.name.startsWith('.')) continue;
    if (entry.isSymbolicLink()) {
      // a linked article, or a linked folder that may hold articles
      if (entry.name.toLowerCase().endsWith('.md') || (await pointsToFolder(join(root, path)))) found.links.push(path);
    } else if (entry.isDirectory()) {
      await walk(root, path, found);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      found.markdown.push(path);
    }
  }
}

async function pointsToFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
