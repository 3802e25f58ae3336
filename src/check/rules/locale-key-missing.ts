/**
 * locale-key-missing (SPEC §5): the UI strings of both languages must have
 * the same keys (`locales/ko/<ns>.json` ↔ `locales/en/<ns>.json`), each
 * language the plural forms its plural rules need (English `_one` and
 * `_other`, Korean `_other` alone, or a plain key in either), and the same
 * `{{interpolation}}` variables. Reported at the line of the key in the file
 * that has it.
 */
import type { Lang, LocaleFile, Site } from '../../types.js';
import type { RuleContext, SiteRule } from '../rule.js';
import { LANGUAGE_NAME } from '../sides.js';
import {
  flattenResources,
  interpolationVariables,
  pluralCategories,
  pluralKey,
  splitPluralSuffix,
} from '../text/i18next-keys.js';
import { jsonKeySpans, type KeySpan } from '../text/json-keys.js';

export const localeKeyMissing: SiteRule = {
  id: 'locale-key-missing',
  scope: 'site',
  description: 'A UI string key is in one language\'s locale files and not the other\'s, a plural form the language needs is missing, or the two languages use different {{interpolation}} variables.',
  help: 'Add the key to locales/<lang>/<namespace>.json of the other language (English plurals need key_one and key_other; Korean needs key_other or the plain key), and use the same {{variables}} in both.',
  check(site: Site, ctx: RuleContext) {
    const translationLang: Lang = site.settings.defaultLanguage === 'ko' ? 'en' : 'ko';
    for (const [namespace, files] of byNamespace(site.locales)) {
      const { ko, en } = files;
      if (!ko || !en) {
        const only = (ko ?? en)!;
        const missing = `locales/${only.lang === 'ko' ? 'en' : 'ko'}/${namespace}.json`;
        // The counterpart is there but could not be read: that file has its own finding.
        if (site.files.some((file) => file.path === missing)) continue;
        ctx.reportFile({
          path: only.path,
          source: only.source,
          start: 0,
          message: `${only.path} has no ${LANGUAGE_NAME[only.lang === 'ko' ? 'en' : 'ko']} counterpart: add ${missing} with the same keys`,
        });
        continue;
      }
      compareFiles({ ko: describeFile(ko), en: describeFile(en) }, translationLang, ctx);
    }
  },
};

interface KeyGroup {
  base: string;
  /** every key of the group as written (the plain key and its plural forms) */
  keys: string[];
  /** where the group is first written */
  span: KeySpan;
  cardinal: Set<string>;
  ordinal: Set<string>;
  variables: Set<string>;
}

interface DescribedFile {
  file: LocaleFile;
  groups: Map<string, KeyGroup>;
}

function byNamespace(locales: LocaleFile[]): Map<string, Partial<Record<Lang, LocaleFile>>> {
  const namespaces = new Map<string, Partial<Record<Lang, LocaleFile>>>();
  for (const file of locales) {
    const slot = namespaces.get(file.namespace) ?? {};
    slot[file.lang] ??= file;
    namespaces.set(file.namespace, slot);
  }
  return new Map([...namespaces].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The file's keys grouped by base key (a key and its plural forms are one group). */
function describeFile(file: LocaleFile): DescribedFile {
  const spans = jsonKeySpans(file.source);
  const groups = new Map<string, KeyGroup>();
  for (const [key, value] of flattenResources(file.data)) {
    const { base, plural, ordinal } = splitPluralSuffix(key);
    const span = spans.get(key) ?? { start: 0, end: 0 };
    let group = groups.get(base);
    if (!group) {
      group = { base, keys: [], span, cardinal: new Set(), ordinal: new Set(), variables: new Set() };
      groups.set(base, group);
    }
    group.keys.push(key);
    if (span.start < group.span.start) group.span = span;
    if (plural) (ordinal ? group.ordinal : group.cardinal).add(plural);
    for (const name of interpolationVariables(value)) group.variables.add(name);
  }
  return { file, groups };
}

function compareFiles(files: Record<Lang, DescribedFile>, translationLang: Lang, ctx: RuleContext): void {
  const report = (side: DescribedFile, span: KeySpan, message: string) =>
    ctx.reportFile({ path: side.file.path, source: side.file.source, start: span.start, end: span.end, message });
  for (const [lang, other] of [['ko', 'en'], ['en', 'ko']] as const) {
    const mine = files[lang];
    const theirs = files[other];
    for (const group of mine.groups.values()) {
      if (!theirs.groups.has(group.base)) {
        report(mine, group.span, `key "${group.base}"${formsNote(group)} has no counterpart in ${theirs.file.path}`);
        continue;
      }
      for (const missing of missingPluralForms(group, lang)) {
        report(mine, group.span, `plural form "${missing.key}" is missing: ${LANGUAGE_NAME[lang]} needs ${missing.needed.join(' and ')}`);
      }
      if (lang === translationLang) {
        const difference = variableDifference(group, theirs.groups.get(group.base)!, theirs.file.path);
        if (difference) report(mine, group.span, `key "${group.base}": ${difference}`);
      }
    }
  }
}

function formsNote(group: KeyGroup): string {
  return group.keys.length === 1 && group.keys[0] === group.base ? '' : ` (${group.keys.join(', ')})`;
}

/**
 * A group written with plural suffixes needs every form of the language's
 * plural rules; a plain key alone is what i18next falls back to, so it needs none.
 */
function missingPluralForms(group: KeyGroup, lang: Lang): Array<{ key: string; needed: string[] }> {
  const missing: Array<{ key: string; needed: string[] }> = [];
  for (const [ordinal, present] of [[false, group.cardinal], [true, group.ordinal]] as const) {
    if (present.size === 0) continue;
    const needed = pluralCategories(lang, ordinal);
    const neededKeys = needed.map((c) => pluralKey(group.base, c, ordinal));
    for (const category of needed) {
      if (!present.has(category)) missing.push({ key: pluralKey(group.base, category, ordinal), needed: neededKeys });
    }
  }
  return missing;
}

function variableDifference(here: KeyGroup, there: KeyGroup, therePath: string): string | undefined {
  const lacking = [...there.variables].filter((v) => !here.variables.has(v)).sort();
  const extra = [...here.variables].filter((v) => !there.variables.has(v)).sort();
  if (!lacking.length && !extra.length) return undefined;
  const list = (names: string[]) => names.map((n) => `{{${n}}}`).join(', ');
  const parts: string[] = [];
  if (lacking.length) parts.push(`${list(lacking)} in ${therePath} ${lacking.length === 1 ? 'is' : 'are'} missing here`);
  if (extra.length) parts.push(`${list(extra)} here ${extra.length === 1 ? 'is' : 'are'} not in ${therePath}`);
  return `${parts.join('; ')}; both languages must use the same interpolation variables`;
}
