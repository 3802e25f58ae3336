/**
 * Symbolic links in a site are never followed: a link could point anywhere
 * on the machine that runs the build (a secret, a device, the whole disk),
 * and a site from an untrusted pull request must not make pairpress read it.
 */
import { lstat } from 'node:fs/promises';

export const LINK_MESSAGE = 'symbolic links are not followed; put the file or folder itself in the site';

/** True when `path` itself is a symbolic link (a missing path is not). */
export async function isSymbolicLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}
