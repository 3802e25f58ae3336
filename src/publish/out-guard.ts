/**
 * A build replaces its whole output folder, so the folder must be one that
 * holds nothing else: not the site, not a folder around the site, not the
 * articles, and not a folder of some other project. Links are resolved
 * first, so a link cannot disguise the site as an output folder.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

/** Names that a pairpress build never writes and that mark a folder as someone's work. */
const FOREIGN = ['.git', '.hg', '.svn', 'articles', 'locales', 'node_modules', 'package.json', 'pairpress.config.json', 'src'];

/** Refuses an output folder whose replacement would delete the site or other work. */
export async function assertOutputFolder(root: string, out: string): Promise<void> {
  const site = await realPath(resolve(root));
  const target = await realPath(resolve(out));
  if (contains(target, site)) {
    throw new UserError(`refusing to write the build to ${out}: it is the site folder or a folder around it, and a build replaces the whole output folder. Choose a folder of its own, such as ${join(root, 'output')}`);
  }
  for (const sources of ['articles', 'locales']) {
    if (contains(join(site, sources), target)) {
      throw new UserError(`refusing to write the build to ${out}: it is inside ${sources}/, which holds the site's sources`);
    }
  }
  await assertReplaceable(out);
}

/** Refuses to replace a file, or a folder that holds a project rather than a build. */
export async function assertReplaceable(out: string): Promise<void> {
  let info;
  try {
    info = await stat(out);
  } catch {
    return;
  }
  if (!info.isDirectory()) throw new UserError(`refusing to write the build to ${out}: it is a file, not a folder`);
  const names = await readdir(out).catch(() => [] as string[]);
  const foreign = FOREIGN.find((name) => names.includes(name));
  if (foreign !== undefined) {
    throw new UserError(`refusing to replace ${out}: it holds ${foreign}, so it is not a pairpress build, and a build replaces the whole folder. Choose an empty or new folder`);
  }
}

/** True when `inner` is `outer` or below it. */
function contains(outer: string, inner: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
async function realPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return join(await realPath(parent), relative(parent, path));
  }
}
