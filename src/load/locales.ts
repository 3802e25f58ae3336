/**
 * i18next UI strings: `locales/<lang>/<namespace>.json`, one namespace per
 * file. A file that is not a JSON object is reported and left out.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { addMessage, createFile } from '../diagnostics.js';
import { LANGS, type LocaleFile } from '../types.js';
import { normalizeText } from './decode.js';

export async function loadLocales(root: string, files: VFile[]): Promise<LocaleFile[]> {
  const locales: LocaleFile[] = [];
  for (const lang of LANGS) {
    let names: string[];
    try {
      names = (await readdir(join(root, 'locales', lang))).filter((n) => n.endsWith('.json')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = `locales/${lang}/${name}`;
      const source = normalizeText(await readFile(join(root, path), 'utf8'));
      const data = parseObject(source);
      if (data) {
        locales.push({ lang, namespace: name.slice(0, -'.json'.length), path, source, data });
        continue;
      }
      const file = createFile(path, source);
      addMessage(file, {
        rule: 'locale-key-missing',
        message: 'not a JSON object of UI strings; fix the JSON syntax',
        start: { line: 1, column: 1 },
      });
      files.push(file);
    }
  }
  return locales;
}

function parseObject(source: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(source);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
