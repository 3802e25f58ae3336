/** Builds a Publication the way `build` does, from a fixture folder or a temporary site. */
import { join } from 'node:path';
import { loadSite } from '../../src/load/index.js';
import { pairArticles } from '../../src/pair.js';
import { createPublication, type PublicationOptions } from '../../src/publish/publication.js';
import type { SettingsInput } from '../../src/settings.js';
import type { OutputFile, Publication } from '../../src/types.js';
import { makeSite } from '../helpers/site.js';

export const FEED_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'feeds');

export async function publish(root: string, overrides: SettingsInput = {}, options: PublicationOptions = {}): Promise<Publication> {
  const site = await loadSite(root, overrides);
  return createPublication(site, pairArticles(site), options);
}

export function publishFixture(name: string, overrides: SettingsInput = {}, options: PublicationOptions = {}): Promise<Publication> {
  return publish(join(FEED_FIXTURES, name), overrides, options);
}

/** The text of one output file; throws when it was not written. */
export function fileText(files: OutputFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no output file ${path}; written: ${files.map((f) => f.path).join(', ')}`);
  return typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
}

/**
 * A site of `count` translated pairs, one a day from 1 January 2026 at
 * 09:00 in Seoul, each pair with its own slug. Titles carry the day so the
 * order can be checked.
 */
export async function makePairedSite(count: number, config: Record<string, unknown> = {}): Promise<string> {
  const files: Record<string, string> = {
    'pairpress.config.json': JSON.stringify({ baseUrl: 'https://daily.example.com', ...config }),
  };
  for (let i = 1; i <= count; i++) {
    const day = new Date(Date.UTC(2026, 0, i));
    const iso = day.toISOString().slice(0, 10);
    const [year, month] = iso.split('-');
    const base = `articles/${year}/${month}/briefing-${i}`;
    files[`${base}.ko.md`] =
      `---\ntitle: 오늘의 해양 안보 브리핑 ${i}호\ndate: ${iso}T09:00:00+09:00\n---\n\n${i}호 브리핑은 항만 경비 소식을 다룬다.\n`;
    files[`${base}.en.md`] =
      `---\ntitle: Maritime security briefing no. ${i}\ndate: ${iso}T09:00:00+09:00\n---\n\nBriefing no. ${i} covers news on port security.\n`;
  }
  return makeSite(files);
}
