/** Loads a fixture site under tests/fixtures/render/ and renders its pages. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { loadSite } from '../../src/load/index.js';
import { pairArticles } from '../../src/pair.js';
import { createPublication, type PublicationOptions } from '../../src/publish/publication.js';
import { renderPages } from '../../src/render/index.js';
import type { SettingsInput } from '../../src/settings.js';
import type { OutputFile, Publication } from '../../src/types.js';

export type HtmlDocument = ReturnType<typeof parseHTML>['document'];

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'render');

export interface Rendered {
  pub: Publication;
  files: OutputFile[];
  /** the text of one output file; throws when it was not written */
  text(path: string): string;
  /** one output page, parsed */
  page(path: string): HtmlDocument;
}

export async function renderFixture(name: string, overrides: SettingsInput = {}, options: PublicationOptions = {}): Promise<Rendered> {
  const site = await loadSite(join(FIXTURES, name), overrides);
  const pub = createPublication(site, pairArticles(site), options);
  const files = renderPages(pub);
  const text = (path: string) => {
    const file = files.find((f) => f.path === path);
    if (!file) throw new Error(`no output file ${path}; written: ${files.map((f) => f.path).join(', ')}`);
    return typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
  };
  return { pub, files, text, page: (path) => parseHTML(text(path)).document };
}

/** Writes the files to a fresh temporary folder and returns its path. */
export async function writeToTemp(files: OutputFile[]): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'pairpress-render-'));
  for (const file of files) {
    await mkdir(dirname(join(out, file.path)), { recursive: true });
    await writeFile(join(out, file.path), file.content);
  }
  return out;
}
