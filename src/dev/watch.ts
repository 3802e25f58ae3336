/**
 * Watches what a build reads — `articles/`, `locales/`, the settings — and
 * reports changes in batches: an editor's save (often a write, a rename
 * and a chmod) becomes one rebuild. The root itself is watched with
 * everything else pruned, so `articles/` or `locales/` created later are
 * seen too, and `output/` never is.
 */
import { relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export interface SiteWatcher {
  close(): Promise<void>;
}

export interface WatchOptions {
  /** quiet time after the last change before `onChange` runs */
  debounceMs?: number;
}

const WATCHED_FILES = new Set(['pairpress.config.json', 'package.json']);
const WATCHED_FOLDERS = ['articles', 'locales'];

/** True for paths (relative to the root, with `/`) whose changes a build would see. */
export function isWatched(path: string): boolean {
  if (path === '' || WATCHED_FILES.has(path)) return true;
  return WATCHED_FOLDERS.some((folder) => path === folder || path.startsWith(`${folder}/`));
}

export async function watchSite(root: string, onChange: (paths: string[]) => void, options: WatchOptions = {}): Promise<SiteWatcher> {
  const debounceMs = options.debounceMs ?? 80;
  const toRelative = (path: string) => relative(root, path).split(sep).join('/');
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    ignored: (path) => !isWatched(toRelative(path)),
  });
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const paths = [...changed].sort();
    changed.clear();
    if (paths.length > 0) onChange(paths);
  };
  watcher.on('all', (_event, path) => {
    changed.add(toRelative(path));
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  });
  await new Promise<void>((resolve, reject) => {
    watcher.once('ready', resolve);
    watcher.once('error', reject);
  });
  return {
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
