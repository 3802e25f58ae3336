/**
 * What a consistency rule is: a small function that receives a pair (or one
 * article, or the whole site) and reports findings through its context.
 * Rules do no I/O and read no settings; severity and suppression are the
 * engine's business (check/run.ts).
 */
import type { Article, GlossaryEntry, Lang, Pair, RuleId, Site } from '../types.js';
import type { ProseBlock } from './text/prose.js';

/** Year, month and day of an article's `date` in the site time zone. */
export interface ReferenceDate {
  year: number;
  month: number;
  day: number;
}

export interface Report {
  /** the article the finding is in */
  article: Article;
  message: string;
  /** source offset (index into `article.source`) where the finding starts */
  start: number;
  /** source offset where it ends (exclusive); defaults to `start` */
  end?: number;
  /** the place in the other version that helps, if any */
  related?: { article: Article; start: number };
  /** for rules that report for another id (pairing, loading); defaults to the rule's id */
  rule?: RuleId;
}

/** A report about a file that is not an article (glossary, locale, settings). */
export interface FileReport {
  path: string;
  source: string;
  message: string;
  start: number;
  end?: number;
  rule?: RuleId;
}

export interface RuleContext {
  /**
   * The site's default language (settings.defaultLanguage): the original of
   * each pair; the other version is its translation. Absent means `ko`.
   */
  readonly defaultLanguage?: Lang;
  report(report: Report): void;
  reportFile(report: FileReport): void;
  /** the article's title and body as blocks of plain text with source offsets; code excluded; cached */
  prose(article: Article): ProseBlock[];
  /** site glossary plus the `names` of both articles of the pair (or of the one article) */
  glossary(of: Pair | Article): GlossaryEntry[];
  /** the article's `date` as a calendar date in the site time zone */
  referenceDate(article: Article): ReferenceDate;
  /** per-article memo for expensive extraction shared between rules */
  memo<T>(article: Article, name: string, compute: () => T): T;
}

interface RuleMeta {
  id: RuleId;
  /** one line: what the rule finds (SARIF short description, README) */
  description: string;
  /** how to fix or silence it (SARIF help text) */
  help: string;
}

export interface PairRule extends RuleMeta {
  scope: 'pair';
  check(pair: Pair, ctx: RuleContext): void;
}

export interface ArticleRule extends RuleMeta {
  scope: 'article';
  check(article: Article, ctx: RuleContext): void;
}

export interface SiteRule extends RuleMeta {
  scope: 'site';
  check(site: Site, ctx: RuleContext): void;
}

export type Rule = PairRule | ArticleRule | SiteRule;

/** Reported by the loader, pairing or the glossary, not by a rule file. */
export type BuiltinRule = RuleMeta;
