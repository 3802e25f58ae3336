/** The review page (`check --format html`): read back with a DOM parser, as a browser would. */
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadAndCheck, reviewPage } from '../../src/pipeline.js';
import { formatReviewHtml, type ReviewSources } from '../../src/report/review-html.js';
import { alignBlocks } from '../../src/report/review/align.js';
import type { CheckResult, Diagnostic } from '../../src/types.js';
import { article, makeSite } from '../helpers/site.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/browser/site');

function parse(html: string) {
  return parseHTML(html).document;
}

/** The language of the column an element sits in. */
function columnOf(element: { closest(selector: string): { getAttribute(name: string): string | null } | null }): string | null {
  return element.closest('.cell')?.getAttribute('lang') ?? null;
}

function otherLang(path: string): string {
  return path.endsWith('.ko.md') ? 'en' : 'ko';
}

describe('review page of the fixture site', async () => {
  const checked = await loadAndCheck(FIXTURE);
  const html = reviewPage(checked);
  const document = parse(html);
  const diagnostics = checked.result.diagnostics;

  it('has findings to show (the fixture has a front-matter date mismatch)', () => {
    expect(diagnostics.map((d) => d.rule)).toContain('frontmatter-mismatch');
  });

  it('marks every finding at its place in its own version and somewhere in the other', () => {
    for (const [i, d] of diagnostics.entries()) {
      const marks = [...document.querySelectorAll(`mark[data-finding="f${i + 1}"]`)];
      const own = marks.filter((m) => m.classList.contains('at'));
      const other = marks.filter((m) => !m.classList.contains('at'));
      const ownLang = d.file.endsWith('.ko.md') ? 'ko' : 'en';
      expect(own.length, `${d.rule} at ${d.file}:${d.line}`).toBeGreaterThan(0);
      expect(own.every((m) => columnOf(m) === ownLang)).toBe(true);
      expect(other.length, `${d.rule}: a mark in the other version`).toBeGreaterThan(0);
      expect(other.every((m) => columnOf(m) === otherLang(d.file))).toBe(true);
      expect(own[0]!.getAttribute('title')).toContain(d.message);
      expect(own[0]!.getAttribute('data-rule')).toBe(d.rule);
    }
  });

  it('highlights the field of a front-matter mismatch, and the field it names in the other version', () => {
    const i = diagnostics.findIndex((d) => d.rule === 'frontmatter-mismatch');
    const marks = [...document.querySelectorAll(`mark[data-finding="f${i + 1}"]`)];
    const at = marks.find((m) => m.classList.contains('at'))!;
    const related = marks.find((m) => m.classList.contains('related'))!;
    expect(at.textContent).toBe('date: 2026-02-21T09:00:00+09:00');
    expect(related.textContent).toBe('date: 2026-02-20T09:00:00+09:00');
    expect(columnOf(related)).toBe('ko');
  });

  it('puts Korean on the left and English on the right, front matter and paragraphs in the same rows', () => {
    const section = [...document.querySelectorAll('section.pair')].find((s) => s.querySelector('h2')?.textContent === '2026/02/harbour-cleanup')!;
    const rows = [...section.querySelectorAll('.row:not(.heading)')];
    for (const row of rows) {
      expect([...row.querySelectorAll(':scope > .cell')].map((c) => c.getAttribute('lang'))).toEqual(['ko', 'en']);
    }
    const firstLines = rows.map((row) => [...row.querySelectorAll('.cell')].map((c) => c.querySelector('.tx')?.textContent ?? ''));
    expect(firstLines[0]).toEqual(['---', '---']);
    expect(firstLines[1]![0]).toMatch(/^부산항만공사는/);
    expect(firstLines[1]![1]).toMatch(/^The Busan Port Authority/);
    expect(firstLines[3]).toEqual(['## 다음 행사', '## The next cleanup']);
  });

  it('lists every pair with its error and warning counts', () => {
    const rows = [...document.querySelectorAll('table.pairs tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-pair'))).toEqual(['2026/02/bridge-inspection', '2026/02/harbour-cleanup']);
    for (const row of rows) {
      const key = row.getAttribute('data-pair');
      const mine = diagnostics.filter((d) => d.key === key);
      expect(row.querySelector('td.errors')?.textContent).toBe(String(mine.filter((d) => d.severity === 'error').length));
      expect(row.querySelector('td.warnings')?.textContent).toBe(String(mine.filter((d) => d.severity === 'warning').length));
      expect(row.querySelector('a')?.getAttribute('href')).toMatch(/^#pair-\d+$/);
      expect(document.getElementById(row.querySelector('a')!.getAttribute('href')!.slice(1))).not.toBeNull();
    }
  });

  it('offers a filter by each rule that has findings, with its count', () => {
    const options = [...document.querySelectorAll('#rule-filter option')].map((o) => [o.getAttribute('value'), o.textContent]);
    const rules = [...new Set(diagnostics.map((d) => d.rule))];
    expect(options[0]).toEqual(['', `every rule (${diagnostics.length})`]);
    expect(options.slice(1).map(([value]) => value).sort()).toEqual(rules.sort());
    for (const [value, label] of options.slice(1)) {
      expect(label).toBe(`${value} (${diagnostics.filter((d) => d.rule === value).length})`);
    }
  });

  it('needs no network: inline style and script only, and a policy that forbids fetching', () => {
    expect(document.querySelectorAll('link[rel="stylesheet"], script[src], img, iframe')).toHaveLength(0);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/default-src 'none'/);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelectorAll('script')).toHaveLength(1);
  });

  it('shows each source line exactly as written, marks and all', () => {
    const source = checked.site.articles.find((a) => a.path.endsWith('bridge-inspection.en.md'))!.source.split('\n');
    const section = [...document.querySelectorAll('section.pair')].find((s) => s.querySelector('h2')?.textContent === '2026/02/bridge-inspection')!;
    const shown = [...section.querySelectorAll('.cell[lang="en"] .line')];
    expect(shown.length).toBeGreaterThan(5);
    for (const line of shown) {
      const number = Number(line.querySelector('.ln')!.textContent);
      expect(line.querySelector('.tx')!.textContent).toBe(source[number - 1]);
    }
  });
});

/** A finding placed by hand. */
function finding(partial: Partial<Diagnostic> & Pick<Diagnostic, 'file' | 'line' | 'column'>): Diagnostic {
  return {
    rule: 'number-mismatch',
    severity: 'error',
    endLine: partial.line,
    endColumn: partial.column,
    message: 'a number',
    ...partial,
  };
}

function result(diagnostics: Diagnostic[]): CheckResult {
  return { articles: 2, pairs: 1, diagnostics };
}

const PAIR_SOURCES: ReviewSources = {
  pairs: [
    {
      key: 'k',
      ko: { path: 'articles/k.ko.md', lang: 'ko', title: '제목', source: '---\ntitle: 제목\n---\n\n예산은 300억 원이다.\n', bodyLine: 4, blocks: [{ kind: 'paragraph', line: 5 }] },
      en: { path: 'articles/k.en.md', lang: 'en', title: 'Title', source: '---\ntitle: Title\n---\n\nThe budget is 40 billion won.\n', bodyLine: 4, blocks: [{ kind: 'paragraph', line: 5 }] },
    },
  ],
  files: [{ path: 'locales/glossary.yaml', source: '- ko: [부산]\n  en: [Busan]\n- ko: [부산]\n  en: [Pusan]\n' }],
};

describe('review page marks', () => {
  it('keeps overlapping findings apart: each has its own mark, the text is unchanged', () => {
    const a = finding({ file: 'articles/k.en.md', line: 5, column: 15, endColumn: 25, rule: 'number-mismatch' });
    const b = finding({ file: 'articles/k.en.md', line: 5, column: 18, endColumn: 29, rule: 'untranslated', severity: 'warning', message: 'other' });
    const document = parse(formatReviewHtml(result([a, b]), PAIR_SOURCES));
    const first = [...document.querySelectorAll('mark.at[data-finding="f1"]')].map((m) => m.textContent).join('');
    const second = [...document.querySelectorAll('mark.at[data-finding="f2"]')].map((m) => m.textContent).join('');
    expect(first).toBe('40 billion');
    expect(second).toBe('billion won');
    const line = [...document.querySelectorAll('.cell[lang="en"] .line')].find((l) => l.querySelector('.ln')?.textContent === '5')!;
    expect(line.querySelector('.tx')!.textContent).toBe('The budget is 40 billion won.');
  });

  it('widens a finding reported as a point to the word there', () => {
    const point = finding({ file: 'articles/k.ko.md', line: 5, column: 5 });
    const document = parse(formatReviewHtml(result([point]), PAIR_SOURCES));
    expect(document.querySelector('mark.at[data-finding="f1"]')?.textContent).toBe('300억');
  });

  it('marks the aligned paragraph of the other version when a finding names no place there', () => {
    const lone = finding({ file: 'articles/k.ko.md', line: 5, column: 5, endColumn: 9 });
    const document = parse(formatReviewHtml(result([lone]), PAIR_SOURCES));
    const counterpart = document.querySelector('mark.counterpart[data-finding="f1"]')!;
    expect(columnOf(counterpart)).toBe('en');
    expect(counterpart.textContent).toBe('The budget is 40 billion won.');
  });

  it('shows findings in other files with the lines around them', () => {
    const duplicate = finding({ file: 'locales/glossary.yaml', line: 3, column: 8, endColumn: 10, rule: 'glossary-invalid', message: '부산 is in two entries' });
    const document = parse(formatReviewHtml(result([duplicate]), PAIR_SOURCES));
    const files = document.getElementById('files')!;
    expect(files.querySelector('strong')?.textContent).toBe('locales/glossary.yaml');
    expect(files.querySelector('mark.at')?.textContent).toBe('부산');
    expect([...files.querySelectorAll('.ln')].map((l) => l.textContent)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('lists findings on files it has no source for, without losing them', () => {
    const stray = finding({ file: 'pairpress.config.json', line: 2, column: 3, message: 'unknown key "colour"' });
    const document = parse(formatReviewHtml(result([stray]), PAIR_SOURCES));
    expect(document.getElementById('unplaced')?.textContent).toContain('pairpress.config.json:2:3');
    expect(document.getElementById('unplaced')?.textContent).toContain('unknown key "colour"');
  });

  it('escapes everything that comes from the site', async () => {
    const root = await makeSite({
      'articles/x.ko.md': article('<script>alert(1)</script>', '<img src=x onerror="alert(2)"> 본문이다.'),
      'articles/x.en.md': article(`'"><b>bold</b>'`, 'Body text & more </mark></div>.'),
    });
    const document = parse(reviewPage(await loadAndCheck(root)));
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelectorAll('img, b')).toHaveLength(0);
    expect(document.body.textContent).toContain('<img src=x onerror="alert(2)"> 본문이다.');
    expect(document.body.textContent).toContain('Body text & more </mark></div>.');
    expect(document.querySelector('table.pairs td[lang="en"]')?.textContent).toBe('"><b>bold</b>');
  });

  it('shows an article without its translation alone, the other column marked as missing', async () => {
    const root = await makeSite({ 'articles/alone.ko.md': article('혼자', '번역이 아직 없다.') });
    const checked = await loadAndCheck(root);
    const document = parse(reviewPage(checked));
    const unpaired = checked.result.diagnostics.findIndex((d) => d.rule === 'unpaired');
    expect(unpaired).toBeGreaterThanOrEqual(0);
    expect(document.querySelector(`mark.at[data-finding="f${unpaired + 1}"]`)).not.toBeNull();
    expect(document.querySelector('.cell.gap[lang="en"] .absent')?.textContent).toBe('no translation');
  });
});

describe('alignBlocks', () => {
  it('pairs blocks of the same kind and opens a gap for an extra paragraph', () => {
    expect(alignBlocks(['paragraph', 'paragraph', 'heading-2', 'paragraph'], ['paragraph', 'heading-2', 'paragraph'])).toEqual([
      [0, 0],
      [1, undefined],
      [2, 1],
      [3, 2],
    ]);
  });

  it('keeps one differing block beside its neighbour instead of two gaps', () => {
    expect(alignBlocks(['paragraph', 'list', 'paragraph'], ['paragraph', 'paragraph', 'paragraph'])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('handles an empty side', () => {
    expect(alignBlocks([], ['paragraph'])).toEqual([[undefined, 0]]);
    expect(alignBlocks([], [])).toEqual([]);
  });
});
