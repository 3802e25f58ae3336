/**
 * `new <slug>` (SPEC §9): a new pair, or the missing translation of an
 * existing article as a stub with a checklist of the source's names, dates
 * and numbers. Never overwrites a file.
 */
import { stringify } from 'yaml';
import { extractDates, formatDate } from '../check/text/dates.js';
import { findNames } from '../check/text/glossary.js';
import { extractQuantities, formatQuantity } from '../check/text/numbers.js';
import { proseOf } from '../check/text/prose.js';
import { calendarIn, offsetMinutes } from '../time.js';
import type { Article, Lang, Site } from '../types.js';
import { stubBody } from './stub.js';

export interface PlannedFile {
  /** root-relative path */
  path: string;
  content: string;
}

export interface NewOptions {
  slug: string;
  /** only this language (default: both, or the missing one) */
  lang?: Lang;
  title?: string;
  /** ISO date or date-time; default: now */
  date?: string;
  now: number;
}

const OTHER: Record<Lang, Lang> = { ko: 'en', en: 'ko' };

export function findBySlug(site: Site, slug: string): Article[] {
  return site.articles.filter((a) => a.slug === slug || a.stem.split('/').pop() === slug);
}

/** A fresh pair under articles/<yyyy>/<mm>/. */
export function planPair(site: Site, options: NewOptions): PlannedFile[] {
  const date = options.date ?? isoInZone(options.now, site.settings.timeZone);
  const instant = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  const { year, month } = calendarIn(Number.isNaN(instant) ? options.now : instant, site.settings.timeZone);
  const folder = `articles/${year}/${String(month).padStart(2, '0')}`;
  const langs: Lang[] = options.lang ? [options.lang] : ['ko', 'en'];
  return langs.map((lang) => ({
    path: `${folder}/${options.slug}.${lang}.md`,
    content: frontMatter({ title: options.title ?? (lang === 'ko' ? '제목' : 'Title'), date }) + starterBody(lang),
  }));
}

/** The missing version of an existing article, next to it. */
export function planTranslation(site: Site, source: Article, options: NewOptions): PlannedFile {
  const target = OTHER[source.lang];
  const fields: Record<string, unknown> = {
    title: options.title ?? `TODO: ${source.meta.title}`,
    date: options.date ?? source.meta.date,
  };
  if (source.meta.category) fields.category = source.meta.category;
  if (source.meta.translationKey) fields.translationKey = source.meta.translationKey;
  const body = stubBody(source.source.slice(source.bodyOffset), target);
  const path = source.path.replace(/\.(ko|en)\.md$/, `.${target}.md`);
  return { path, content: `${frontMatter(fields)}\n${checklist(site, source, target)}\n\n${body}` };
}

function frontMatter(fields: Record<string, unknown>): string {
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}

function starterBody(lang: Lang): string {
  return lang === 'ko' ? '\n첫 문단을 여기에 씁니다.\n' : '\nWrite the first paragraph here.\n';
}

/** An HTML comment listing what the translator must carry over. */
function checklist(site: Site, source: Article, target: Lang): string {
  const entries = [...site.glossary, ...source.meta.names];
  const { year, month, day } = calendarIn(source.published, site.settings.timeZone);
  const names = new Map<string, string>();
  const dates = new Map<string, string>();
  const numbers = new Map<string, string>();
  for (const block of proseOf(source)) {
    for (const hit of findNames(block.text, source.lang, entries)) {
      names.set(hit.entry[source.lang][0]!, hit.entry[target].join(' / '));
    }
    const found = extractDates(block.text, source.lang, { year, month, day });
    // Counterpart-only mentions (weekdays, 오늘) need not be carried over.
    for (const d of found) if (!d.optional) dates.set(formatDate(d), d.text);
    for (const q of extractQuantities(block.text, source.lang, found)) {
      if (!q.conversion) numbers.set(formatQuantity(q), q.text);
    }
  }
  const lines = [`pairpress: translated from ${source.path}. Tick off each item, then delete this comment.`];
  const section = (title: string, items: Map<string, string>, show: (key: string, value: string) => string) => {
    if (!items.size) return;
    lines.push(`${title}:`);
    for (const [key, value] of items) lines.push(`  [ ] ${show(key, value)}`);
  };
  section('Names', names, (source, forms) => `${source} → ${forms}`);
  section('Dates', dates, (normal, text) => `${text} (${normal})`);
  section('Numbers', numbers, (normal, text) => `${text} (${normal})`);
  // "--" may not appear inside an HTML comment.
  return `<!--\n${lines.join('\n').replace(/--/g, '- -')}\n-->`;
}

/** Now, as an ISO date-time with the site time zone's offset. */
function isoInZone(now: number, timeZone: string): string {
  const c = calendarIn(now, timeZone);
  const offset = offsetMinutes(now, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const pad = (n: number) => String(n).padStart(2, '0');
  const abs = Math.abs(offset);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
