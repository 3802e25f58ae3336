/**
 * Finds the Markdown files under `articles/`, at any depth, in a stable
 * order. Symbolic links are not followed, so nothing outside the site is read.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
  } catch {
    return;
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
