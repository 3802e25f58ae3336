/**
 * i18next UI strings: `locales/<lang>/<namespace>.json`, one namespace per
 * file. A file that is not a JSON object is reported and left out.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { addMessage, createFile } from '../diagnostics.js';
import { LANGS, type LocaleFile } from '../types.js';
import { MAX_DATA_DEPTH, nestedDeeperThan } from './complexity.js';
import { normalizeText } from './decode.js';
import { isSymbolicLink, LINK_MESSAGE } from './links.js';
import { MAX_DATA_FILE_BYTES, readRegularFile } from './safe-read.js';

export async function loadLocales(root: string, files: VFile[]): Promise<LocaleFile[]> {
  const locales: LocaleFile[] = [];
  if (await isSymbolicLink(join(root, 'locales'))) {
    report(files, 'locales', '', LINK_MESSAGE);
    return locales;
  }
  for (const lang of LANGS) {
    if (await isSymbolicLink(join(root, 'locales', lang))) {
      report(files, `locales/${lang}`, '', LINK_MESSAGE);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(join(root, 'locales', lang))).filter((n) => n.endsWith('.json')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = `locales/${lang}/${name}`;
      const read = await readRegularFile(join(root, path), MAX_DATA_FILE_BYTES);
      if (!read.ok) {
        // a folder named like a JSON file, a link, a file that cannot be read
        report(files, path, '', `${read.message}; a locale file must be a JSON file of UI strings`);
        continue;
      }
      const source = normalizeText(read.bytes.toString('utf8'));
      const data = parseObject(source);
      if (data && nestedDeeperThan(data, MAX_DATA_DEPTH)) {
        report(files, path, source, `the UI strings are nested more than ${MAX_DATA_DEPTH} levels deep; use a few levels of keys`);
        continue;
      }
      if (data) {
        locales.push({ lang, namespace: name.slice(0, -'.json'.length), path, source, data });
        continue;
      }
      report(files, path, source, 'not a JSON object of UI strings; fix the JSON syntax');
    }
  }
  return locales;
}

function report(files: VFile[], path: string, source: string, message: string): void {
  const file = createFile(path, source);
  addMessage(file, { rule: 'locale-key-missing', message, start: { line: 1, column: 1 } });
  files.push(file);
}

function parseObject(source: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(source);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
