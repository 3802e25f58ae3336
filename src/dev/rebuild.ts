/**
 * The preview's builds. Each run loads and checks the whole site; when every
 * file loaded it writes the output (findings or not: a preview shows errors,
 * it does not refuse them). When a file cannot be read — broken front
 * matter, a bad locale file, settings that do not parse — nothing is
 * written: the last good pages stay, and the problem goes to the overlay.
 */
import { errorCount, loadAndCheck, writeSite, type Checked } from '../pipeline.js';
import type { Article, Diagnostic } from '../types.js';

export type BuildStatus = 'ok' | 'broken' | 'failed';

export interface DevBuild {
  /** 1, 2, 3 … */
  id: number;
  status: BuildStatus;
  /** why a `failed` run failed (settings, an unreadable root, a crash) */
  error?: string;
  /** the last check, even of a broken site (undefined only when loading threw) */
  checked?: Checked;
  /** files whose bytes changed; 0 when nothing was written */
  written: number;
  ms: number;
}

/** What the overlay shows for one page. */
export interface PageReport {
  build: number;
  status: BuildStatus;
  error?: string;
  /** the pair the page belongs to, when it is an article page */
  page?: { key: string; files: string[] };
  /** findings of the page's pair */
  diagnostics: Diagnostic[];
  /** findings on files that are not articles, and on articles that did not load */
  site: Diagnostic[];
  errors: number;
  warnings: number;
  /** where the review page of the last written build is */
  review: string;
}

export const REVIEW_URL = '/_review/';

export interface BuilderOptions {
  root: string;
  out: string;
  /** the server's address: every absolute link in the pages points back at the preview */
  baseUrl: string;
}

export class DevBuilder {
  private last: DevBuild = { id: 0, status: 'failed', error: 'not built yet', written: 0, ms: 0 };
  /** URL path of every article page of the last written build → translation key and files */
  private pages = new Map<string, { key: string; files: string[] }>();
  /** id of the last build that wrote files */
  lastWrite = 0;

  constructor(
    private readonly options: BuilderOptions,
    /** runs the write (so the server can hold requests while files are swapped) */
    private readonly exclusive: <T>(write: () => Promise<T>) => Promise<T> = (write) => write(),
  ) {}

  get current(): DevBuild {
    return this.last;
  }

  async build(): Promise<DevBuild> {
    const started = performance.now();
    const id = this.last.id + 1;
    const { root, out, baseUrl } = this.options;
    let build: DevBuild;
    try {
      const checked = await loadAndCheck(root, { baseUrl });
      const broken = unreadableFiles(checked);
      if (broken.length > 0) {
        build = { id, status: 'broken', checked, written: 0, ms: 0 };
      } else {
        const written = await this.exclusive(() => writeSite(checked, { out, baseUrl, drafts: true, review: true }));
        this.pages = pageMap(checked, written.publication.articles);
        build = { id, status: 'ok', checked, written: written.summary.written, ms: 0 };
      }
    } catch (error) {
      build = { id, status: 'failed', error: (error as Error).message, written: 0, ms: 0 };
      if (this.last.checked) build.checked = this.last.checked;
    }
    build.ms = performance.now() - started;
    if (build.written > 0) this.lastWrite = id;
    this.last = build;
    return build;
  }

  /** The overlay's data for the page at `path` (a URL path such as `/en/my-story/`). */
  report(path: string): PageReport {
    const { id, status, error, checked } = this.last;
    const diagnostics = checked?.result.diagnostics ?? [];
    const articlePaths = new Set(checked?.site.articles.map((a) => a.path));
    const page = this.pageAt(path);
    const mine = page ? diagnostics.filter((d) => d.key === page.key || page.files.includes(d.file)) : [];
    const site = diagnostics.filter((d) => !articlePaths.has(d.file) && !mine.includes(d));
    return {
      build: id,
      status,
      ...(error !== undefined && { error }),
      ...(page && { page }),
      diagnostics: mine,
      site,
      errors: checked ? errorCount(checked.result) : 0,
      warnings: checked ? checked.result.diagnostics.length - errorCount(checked.result) : 0,
      review: REVIEW_URL,
    };
  }

  private pageAt(path: string): { key: string; files: string[] } | undefined {
    const normalized = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path.endsWith('/') ? path : `${path}/`;
    const checked = this.last.checked;
    // The current check knows renamed keys and new pairs; the last written build knows pages of broken files.
    const article = checked?.site.articles.find((a) => `/${a.lang}/${a.slug}/` === normalized);
    if (article && checked) {
      const files = checked.site.articles.filter((a) => a.key === article.key).map((a) => a.path);
      return { key: article.key, files };
    }
    return this.pages.get(normalized);
  }
}

function pageMap(checked: Checked, published: Article[]): Map<string, { key: string; files: string[] }> {
  const map = new Map<string, { key: string; files: string[] }>();
  for (const article of published) {
    const files = checked.site.articles.filter((a) => a.key === article.key).map((a) => a.path);
    map.set(`/${article.lang}/${article.slug}/`, { key: article.key, files });
  }
  return map;
}

/**
 * Files that did not load: an article the loader left out, a locale file
 * that is not JSON. Writing then would drop pages or strings that were
 * fine a moment ago.
 */
export function unreadableFiles(checked: Checked): string[] {
  const { site } = checked;
  const locales = new Set(site.locales.map((l) => l.path));
  const broken: string[] = [];
  for (const file of site.files) {
    const unloadedArticle = file.messages.some((m) => m.ruleId === 'frontmatter-invalid');
    const unloadedLocale = /^locales\/(ko|en)\/[^/]+\.json$/.test(file.path) && !locales.has(file.path) && file.messages.length > 0;
    if (unloadedArticle || unloadedLocale) broken.push(file.path);
  }
  return broken.sort();
}
