import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/load/index.js';
import { pairArticles } from '../../src/pair.js';
import type { Diagnostic, Site } from '../../src/types.js';
import { runChecks } from '../../src/check/run.js';
import { article, makeSite } from '../helpers/site.js';

async function diagnosticsOf(files: Record<string, string | Uint8Array>): Promise<{ site: Site; diagnostics: Diagnostic[] }> {
  const site = await loadSite(await makeSite(files));
  const result = runChecks(site, pairArticles(site));
  return { site, diagnostics: result.diagnostics };
}

function only(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.rule === rule);
}

describe('decoding', () => {
  it('drops a BOM, reads CRLF as LF and normalizes to NFC', async () => {
    const nfd = '다카이치'.normalize('NFD');
    const text = `\uFEFF---\r\ntitle: ${nfd}\r\ndate: 2026-01-17\r\n---\r\n\r\n${nfd} 총리는 말했다.\r\n`;
    const { site } = await diagnosticsOf({ 'articles/a.ko.md': text });
    const [a] = site.articles;
    expect(a).toBeDefined();
    expect(a!.source.includes('\r')).toBe(false);
    expect(a!.source.startsWith('---')).toBe(true);
    expect(a!.meta.title).toBe('다카이치');
    expect(a!.meta.title.length).toBe(4);
  });

  it('reports invalid UTF-8 with its byte offset', async () => {
    const head = Buffer.from('---\ntitle: ok\ndate: 2026-01-17\n---\n\n한국어 ');
    const bytes = Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from(' 끝\n')]);
    const { diagnostics } = await diagnosticsOf({ 'articles/a.ko.md': bytes });
    const [d] = only(diagnostics, 'frontmatter-invalid');
    expect(d?.file).toBe('articles/a.ko.md');
    expect(d?.message).toContain(`byte offset ${head.length}`);
  });

  it('rejects UTF-16 with a clear message', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ntitle: x\n', 'utf16le')]);
    const { diagnostics } = await diagnosticsOf({ 'articles/a.en.md': bytes });
    expect(only(diagnostics, 'frontmatter-invalid')[0]?.message).toMatch(/UTF-16/);
  });
});

describe('discovery', () => {
  it('stops with a user error when articles/ is a file, rather than finding no articles', async () => {
    const root = await makeSite({ articles: 'not a folder' });
    await expect(loadSite(root)).rejects.toMatchObject({ name: 'UserError', message: expect.stringMatching(/cannot read articles\/: it is a file, not a folder/) });
  });

  it('treats a site without articles/ as an empty site', async () => {
    const root = await makeSite({ 'locales/en/common.json': '{}' });
    expect((await loadSite(root)).articles).toEqual([]);
  });
});

describe('front matter', () => {
  it('reports a missing title and a bad date at their lines', async () => {
    const { diagnostics } = await diagnosticsOf({
      'articles/a.en.md': '---\ndate: 2026-01-17\nauthor: Kim\n---\nBody\n',
      'articles/b.en.md': '---\ntitle: Fine\nauthor: Kim\ndate: 17 January 2026\n---\nBody\n',
      'articles/c.en.md': '---\ntitle: Fine\ndate: 2026-02-30\n---\nBody\n',
    });
    const found = only(diagnostics, 'frontmatter-invalid').map((d) => [d.file, d.line]);
    expect(found).toEqual([
      ['articles/a.en.md', 1],
      ['articles/b.en.md', 4],
      ['articles/c.en.md', 3],
    ]);
  });

  it('reports YAML syntax errors at the line', async () => {
    const { diagnostics } = await diagnosticsOf({
      'articles/a.en.md': '---\ntitle: Fine\ndate: 2026-01-17\ntags: [a, b\nauthor: x\n---\nBody\n',
    });
    const [d] = only(diagnostics, 'frontmatter-invalid');
    expect(d?.message).toMatch(/YAML/);
    expect(d!.line).toBeGreaterThanOrEqual(4);
  });

  it('reports a schema violation at the offending field with a hint', async () => {
    const { diagnostics } = await diagnosticsOf({
      'articles/a.en.md': '---\ntitle: Fine\ndate: 2026-01-17\ndraft: "yes"\nslug: Not Valid\n---\nBody\n',
    });
    const lines = only(diagnostics, 'frontmatter-invalid').map((d) => d.line);
    expect(lines).toEqual([4, 5]);
  });

  it('reports unclosed front matter and a file without any', async () => {
    const { diagnostics } = await diagnosticsOf({
      'articles/a.en.md': '---\ntitle: Fine\ndate: 2026-01-17\nBody\n',
      'articles/b.en.md': 'Just a body\n',
    });
    const messages = only(diagnostics, 'frontmatter-invalid').map((d) => d.message);
    expect(messages[0]).toMatch(/not closed/);
    expect(messages[1]).toMatch(/no front matter/);
  });

  it('keeps unknown fields for templates', async () => {
    const { site, diagnostics } = await diagnosticsOf({
      'articles/a.en.md': article('Fine', 'Body', 'hero_caption: A harbour at dawn\n'),
    });
    expect(only(diagnostics, 'frontmatter-invalid')).toEqual([]);
    expect(site.articles[0]?.meta.extra).toEqual({ hero_caption: 'A harbour at dawn' });
  });

  it('reports a lang that disagrees with the suffix, and a .md without a language', async () => {
    const { diagnostics } = await diagnosticsOf({
      'articles/a.en.md': article('Fine', 'Body', 'lang: ko\n'),
      'articles/b.md': article('Fine', 'Body'),
    });
    const found = only(diagnostics, 'frontmatter-invalid');
    expect(found.map((d) => [d.file, d.line])).toEqual([
      ['articles/a.en.md', 4],
      ['articles/b.md', 1],
    ]);
    expect(found[1]?.message).toMatch(/cannot tell the language/);
  });

  it('keeps positions in source coordinates, front matter counted', async () => {
    const { site } = await diagnosticsOf({ 'articles/a.en.md': article('Fine', '# Heading\n\nText') });
    const heading = site.articles[0]!.tree.children.find((n) => n.type === 'heading');
    expect(heading?.position?.start.line).toBe(6);
  });
});

describe('pairing', () => {
  it('pairs by path and by translationKey', async () => {
    const site = await loadSite(
      await makeSite({
        'articles/2026/01/summit.ko.md': article('정상회담', '본문'),
        'articles/2026/01/summit.en.md': article('Summit', 'Body'),
        'articles/2026/02/chips.ko.md': article('반도체', '본문', 'translationKey: chips\n'),
        'articles/2026/02/chip-exports.en.md': article('Chips', 'Body', 'translationKey: chips\n'),
      }),
    );
    const pairing = pairArticles(site);
    expect(pairing.pairs.map((p) => [p.key, p.ko.path, p.en.path]).sort()).toEqual([
      ['2026/01/summit', 'articles/2026/01/summit.ko.md', 'articles/2026/01/summit.en.md'],
      ['chips', 'articles/2026/02/chips.ko.md', 'articles/2026/02/chip-exports.en.md'],
    ]);
    expect(pairing.unpaired).toEqual([]);
  });

  it('reports unpaired, duplicate-translation and slug-conflict', async () => {
    const { diagnostics } = await diagnosticsOf({
      'articles/alone.ko.md': article('혼자', '본문'),
      'articles/a.en.md': article('A', 'Body', 'translationKey: shared\n'),
      'articles/b.en.md': article('B', 'Body', 'translationKey: shared\n'),
      'articles/x/same.en.md': article('C', 'Body'),
      'articles/y/same.en.md': article('D', 'Body'),
    });
    expect(only(diagnostics, 'unpaired').map((d) => [d.file, d.severity])).toContainEqual(['articles/alone.ko.md', 'warning']);
    const [dup] = only(diagnostics, 'duplicate-translation');
    expect([dup?.file, dup?.line, dup?.related?.file]).toEqual(['articles/b.en.md', 4, 'articles/a.en.md']);
    const [conflict] = only(diagnostics, 'slug-conflict');
    expect([conflict?.file, conflict?.related?.file]).toEqual(['articles/y/same.en.md', 'articles/x/same.en.md']);
  });

  it('does not call the partner of a broken file unpaired', async () => {
    const { diagnostics } = await diagnosticsOf({
      'articles/a.ko.md': article('가', '본문'),
      'articles/a.en.md': '---\ntitle: [broken\n---\n',
    });
    expect(only(diagnostics, 'unpaired')).toEqual([]);
    expect(only(diagnostics, 'frontmatter-invalid')).toHaveLength(1);
  });
});
