/**
 * Two versions of one site for the crash tests: B changes every title of
 * A, drops an article and adds one, so that nearly every output file
 * differs between the two builds. `output/` of a killed build must be one
 * of the two complete sites.
 */
import { rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { articleText } from '../helpers/hostile.js';

/** B changes nearly every file of A; C changes one article of A (a small change: an incremental build links every other file from the previous output). */
export type Version = 'A' | 'B' | 'C';

/** Article pairs in a site: the kill test wants builds long enough to stop midway; the others want speed. */
export const PAIRS = { large: 30, small: 6 } as const;

export function siteFiles(version: Version, pairs: number = PAIRS.small): Record<string, string> {
  const files: Record<string, string> = {
    'pairpress.config.json': JSON.stringify({ baseUrl: 'https://news.example', title: { ko: '시험 신문', en: 'Test News' } }),
  };
  const mark = version === 'B' ? '개정판' : '첫판';
  const markEn = version === 'B' ? 'revised edition' : 'first edition';
  for (let i = 0; i < pairs; i++) {
    // B drops the first article and adds one after the last
    if ((version === 'B' && i === 0) || (version !== 'B' && i === pairs - 1)) continue;
    const day = String((i % 28) + 1).padStart(2, '0');
    const date = `2026-01-${day}T09:00:00+09:00`;
    const ko = Array.from({ length: 12 }, (_, p) => `${i}번 기사의 ${p + 1}번째 문단이다. 정부는 예산을 다시 검토하겠다고 밝혔다.`).join('\n\n');
    const en = Array.from({ length: 12 }, (_, p) => `Paragraph ${p + 1} of article ${i}. The government said it would review the budget again.`).join('\n\n');
    const corrected = version === 'C' && i === 3 ? '\n\n정정: 예산 규모를 바로잡았다.' : '';
    files[`articles/2026/01/story-${i}.ko.md`] = articleText({ title: `${i}번 기사 (${mark})`, date }, ko + corrected);
    files[`articles/2026/01/story-${i}.en.md`] = articleText({ title: `Story ${i} (${markEn})`, date }, en);
  }
  return files;
}

/** Makes the articles of `root` those of `version` (the other version's extra files removed). */
export async function writeVersion(root: string, version: Version, pairs: number = PAIRS.small): Promise<void> {
  await rm(join(root, 'articles'), { recursive: true, force: true });
  for (const [path, text] of Object.entries(siteFiles(version, pairs))) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}
