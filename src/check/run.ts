/**
 * The check stage: runs every rule over the site, then applies what the
 * user asked for (severity settings, per-article `ignore`, ignore-next
 * comments) and turns the messages into sorted `Diagnostic` data.
 */
import type { VFile } from 'vfile';
import { addMessage, compareDiagnostics, createFile, pointAt, toDiagnostic, type PairpressMessage } from '../diagnostics.js';
import { loadSite } from '../load/index.js';
import { pairArticles } from '../pair.js';
import type { SettingsInput } from '../settings.js';
import { calendarIn } from '../time.js';
import type { Article, CheckResult, Diagnostic, GlossaryEntry, Pairing, RuleId, Severity, Site } from '../types.js';
import { ALL_RULES, DEFAULT_SEVERITY, RULES } from './rules/index.js';
import type { FileReport, Report, Rule, RuleContext } from './rule.js';
import { ignoredRanges, type IgnoredRange } from './suppress.js';
import { proseOf } from './text/prose.js';

export async function checkSite(root: string, overrides: SettingsInput = {}): Promise<CheckResult> {
  const site = await loadSite(root, overrides);
  return runChecks(site, pairArticles(site));
}

export function runChecks(site: Site, pairing: Pairing): CheckResult {
  runRules(site, pairing);
  return {
    articles: site.articles.length,
    pairs: pairing.pairs.length,
    diagnostics: collectDiagnostics(site),
  };
}

/**
 * Runs the rules `which` selects (every rule by default), in registry
 * order, reporting onto the files of the site. Returns the rule context,
 * whose memos (prose, extraction) the caller may reuse.
 */
export function runRules(site: Site, pairing: Pairing, which: (rule: Rule) => boolean = () => true): RuleContext {
  const context = createContext(site);
  for (const rule of RULES) {
    context.current = rule.id;
    if (site.settings.rules[rule.id] === 'off' || !which(rule)) continue;
    if (rule.scope === 'site') rule.check(site, context.api);
    else if (rule.scope === 'article') for (const article of site.articles) rule.check(article, context.api);
    else for (const pair of pairing.pairs) rule.check(pair, context.api);
  }
  return context.api;
}

interface EngineContext {
  current: RuleId;
  api: RuleContext;
}

function createContext(site: Site): EngineContext {
  const memos = new WeakMap<Article, Map<string, unknown>>();
  const glossaries = new WeakMap<object, GlossaryEntry[]>();
  const fileFor = new Map<string, VFile>(site.files.map((f) => [f.path, f]));
  const engine: EngineContext = { current: 'frontmatter-invalid', api: undefined as unknown as RuleContext };
  const memo = <T>(article: Article, name: string, compute: () => T): T => {
    let table = memos.get(article);
    if (!table) memos.set(article, (table = new Map()));
    if (!table.has(name)) table.set(name, compute());
    return table.get(name) as T;
  };
  engine.api = {
    defaultLanguage: site.settings.defaultLanguage,
    report: (report: Report) => reportOnArticle(report, report.rule ?? engine.current),
    reportFile: (report: FileReport) => reportOnFile(site, fileFor, report, report.rule ?? engine.current),
    prose: (article) => memo(article, 'prose', () => proseOf(article)),
    glossary: (of) => {
      let entries = glossaries.get(of);
      if (!entries) {
        const articles = 'ko' in of && 'en' in of ? [of.ko, of.en] : [of as Article];
        const extra = articles.flatMap((a) => a.meta.names);
        entries = extra.length ? [...site.glossary, ...extra] : site.glossary;
        glossaries.set(of, entries);
      }
      return entries;
    },
    referenceDate: (article) => memo(article, 'referenceDate', () => {
      const { year, month, day } = calendarIn(article.published, site.settings.timeZone);
      return { year, month, day };
    }),
    memo,
  };
  return engine;
}

function reportOnArticle(report: Report, rule: RuleId): void {
  const { article } = report;
  const start = pointAt(article.file, report.start);
  const end = pointAt(article.file, report.end ?? report.start);
  const related = report.related
    ? { file: report.related.article.path, ...pointAt(report.related.article.file, report.related.start) }
    : undefined;
  addMessage(article.file, { rule, message: report.message, start, end, key: article.key, ...(related && { related }) }, report.start);
}

function reportOnFile(site: Site, files: Map<string, VFile>, report: FileReport, rule: RuleId): void {
  let file = files.get(report.path);
  if (!file) {
    // A file the loader kept no messages for (a locale file that parsed well, say).
    file = createFile(report.path, report.source);
    files.set(report.path, file);
    site.files.push(file);
  }
  const start = pointAt(file, report.start);
  const end = pointAt(file, report.end ?? report.start);
  addMessage(file, { rule, message: report.message, start, end });
}

export interface CollectOptions {
  /** the ignore-next ranges of an article (default: read from its tree) */
  ignoredRanges?: (article: Article) => IgnoredRange[];
  /** whether to collect an article's messages at all (default: every article's) */
  includeArticle?: (article: Article) => boolean;
}

/** The messages on the site's files as sorted diagnostics, with severities and suppressions applied. */
export function collectDiagnostics(site: Site, options: CollectOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<VFile>();
  const ignoredFor = ignoredRules(site.articles);
  for (const article of site.articles) {
    if (options.includeArticle && !options.includeArticle(article)) continue;
    seen.add(article.file);
    const ignored = ignoredFor(article);
    const ranges = options.ignoredRanges ? options.ignoredRanges(article) : ignoredRanges(article.tree);
    collectFrom(article.file, site, diagnostics, (m) => ignored.has(m.ruleId) || inIgnoredRange(m, ranges));
  }
  for (const file of site.files) {
    if (!seen.has(file)) collectFrom(file, site, diagnostics, () => false);
  }
  return diagnostics.sort(compareDiagnostics);
}

/**
 * Rules that compare the two versions of a pair: a finding of theirs is
 * about both, so `ignore:` in either version's front matter silences it.
 * (translation-stale runs over the whole site, but compares pairs too.)
 */
const COMPARING: ReadonlySet<RuleId> = new Set<RuleId>([
  ...RULES.filter((rule) => rule.scope === 'pair').map((rule) => rule.id),
  'translation-stale',
]);

/** An article's front-matter `ignore`, plus the comparing rules its other-language versions ignore. */
function ignoredRules(articles: readonly Article[]): (article: Article) => Set<RuleId> {
  const byKey = new Map<string, Article[]>();
  for (const article of articles) {
    const versions = byKey.get(article.key);
    if (versions) versions.push(article);
    else byKey.set(article.key, [article]);
  }
  return (article) => {
    const ignored = new Set(article.meta.ignore);
    for (const other of byKey.get(article.key) ?? []) {
      if (other.lang === article.lang) continue;
      for (const rule of other.meta.ignore) if (COMPARING.has(rule)) ignored.add(rule);
    }
    return ignored;
  };
}

function collectFrom(file: VFile, site: Site, out: Diagnostic[], silenced: (m: PairpressMessage) => boolean): void {
  for (const message of file.messages as PairpressMessage[]) {
    const severity = severityOf(site, message.ruleId);
    if (!severity || silenced(message)) continue;
    out.push(toDiagnostic(file, message, severity));
  }
}

function severityOf(site: Site, rule: RuleId): Severity | undefined {
  const setting = site.settings.rules[rule] ?? DEFAULT_SEVERITY[rule];
  return setting === 'off' ? undefined : setting;
}

function inIgnoredRange(message: PairpressMessage, ranges: IgnoredRange[]): boolean {
  const offset = message.startOffset;
  if (offset === undefined) return false;
  return ranges.some((r) => offset >= r.start && offset < r.end && (r.rules === 'all' || r.rules.has(message.ruleId)));
}

export { ALL_RULES };
