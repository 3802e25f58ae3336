/**
 * `lang` and `hreflang` values the Nu Html Checker accepts: a language tag
 * whose language, script and region subtags are registered. The sanitizer
 * only checks the shape (`zz-invalid` has it); this asks the ICU data Node
 * carries whether each subtag names something, and drops the attribute
 * where one does not (the text then takes the page's language).
 */
import type { Root } from 'hast';
import { forEachElement } from './walk.js';

const known = {
  language: new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }),
  script: new Intl.DisplayNames(['en'], { type: 'script', fallback: 'none' }),
  region: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
};

const verdicts = new Map<string, boolean>();

/** Whether every subtag of `tag` is one a registry knows (`ko`, `en-GB`, `zh-Hant-TW`; not `zz`, `en-XX`). */
export function isKnownLanguageTag(tag: string): boolean {
  const cached = verdicts.get(tag);
  if (cached !== undefined) return cached;
  let verdict = false;
  try {
    const locale = new Intl.Locale(tag);
    const subtags = tag.split('-').length;
    const parts = 1 + (locale.script ? 1 : 0) + (locale.region ? 1 : 0);
    verdict =
      parts === subtags &&
      known.language.of(locale.language) !== undefined &&
      (!locale.script || known.script.of(locale.script) !== undefined) &&
      (!locale.region || known.region.of(locale.region) !== undefined);
  } catch {
    verdict = false;
  }
  verdicts.set(tag, verdict);
  return verdict;
}

/** Removes `lang` and `hreflang` values that name no known language. */
export function dropUnknownLanguageTags(tree: Root): void {
  forEachElement(tree, (element) => {
    for (const name of ['lang', 'hrefLang'] as const) {
      const value = element.properties[name];
      if (typeof value === 'string' && !isKnownLanguageTag(value)) delete element.properties[name];
    }
  });
}
