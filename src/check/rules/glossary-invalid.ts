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
    const reported = new Set<GlossaryEntry>();
    const report = (duplicate: DuplicateForm) => {
      // One finding per entry, even when it clashes with several.
      if (reported.has(duplicate.entry)) return;
      reported.add(duplicate.entry);
      reportDuplicate(duplicate, site, owner, ctx);
    };
    const owner = new Map<GlossaryEntry, Article>();
    for (const article of site.articles) for (const entry of article.meta.names) owner.set(entry, article);

    for (const duplicate of duplicateForms(site.glossary)) report(duplicate);

    for (const article of site.articles) {
      const own = new Set(article.meta.names);
      if (own.size === 0) continue;
      for (const duplicate of duplicateForms([...site.glossary, ...article.meta.names])) {
        if (own.has(duplicate.entry)) report(duplicate);
      }
    }

    // The two versions of a pair share their `names`: the same entry in both is fine, a clash is not.
    for (const [ko, en] of versionsByKey(site.articles)) {
      const fromKo = new Set(ko.meta.names);
      const fromEn = new Set(en.meta.names);
      for (const duplicate of duplicateForms([...ko.meta.names, ...en.meta.names])) {
        if (fromEn.has(duplicate.entry) && fromKo.has(duplicate.first) && !sameEntry(duplicate.entry, duplicate.first)) {
          report(duplicate);
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
    const start = formOffset(article.source, entry.source.line, form);
    ctx.report({ article, start, end: start + form.length, message });
    return;
  }
  const file = site.files.find((f) => f.path === entry.source.file);
  const source = file ? String(file.value ?? '') : '';
  const start = formOffset(source, entry.source.line, form);
  ctx.reportFile({ path: entry.source.file, source, start, end: start + form.length, message });
}

/**
 * The place of a duplicate: on the entry's first line (SPEC: "at the line of
 * the second"), at the form itself when it is written there as a whole list
 * item, else where the entry's text starts.
 */
function formOffset(source: string, line: number, form: string): number {
  const lineStart = offsetOfLine(source, line);
  const lineEnd = source.indexOf('\n', lineStart);
  const text = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const item = new RegExp(`(?:[\\[,:]|^\\s*-)\\s*["']?(${escaped})["']?\\s*(?=[\\],#]|$)`, 'du').exec(text);
  if (item?.indices?.[1]) return lineStart + item.indices[1][0];
  return lineStart + (text.length - text.replace(/^[\s-]+/u, '').length);
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
