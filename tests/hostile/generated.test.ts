/**
 * Hostile inputs too big to commit, generated here: a 20 MB article, a
 * 100,000-character line, 10,000 headings, lists, quotes, emphasis, links
 * and HTML nested thousands deep, a glossary of 50,000 entries, a glossary
 * over the size cap. Each run ends (within the test's time limit) with a
 * diagnostic that names the limit, or with the site built.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { articleText, expectCleanRun, makeSandbox } from '../helpers/hostile.js';

interface Finding {
  rule: string;
  file: string;
  line: number;
  message: string;
  severity: string;
}

async function checkSite(files: Record<string, string | Uint8Array>): Promise<{ found: Finding[] }> {
  const sandbox = await makeSandbox(files);
  try {
    const run = await runCli(['check', '--root', sandbox.root, '--format', 'json', '--no-cache']);
    expectCleanRun(run);
    return { found: (JSON.parse(run.stdout) as { diagnostics: Finding[] }).diagnostics };
  } finally {
    // the generated files are large: do not leave them behind
    await rm(sandbox.dir, { recursive: true, force: true });
  }
}

const fields = { title: '시험 기사', date: '2026-01-17T09:00:00+09:00' };
const ARTICLE = 'articles/big/hostile.ko.md';

/** The one finding on the hostile article, which must name `setting`. */
async function limitFinding(body: string, setting: string): Promise<Finding> {
  const { found } = await checkSite({ [ARTICLE]: articleText(fields, body) });
  const own = found.filter((d) => d.file === ARTICLE && d.severity === 'error');
  expect(own.map((d) => d.message).join('\n')).toContain(setting);
  return own[0]!;
}

describe('size limits', () => {
  it('a 20 MB article is not read: frontmatter-invalid naming limits.maxArticleBytes', async () => {
    const body = '이 문장은 아주 긴 기사를 채운다. '.repeat(Math.ceil((20 * 1024 * 1024) / 45));
    const finding = await limitFinding(body, 'limits.maxArticleBytes');
    expect(finding.message).toMatch(/the file is 2\d{7} bytes, over the limit of 524288/);
    expect(finding.line).toBe(1);
  }, 120_000);

  it('a 100,000-character line: frontmatter-invalid at that line, naming limits.maxLineLength', async () => {
    const finding = await limitFinding(`첫 문단.\n\n${'가'.repeat(100_000)}\n`, 'limits.maxLineLength');
    expect(finding.line).toBe(8);
  });

  it('a long line in the front matter is caught the same way', async () => {
    const { found } = await checkSite({ [ARTICLE]: articleText({ ...fields, summary: 'a'.repeat(50_000) }, '본문.') });
    expect(found.find((d) => d.file === ARTICLE)?.message).toMatch(/line 4 is longer than 20000 characters/);
  });

  it('a glossary over 16 MiB is reported, not parsed', async () => {
    const entry = '- ko: [다카이치 사나에]\n  en: [Sanae Takaichi]\n';
    const { found } = await checkSite({ 'locales/glossary.yaml': entry.repeat(Math.ceil((17 * 1024 * 1024) / entry.length)) });
    expect(found.find((d) => d.file === 'locales/glossary.yaml')?.message).toMatch(/over the limit of 16777216/);
  }, 120_000);

  it('more articles than limits.maxArticles: the rest are not read, and the finding says so', async () => {
    const files: Record<string, string> = { 'pairpress.config.json': JSON.stringify({ limits: { maxArticles: 5 } }) };
    for (let i = 0; i < 8; i++) files[`articles/many/a${i}.ko.md`] = articleText(fields, `기사 ${i}.`);
    const { found } = await checkSite(files);
    const finding = found.find((d) => /limits\.maxArticles/.test(d.message));
    expect(finding?.message).toMatch(/the site has 8 articles, over the limit of 5/);
    expect(finding?.file).toBe('articles/many/a5.ko.md');
  });

  it('each limit is a setting: lowered, it catches an ordinary article', async () => {
    const body = '> 인용 안의 *강조*와 [링크](https://example.com/a)\n';
    const files = (limits: object) => ({
      'pairpress.config.json': JSON.stringify({ limits }),
      [ARTICLE]: articleText(fields, body),
    });
    const cases: Array<[object, string]> = [
      [{ maxArticleBytes: 50 }, 'limits.maxArticleBytes'],
      [{ maxLineLength: 20 }, 'limits.maxLineLength'],
      [{ maxNestingDepth: 1 }, 'limits.maxNestingDepth'],
      [{ maxInlineMarkup: 3 }, 'limits.maxInlineMarkup'],
    ];
    for (const [limits, setting] of cases) {
      const { found } = await checkSite(files(limits));
      expect(found.find((d) => d.file === ARTICLE)?.message ?? '', setting).toContain(setting);
    }
    const { found } = await checkSite(files({}));
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('an unknown or invalid limit is a settings error (exit 2) naming it', async () => {
    const sandbox = await makeSandbox({ 'pairpress.config.json': JSON.stringify({ limits: { maxWidgets: 3, maxLineLength: 0 } }) });
    const run = await runCli(['check', '--root', sandbox.root, '--no-cache']);
    expectCleanRun(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/maxWidgets/);
    expect(run.stderr).toMatch(/limits\.maxLineLength/);
  });
});

describe('nesting and markup limits', () => {
  const deep: Array<[string, string]> = [
    ['lists nested by indentation, 300 deep', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- 항목`).join('\n')],
    ['list markers on one line, 5,000 deep', `${'- '.repeat(5000)}항목`],
    ['numbered list markers on one line', `${'1. '.repeat(3000)}항목`],
    ['block quotes on one line, 10,000 deep', `${'>'.repeat(10_000)} 인용`],
    ['block quotes over lines, 500 deep', Array.from({ length: 500 }, (_, i) => `${'>'.repeat(i + 1)} 인용`).join('\n')],
    ['raw HTML elements, 5,000 deep', `${'<div>\n'.repeat(5000)}본문\n${'</div>\n'.repeat(5000)}`],
    ['inline HTML elements, 2,000 deep', `글 ${'<b>'.repeat(2000)}본문${'</b>'.repeat(2000)}`],
  ];

  it.each(deep)('%s: frontmatter-invalid naming limits.maxNestingDepth', async (_what, body) => {
    await limitFinding(body, 'limits.maxNestingDepth');
  }, 60_000);

  const crowded: Array<[string, string]> = [
    ['emphasis 9,000 asterisks deep', `${'*'.repeat(9000)}본문${'*'.repeat(9000)}`],
    ['nested emphasis openers and closers', `${'*가 '.repeat(2000)}본문${' 가*'.repeat(2000)}`],
    ['nested links', `${'[가 '.repeat(2000)}본문${'](b)'.repeat(2000)}`],
    ['nested images', `${'![가 '.repeat(2000)}본문${'](b)'.repeat(2000)}`],
    ['code-span backticks', Array.from({ length: 500 }, (_, i) => `${'`'.repeat(i + 1)}가`).join(' ').slice(0, 19_000)],
    ['a paragraph of emphasis over many lines', '*가\n'.repeat(3000)],
  ];

  it.each(crowded)('%s: frontmatter-invalid naming limits.maxInlineMarkup', async (_what, body) => {
    await limitFinding(body, 'limits.maxInlineMarkup');
  }, 60_000);

  it('emphasis nested below the markup limit but past the depth limit is caught after parsing', async () => {
    const body = `${'*가 '.repeat(40)}본문${' 가*'.repeat(40)}`;
    await limitFinding(body, 'limits.maxNestingDepth');
  });
});

describe('big but valid', () => {
  it('10,000 headings in each version build', async () => {
    const ko = Array.from({ length: 10_000 }, (_, i) => `## 소제목 ${i + 1}\n\n문단 ${i + 1}.`).join('\n\n');
    const en = Array.from({ length: 10_000 }, (_, i) => `## Heading ${i + 1}\n\nParagraph ${i + 1}.`).join('\n\n');
    const sandbox = await makeSandbox({
      'articles/long/report.ko.md': articleText(fields, ko),
      'articles/long/report.en.md': articleText({ title: 'A test article', date: fields.date }, en),
    });
    const run = await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--no-cache']);
    expectCleanRun(run);
    expect(run.code).toBe(0);
    expect(existsSync(join(sandbox.out, 'en/report/index.html'))).toBe(true);
    await rm(sandbox.dir, { recursive: true, force: true });
  }, 180_000);

  it('a glossary of 50,000 entries is read and used', async () => {
    const entries = Array.from({ length: 50_000 }, (_, i) => `- ko: [가상인물${i}호]\n  en: [Person${i} Example]\n`).join('');
    const { found } = await checkSite({
      'locales/glossary.yaml': entries,
      'articles/g/names.ko.md': articleText(fields, '가상인물49999호와 가상인물7호가 만났다.'),
      'articles/g/names.en.md': articleText({ title: 'A test article', date: fields.date }, 'Person49999 Example met someone.'),
    });
    const missing = found.filter((d) => d.rule === 'name-missing');
    expect(missing.map((d) => d.message).join('\n')).toMatch(/Person7 Example/);
    expect(missing.map((d) => d.message).join('\n')).not.toMatch(/Person49999/);
  }, 180_000);
});
