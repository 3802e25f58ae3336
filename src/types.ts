/**
 * The contracts between pipeline stages: load → pair → check → render → write.
 * Every stage takes and returns these shapes; nothing here does I/O.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';

export const RULE_IDS = [
  'frontmatter-invalid',
  'glossary-invalid',
  'frontmatter-mismatch',
  'unpaired',
  'duplicate-translation',
  'slug-conflict',
  'name-missing',
  'name-misspelled',
  'date-mismatch',
  'number-mismatch',
  'untranslated',
  'structure-mismatch',
  'locale-key-missing',
  'translation-stale',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Site settings after defaults are applied (SPEC §8). */
export interface Settings {
  title: Record<Lang, string>;
  baseUrl: string;
  timeZone: string;
  defaultLanguage: Lang;
  author: Record<Lang, string>;
  feedLimit: number;
  rules: Partial<Record<RuleId, RuleSetting>>;
  limits: Limits;
}

/** Guards against hostile input; each exceeded limit is a diagnostic. */
export interface Limits {
  /** largest article, in bytes */
  maxArticleBytes: number;
  /** most articles in one site */
  maxArticles: number;
  /** longest line of an article, in characters */
  maxLineLength: number;
  /** deepest nesting of lists, block quotes, emphasis, links or raw HTML in an article */
  maxNestingDepth: number;
  /** most inline markup characters (`*`, `_`, backticks, brackets) in one paragraph */
  maxInlineMarkup: number;
}

/** A glossary name: one entry, every form in both languages; the first form is canonical. */
export interface GlossaryEntry {
  ko: string[];
  en: string[];
  kind?: 'person' | 'org' | 'place' | 'other';
  /** where the entry was declared (glossary file or article front matter) */
  source: { file: string; line: number };
}

/** Validated front matter (SPEC §2). Dates are kept as written and as instants. */
export interface FrontMatter {
  title: string;
  /** as written in the file */
  date: string;
  updated?: string;
  author?: string;
  category?: string;
  tags: string[];
  summary?: string;
  slug?: string;
  translationKey?: string;
  draft: boolean;
  names: GlossaryEntry[];
  ignore: RuleId[];
  lang?: Lang;
  /** unknown fields, kept for templates */
  extra: Record<string, unknown>;
}

export interface Article {
  /** path relative to the site root, with `/`: `articles/2026/01/x.ko.md` */
  path: string;
  /** path below `articles/` without the language suffix: `2026/01/x` */
  stem: string;
  lang: Lang;
  /** translation key (§3): `translationKey`, else `stem` */
  key: string;
  /** URL segment */
  slug: string;
  /** the decoded file text: BOM dropped, LF line ends, NFC */
  source: string;
  /** source offset where the Markdown body starts (after the front matter) */
  bodyOffset: number;
  meta: FrontMatter;
  /** 1-based line of each top-level front-matter field */
  fieldLines: Record<string, number>;
  /** publication instant, ms since epoch */
  published: number;
  /** last substantive update instant (defaults to `published`) */
  modified: number;
  /**
   * mdast of the whole file with the front matter blanked out, so every
   * position is already a position in the source file.
   */
  tree: Root;
  /** carries the diagnostics of this file */
  file: VFile;
}

export interface Pair {
  key: string;
  ko: Article;
  en: Article;
}

/** UI strings of one language: namespace → nested key/value object. */
export type LocaleResources = Record<string, Record<string, unknown>>;

export interface LocaleFile {
  lang: Lang;
  namespace: string;
  /** relative to the root */
  path: string;
  source: string;
  data: Record<string, unknown>;
}

export interface Site {
  root: string;
  settings: Settings;
  /** every article that loaded, drafts included */
  articles: Article[];
  glossary: GlossaryEntry[];
  locales: LocaleFile[];
  /** site-level files that carry diagnostics (glossary, settings, locales, broken articles) */
  files: VFile[];
  /** translation keys (stems) of article files that failed to load, so their partners are not called unpaired */
  brokenStems: Set<string>;
  /** root-relative path → the last git commit that touched the file; absent when the root is not in a git work tree */
  history?: Map<string, FileCommit>;
}

/** The last commit that touched a file (SPEC §5.7). */
export interface FileCommit {
  /** full commit hash */
  commit: string;
  /** committer time, ms since epoch */
  time: number;
}

export interface Pairing {
  pairs: Pair[];
  /** articles without a partner, published alone */
  unpaired: Article[];
}

/** A finding, as reporters see it (SPEC §6.1). */
export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  key?: string;
  related?: { file: string; line: number; column: number };
}

export interface CheckResult {
  articles: number;
  pairs: number;
  diagnostics: Diagnostic[];
}

/** One file of the build, path relative to the output folder, with `/`. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * What the writers (pages, feeds, sitemap, bundle) publish: the articles to
 * write, newest first, and how they link to each other.
 */
export interface Publication {
  site: Site;
  /** published articles of both languages, newest first (drafts only with `--drafts`) */
  articles: Article[];
  /** published articles of one language, newest first */
  byLang: Record<Lang, Article[]>;
  /** the published translation of an article, if any */
  translationOf(article: Article): Article | undefined;
  /** absolute URL of an article page: `<baseUrl>/<lang>/<slug>/` */
  url(article: Article): string;
  /** absolute URL of a path below the output root, e.g. `ko/rss.xml` */
  absolute(path: string): string;
  /** build time, ms since epoch: SOURCE_DATE_EPOCH, else the newest article date */
  buildTime: number;
}
