/**
 * The default cache lives in the site (node_modules/.cache/pairpress). A
 * site from an untrusted source may hold a symbolic link on that path or
 * inside the cache folder, which would send the cache's writes anywhere on
 * the machine; such a site is checked and built without the cache.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CACHE_PATH = ['node_modules', '.cache', 'pairpress'];

/** True when the cache folder of `root` and everything in it are real folders and files (or do not exist yet). */
export function cacheStaysInSite(root: string): boolean {
  let path = resolve(root);
  for (const part of CACHE_PATH) {
    path = join(path, part);
    let info;
    try {
      info = lstatSync(path);
    } catch {
      return true; // made as a real folder when first written
    }
    if (!info.isDirectory()) return false;
  }
  try {
    // recursive listing does not descend into links; every entry must be a plain folder or file
    return readdirSync(path, { recursive: true, withFileTypes: true }).every((entry) => entry.isDirectory() || entry.isFile());
  } catch {
    return false;
  }
}
