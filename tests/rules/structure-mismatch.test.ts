import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { structureMismatch } from '../../src/check/rules/structure-mismatch.js';
import { makeSite } from '../helpers/site.js';
import { FIXTURES, findingsIn, where } from './harness.js';

const EN = 'articles/2026/01/fighter-program.en.md';
const KO = 'articles/2026/01/fighter-program.ko.md';

describe('structure-mismatch', () => {
  it('reports each kind whose count differs, on the translation, with both counts', async () => {
    const found = await findingsIn(structureMismatch, 'structure-mismatch/fires');
    expect(found.map((d) => [where(d), d.message])).toEqual([
      // no image in Markdown here (the <img> is raw HTML): the start of the body
      [{ file: EN, line: 6, column: 1, related: { file: KO, line: 19, column: 1 } }, '0 images here, 1 in the Korean version'],
      // the Korean nested list has no counterpart: points at it
      [{ file: EN, line: 14, column: 1, related: { file: KO, line: 15, column: 3 } }, '1 list here, 2 in the Korean version'],
      // one quote too many: the extra one, and the original's last
      [{ file: EN, line: 17, column: 1, related: { file: KO, line: 10, column: 1 } }, '2 block quotes here, 1 in the Korean version'],
      // one heading too few: the last one here, and the first the original has beyond it
      [{ file: EN, line: 21, column: 1, related: { file: KO, line: 23, column: 1 } }, '3 headings here, 4 in the Korean version'],
    ]);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    // a multi-line block is marked on its first line only
    const list = found[1]!;
    expect([list.endLine, list.endColumn]).toEqual([14, '- Sharing the costs of engine development and testing'.length + 1]);
  });

  it('counts by kind, not by spelling: setext and ATX headings, bullets and numbers, inline, reference and autolinks; a dateline is no list', async () => {
    // the one link too many in English is in a block silenced with pairpress-ignore-next
    expect(await findingsIn(structureMismatch, 'structure-mismatch/clean')).toEqual([]);
  });

  it('is silenced by the ignore comment, and only by it, in the clean site', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'pairpress-structure-'));
    cpSync(join(FIXTURES, 'structure-mismatch/clean'), copy, { recursive: true });
    const path = join(copy, EN);
    writeFileSync(path, readFileSync(path, 'utf8').replace('<!-- pairpress-ignore-next structure-mismatch -->\n', ''));
    const found = await findingsIn(structureMismatch, copy);
    expect(found.map((d) => [d.line, d.message])).toEqual([[17, '3 links here, 2 in the Korean version']]);
  });

  it('a comment before the block the original has on purpose silences it too (the finding would be on the translation)', async () => {
    const front = (title: string) => `---\ntitle: ${title}\ndate: 2026-03-02\n---\n\n`;
    const ko =
      front('봄맞이 항구 축제') +
      '## 행사 일정\n\n축제는 사흘 동안 열린다.\n\n## 교통 안내\n\n셔틀버스가 역에서 출발한다.\n\n' +
      '<!-- pairpress-ignore-next structure-mismatch -->\n## 지역 주민 할인\n\n주민은 입장료의 절반만 낸다.\n';
    const en =
      front('Spring harbour festival') +
      '## Programme\n\nThe festival runs for three days.\n\n## Getting there\n\nShuttle buses leave from the station.\n\nResidents pay half the entry fee.\n';
    const files = { 'articles/harbour.ko.md': ko, 'articles/harbour.en.md': en };
    expect(await findingsIn(structureMismatch, await makeSite(files))).toEqual([]);
    // without the comment the Korean third heading is a finding on the English version
    const plain = { ...files, 'articles/harbour.ko.md': ko.replace('<!-- pairpress-ignore-next structure-mismatch -->\n', '') };
    const found = await findingsIn(structureMismatch, await makeSite(plain));
    expect(found.map((d) => [d.file, d.message, d.related?.line])).toEqual([
      ['articles/harbour.en.md', '2 headings here, 3 in the Korean version', 14],
    ]);
    // the block that differs on purpose may stand anywhere, not only last
    const middle =
      front('봄맞이 항구 축제') +
      '## 행사 일정\n\n축제는 사흘 동안 열린다.\n\n<!-- pairpress-ignore-next structure-mismatch -->\n## 지역 주민 할인\n\n주민은 입장료의 절반만 낸다.\n\n' +
      '## 교통 안내\n\n셔틀버스가 역에서 출발한다.\n';
    expect(await findingsIn(structureMismatch, await makeSite({ ...files, 'articles/harbour.ko.md': middle }))).toEqual([]);
  });
});
