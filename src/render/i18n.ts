/**
 * UI strings through i18next, one instance per build, resources from the
 * site's `locales/` files. A missing key shows as the key itself, so a gap
 * in the locale files is visible in the page (and `locale-key-missing`
 * reports it). Interpolated values are not HTML-escaped here: pages are
 * built as trees of text nodes and the serializer escapes.
 */
import i18next, { type i18n as I18n } from 'i18next';
import type { Lang, LocaleFile } from '../types.js';

export const DEFAULT_NAMESPACE = 'common';

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
  const others = [...namespaces].filter((n) => n !== DEFAULT_NAMESPACE).sort();
  const instance: I18n = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'ko',
    supportedLngs: ['ko', 'en'],
    fallbackLng: false,
    ns: [...namespaces].sort(),
    defaultNS: DEFAULT_NAMESPACE,
    fallbackNS: others.length > 0 ? others : false,
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  return {
    t: (lang, key, options = {}) => {
      const value = instance.t(key, { ...options, lng: lang });
      return typeof value === 'string' ? value : key;
    },
    has: (lang, key) => instance.exists(key, { lng: lang }),
  };
}
