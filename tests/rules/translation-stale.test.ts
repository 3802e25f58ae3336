import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translationStale } from '../../src/check/rules/translation-stale.js';
import { makeRepo } from '../helpers/git-repo.js';
import { findingsIn, where } from './harness.js';

const KO = 'articles/2026/01/drill.ko.md';
const EN = 'articles/2026/01/drill.en.md';

/** 2026-01-17T00:00:00Z, 09:00 in Seoul */
const JAN_17 = 1_768_608_000;
const HOUR = 3600;
const DAY = 24 * HOUR;

function article(title: string, body: string): string {
  return `---\ntitle: ${title}\ndate: 2026-01-17T09:00:00+09:00\n---\n\n${body}\n`;
}

const ko = (body = '해양경찰청은 서해에서 해군과 합동 수색 훈련을 했다.') => article('해경 합동 훈련', body);
const en = (body = 'The coast guard held a joint search drill with the navy in the Yellow Sea.') => article('Coast guard drill', body);

describe('translation-stale by front matter', () => {
  it('warns on the translation when the original was updated after it, naming the update', async () => {
    const found = await findingsIn(translationStale, 'translation-stale/fires');
    expect(found.map(where)).toEqual([{ file: EN, line: 3, column: 1, related: { file: KO, line: 4, column: 1 } }]);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toBe(
      "out of date: the Korean version was updated 2026-01-20T14:00:00+09:00, after this version's date 2026-01-17T09:00:00+09:00; bring this translation up to date",
    );
  });

  it('is quiet when the translation was updated later, or at the same instant in another zone', async () => {
    expect(await findingsIn(translationStale, 'translation-stale/clean')).toEqual([]);
  });
});

describe('translation-stale by git history', () => {
  it('warns when the original has a newer commit than the translation, naming it', async () => {
    const repo = makeRepo();
    const first = repo.commit({ [KO]: ko(), [EN]: en() }, JAN_17);
    const second = repo.commit({ [KO]: ko('해양경찰청은 서해에서 해군과 사흘 동안 합동 수색 훈련을 했다.') }, JAN_17 + 3 * DAY + 5 * HOUR + 5 * 60);
    const found = await findingsIn(translationStale, repo.dir);
    expect(found.map(where)).toEqual([{ file: EN, line: 3, column: 1, related: { file: KO, line: 3, column: 1 } }]);
    expect(found[0]!.message).toBe(
      `out of date: the Korean version was changed in commit ${second.slice(0, 7)} (2026-01-20 14:05), ` +
        `after this version's last commit ${first.slice(0, 7)} (2026-01-17 09:00); bring this translation up to date`,
    );

    // the translation catches up
    repo.commit({ [EN]: en('The coast guard and the navy held a three-day search drill in the Yellow Sea.') }, JAN_17 + 4 * DAY);
    expect(await findingsIn(translationStale, repo.dir)).toEqual([]);
  });

  it('does not call the original stale when its translation is committed after it', async () => {
    const repo = makeRepo();
    repo.commit({ [KO]: ko() }, JAN_17);
    repo.commit({ [EN]: en() }, JAN_17 + DAY);
    expect(await findingsIn(translationStale, repo.dir)).toEqual([]);
  });

  it('does not judge by history when the translation has no commit yet', async () => {
    const repo = makeRepo();
    repo.commit({ [KO]: ko() }, JAN_17);
    // the English file is written but not committed
    writeFileSync(join(repo.dir, EN), en());
    expect(await findingsIn(translationStale, repo.dir)).toEqual([]);
  });
});
