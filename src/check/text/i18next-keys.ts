/**
 * What i18next makes of a resource file: keys (nested objects joined with
 * `.`), plural forms (`key_one`, `key_other`, `key_ordinal_two` …, chosen by
 * the language's plural rules) and `{{interpolation}}` variables.
 */
import type { Lang } from '../../types.js';

const PLURAL_SUFFIX = /^(.+?)_(ordinal_)?(zero|one|two|few|many|other)$/;

export interface KeyName {
  /** the key without its plural suffix */
  base: string;
  /** the plural category, for a plural form */
  plural?: Intl.LDMLPluralRule;
  ordinal: boolean;
}

export function splitPluralSuffix(key: string): KeyName {
  const match = PLURAL_SUFFIX.exec(key);
  if (!match) return { base: key, ordinal: false };
  return { base: match[1]!, plural: match[3] as Intl.LDMLPluralRule, ordinal: Boolean(match[2]) };
}

/** The plural forms i18next looks up for a language: English `one`, `other`; Korean only `other`. */
export function pluralCategories(lang: Lang, ordinal: boolean): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
}

/** The form of a key for a plural category: `items` + `one` → `items_one`. */
export function pluralKey(base: string, category: string, ordinal: boolean): string {
  return `${base}_${ordinal ? 'ordinal_' : ''}${category}`;
}

/** Every leaf of a resource object as a dotted key (array elements by index). */
export function flattenResources(data: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) flattenResources(value, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, data);
  }
  return out;
}

/** `{{name}}`, `{{- name}}` (unescaped), `{{count, number}}` (formatted) all name the variable. */
const INTERPOLATION = /\{\{(.+?)\}\}/g;

export function interpolationVariables(value: unknown): Set<string> {
  const names = new Set<string>();
  if (typeof value !== 'string') return names;
  for (const match of value.matchAll(INTERPOLATION)) {
    const name = match[1]!.replace(/^\s*-/, '').split(',')[0]!.trim();
    if (name) names.add(name);
  }
  return names;
}
