/**
 * UI strings through i18next, one instance per build, resources from the
 * site's `locales/` files, then pairpress's own strings for any key the
 * site does not define (a site needs no locale files to read well). A key
 * neither has shows as the key itself. Interpolated values are not
 * HTML-escaped here: pages are built as trees of text nodes and the
 * serializer escapes.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { LANGS, type Lang, type LocaleFile } from '../types.js';
import { BUILT_IN_STRINGS } from './ui-strings.js';

export const DEFAULT_NAMESPACE = 'common';

const KNOWN_MAX = 10_000;

/** The namespace of the built-in strings, looked up after every namespace of the site. */
export const BUILT_IN_NAMESPACE = 'pairpress-built-in';

export type Translate = (lang: Lang, key: string, options?: Record<string, unknown>) => string;

export interface Translator {
  t: Translate;
  /** whether the key exists in that language's strings */
  has(lang: Lang, key: string): boolean;
}

export function createTranslator(locales: readonly LocaleFile[]): Translator {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  const namespaces = new Set<string>([DEFAULT_NAMESPACE]);
  for (const file of locales) {
    namespaces.add(file.namespace);
    const byNamespace = (resources[file.lang] ??= {});
    byNamespace[file.namespace] = file.data;
  }
  for (const lang of LANGS) (resources[lang] ??= {})[BUILT_IN_NAMESPACE] = BUILT_IN_STRINGS[lang];
  const others = [...[...namespaces].filter((n) => n !== DEFAULT_NAMESPACE).sort(), BUILT_IN_NAMESPACE];
  const instance: I18n = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'ko',
    supportedLngs: ['ko', 'en'],
    fallbackLng: false,
    ns: [DEFAULT_NAMESPACE, ...others],
    defaultNS: DEFAULT_NAMESPACE,
    fallbackNS: others,
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  // Every page asks for the same few strings: each is looked up once.
  const known = new Map<string, string>();
  return {
    t: (lang, key, options = {}) => {
      const memo = `${lang}\u0000${key}\u0000${JSON.stringify(options)}`;
      let text = known.get(memo);
      if (text === undefined) {
        // No nesting ($t(other.key) inside a string): a site's strings could nest into each other
        // without end, or double at every level (a billion laughs), and pairpress uses none.
        const value = instance.t(key, { ...options, lng: lang, nest: false });
        text = typeof value === 'string' ? value : key;
        if (known.size >= KNOWN_MAX) known.clear();
        known.set(memo, text);
      }
      return text;
    },
    has: (lang, key) => instance.exists(key, { lng: lang }),
  };
}
