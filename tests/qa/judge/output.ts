/**
 * A built site as an outside judge sees it: the files `pairpress build`
 * wrote, read back from disk, and what the judge knows of the site without
 * asking pairpress (its base URL, time zone and default language).
 */
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { makeSite } from '../../helpers/site.js';

export type Lang = 'ko' | 'en';

export interface SiteFacts {
  /** the base URL without a trailing slash, as the judge expects it in every absolute URL */
  base: string;
  timeZone: string;
  defaultLanguage: Lang;
}

export interface BuiltSite {
  root: string;
  out: string;
  run: CliRun;
  facts: SiteFacts;
  /** output paths (with `/`) → contents */
  files: Map<string, Buffer>;
  text(path: string): string;
  has(path: string): boolean;
  /** paths of the HTML pages, sorted */
  pages: string[];
}

export const QA_SITES = join(import.meta.dirname, '..', 'sites');

/** A copy of a site under tests/qa/sites, so a build never writes into the repository. */
export async function copyOfSite(name: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `pairpress-qa-${name}-`));
  // A cache a direct run left in the site folder stays behind: every build here starts cold.
  await cp(join(QA_SITES, name), root, { recursive: true, filter: (path) => !path.split(/[\\/]/).includes('node_modules') });
  return root;
}

export async function siteFrom(files: Record<string, string>): Promise<string> {
  return makeSite(files);
}

/** Runs `pairpress build` on `root` into a fresh folder and reads back everything it wrote. */
export async function buildSite(root: string, facts: SiteFacts, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<BuiltSite> {
  const out = await mkdtemp(join(tmpdir(), 'pairpress-qa-out-'));
  const run = await runCli(['build', '--root', root, '--out', out, ...args], { env });
  const files = run.code === 0 ? await readTree(out) : new Map<string, Buffer>();
  const text = (path: string) => {
    const file = files.get(path);
    if (!file) throw new Error(`${path} was not written; written: ${[...files.keys()].join(', ')}`);
    return file.toString('utf8');
  };
  const pages = [...files.keys()].filter((p) => p.endsWith('.html')).sort();
  return { root, out, run, facts, files, text, has: (path) => files.has(path), pages };
}

export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else files.set(path, await readFile(join(dir, path)));
    }
  };
  await walk('');
  return files;
}

/** The page's own URL: `ko/slug/index.html` → `<base>/ko/slug/`. */
export function urlOfPage(facts: SiteFacts, path: string): string {
  return `${facts.base}/${path.replace(/index\.html$/, '')}`;
}

/** The output path of a URL on the site (`<base>/ko/slug/` → `ko/slug/index.html`), or undefined for another site. */
export function pageOfUrl(facts: SiteFacts, url: string): string | undefined {
  const decoded = safeDecode(url);
  const base = safeDecode(facts.base);
  if (!decoded.startsWith(`${base}/`)) return undefined;
  const path = decoded.slice(base.length + 1).replace(/[?#].*$/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** The language a page is written for: its first folder, else (the chooser) the default language. */
export function langOfPage(facts: SiteFacts, path: string): Lang {
  const first = path.split('/')[0];
  return first === 'ko' || first === 'en' ? first : facts.defaultLanguage;
}

/** What a reader sees as the date of an instant, in the judge's own words: Intl's long date in the site zone. */
export function readerDate(instant: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-US', { dateStyle: 'long', timeZone }).format(new Date(instant));
}

/** The zone's offset at an instant as `+09:00` / `-05:00`. */
export function zoneOffset(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(instant));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}
