/**
 * glossary-invalid, duplicates (SPEC §4): two entries that share a form,
 * within locales/glossary.yaml, between an article's `names` and the
 * glossary, within one article's `names`, or between the `names` of the two
 * versions of a pair. Reported at the second entry. (Syntax errors and
 * malformed entries are reported by the loader.)
 */
import { duplicateForms, normalizeForm, type DuplicateForm } from '../../load/glossary.js';
import type { Article, GlossaryEntry, Site } from '../../types.js';
import type { SiteRule, RuleContext } from '../rule.js';
import { offsetOfLine } from '../text/prose.js';

export const glossaryInvalid: SiteRule = {
  id: 'glossary-invalid',
  scope: 'site',
  description: "locales/glossary.yaml (or an article's `names`) has a syntax error, a malformed entry, or two entries that share a form.",
  help: 'Each entry needs `ko` and `en` forms; a form may belong to one entry only. Merge the two entries or remove the form from one of them.',
  check(site: Site, ctx) {
    const owner = new Map<GlossaryEntry, Article>();
    for (const article of site.articles) for (const entry of article.meta.names) owner.set(entry, article);

    for (const duplicate of duplicateForms(site.glossary)) reportDuplicate(duplicate, site, owner, ctx);

    for (const article of site.articles) {
      const own = new Set(article.meta.names);
      if (own.size === 0) continue;
      for (const duplicate of duplicateForms([...site.glossary, ...article.meta.names])) {
        if (own.has(duplicate.entry)) reportDuplicate(duplicate, site, owner, ctx);
      }
    }

    // The two versions of a pair share their `names`: the same entry in both is fine, a clash is not.
    for (const [ko, en] of versionsByKey(site.articles)) {
      const fromKo = new Set(ko.meta.names);
      const fromEn = new Set(en.meta.names);
      for (const duplicate of duplicateForms([...ko.meta.names, ...en.meta.names])) {
        if (fromEn.has(duplicate.entry) && fromKo.has(duplicate.first) && !sameEntry(duplicate.entry, duplicate.first)) {
          reportDuplicate(duplicate, site, owner, ctx);
        }
      }
    }
  },
};

function reportDuplicate(duplicate: DuplicateForm, site: Site, owner: Map<GlossaryEntry, Article>, ctx: RuleContext): void {
  const { entry, form, first } = duplicate;
  const article = owner.get(entry);
  const where = first.source.file === entry.source.file ? `line ${first.source.line}` : `${first.source.file}, line ${first.source.line}`;
  const message = `"${form}" is already a form of "${first.en[0]}" / "${first.ko[0]}" (${where}); a form may belong to one entry only: merge the two entries or remove the form from one`;
  if (article) {
    const start = formOffset(article.source, entry.source.line, form, article.bodyOffset);
    ctx.report({ article, start, end: start + form.length, message });
    return;
  }
  const file = site.files.find((f) => f.path === entry.source.file);
  const source = file ? String(file.value ?? '') : '';
  const start = formOffset(source, entry.source.line, form, source.length);
  ctx.reportFile({ path: entry.source.file, source, start, end: start + form.length, message });
}

/**
 * Where `form` is written in the entry that starts on `line`: searched on
 * that line and the few after it, and only when it is unambiguous there;
 * else the start of the line.
 */
function formOffset(source: string, line: number, form: string, limit: number): number {
  const lineStart = offsetOfLine(source, line);
  const entryLines = source.slice(lineStart, limit).split('\n').slice(0, 4);
  const firstLine = entryLines[0] ?? '';
  const lineOffset = lineStart + (firstLine.length - firstLine.replace(/^[\s-]+/u, '').length);
  if (firstLine.split(form).length > 2) return lineOffset;
  let offset = lineStart;
  for (const [index, text] of entryLines.entries()) {
    // A later line opening another list item belongs to the next entry.
    if (index > 0 && /^\s*-\s/u.test(text)) break;
    const at = text.indexOf(form);
    if (at !== -1) return offset + at;
    offset += text.length + 1;
  }
  return lineOffset;
}

function sameEntry(a: GlossaryEntry, b: GlossaryEntry): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((form, i) => normalizeForm(form) === normalizeForm(y[i]!));
  return same(a.ko, b.ko) && same(a.en, b.en);
}

/** Korean and English articles that share a translation key. */
function versionsByKey(articles: readonly Article[]): Array<[Article, Article]> {
  const byKey = new Map<string, { ko?: Article; en?: Article }>();
  for (const article of articles) {
    const versions = byKey.get(article.key) ?? {};
    versions[article.lang] ??= article;
    byKey.set(article.key, versions);
  }
  return [...byKey.values()].flatMap((v) => (v.ko && v.en ? [[v.ko, v.en] as [Article, Article]] : []));
}
