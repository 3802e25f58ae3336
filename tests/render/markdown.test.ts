import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/load/index.js';
import { parseMarkdown } from '../../src/load/parse.js';
import { markdownToHtml, plainSummary } from '../../src/render/markdown.js';
import type { Article } from '../../src/types.js';
import { article, makeSite } from '../helpers/site.js';

/** One English article with this body, loaded the way a build loads it. */
async function articleWith(body: string, frontMatter = ''): Promise<Article> {
  const site = await loadSite(await makeSite({ 'articles/a.en.md': article('A test', body, frontMatter) }));
  const [loaded] = site.articles;
  if (!loaded) throw new Error('the test article did not load');
  return loaded;
}

function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (e: Element) => void found.push(e));
  return found;
}

/** Everything a browser would run or fetch unasked, as found in the rendered HTML. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const e of elements(html)) {
    if (['script', 'iframe', 'object', 'embed', 'svg', 'style', 'form', 'input', 'button', 'base', 'meta', 'link'].includes(e.tagName)) {
      found.push(`<${e.tagName}>`);
    }
    for (const [name, value] of Object.entries(e.properties)) {
      if (/^on/i.test(name)) found.push(`${e.tagName}.${name}`);
      if (name === 'style') found.push(`${e.tagName}.style`);
      if (typeof value === 'string' && /^\s*(javascript|data|vbscript):/i.test(value.replace(/[\t\n\r]/g, ''))) {
        found.push(`${e.tagName}.${name}=${value}`);
      }
    }
  }
  return found;
}

describe('markdownToHtml', () => {
  it('renders Markdown: paragraphs, headings, emphasis, links, lists, code', async () => {
    const a = await articleWith('Intro with *stress* and `code`.\n\n## A heading\n\n- one\n- two\n\n[site](https://example.org/)');
    const html = markdownToHtml(a);
    expect(html).toContain('<em>stress</em>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<h2 id="user-content-a-heading">A heading</h2>');
    expect(elements(html).filter((e) => e.tagName === 'li')).toHaveLength(2);
    expect(html).toContain('<a href="https://example.org/">site</a>');
  });

  it('does not render the front matter', async () => {
    const a = await articleWith('Body text.', 'category: security\n');
    const html = markdownToHtml(a);
    expect(html).not.toContain('category');
    expect(html).not.toContain('A test');
    expect(html.trim()).toBe('<p>Body text.</p>');
  });

  it.each([
    ['a script block', '<script>alert(1)</script>'],
    ['an event handler on an image', '<img src="https://example.org/a.png" onerror="alert(1)">'],
    ['an event handler without quotes', '<img src=x onerror=alert(1)>'],
    ['a Markdown javascript: link', '[click](javascript:alert(1))'],
    ['a mixed-case javascript: link in Markdown', '[click](JaVaScRiPt:alert(1))'],
    ['a mixed-case javascript: link in HTML', '<a href="JaVaScRiPt:alert(1)">click</a>'],
    ['a javascript: link split by a tab', '<a href="java&#x09;script:alert(1)">click</a>'],
    ['a javascript: link after spaces', '<a href="  javascript:alert(1)">click</a>'],
    ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">click</a>'],
    ['a data: URL', '<a href="data:text/html,<script>alert(1)</script>">click</a>'],
    ['a javascript: image', '![x](javascript:alert(1))'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ['a style element', '<style>body{display:none}</style>'],
    ['a style attribute', '<p style="position:fixed;top:0">cover</p>'],
    ['a form with a javascript: action', '<form action="javascript:alert(1)"><button>go</button></form>'],
    ['an object', '<object data="https://evil.example/x.swf"></object>'],
    ['a base element', '<base href="https://evil.example/">'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['a handler on inline HTML inside a paragraph', 'Text <b onmouseover="alert(1)">bold</b> text.'],
    ['a script split across lines', '<scr\nipt>alert(1)</script>'],
  ])('removes %s', async (_, body) => {
    const html = markdownToHtml(await articleWith(`Before.\n\n${body}\n\nAfter.`));
    expect(dangers(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<p>Before.</p>');
    expect(html).toContain('<p>After.</p>');
  });

  it('drops the content of script and style elements, not only the tags', async () => {
    const html = markdownToHtml(await articleWith('<script>var secret = 1;</script>\n\n<style>.x { color: red }</style>\n\nKept.'));
    expect(html).not.toContain('secret');
    expect(html).not.toContain('color: red');
    expect(html).toContain('Kept.');
  });

  it('keeps harmless inline HTML and the lang attribute', async () => {
    const html = markdownToHtml(await articleWith('The city of <span lang="ja">東京</span>; press <kbd>Ctrl</kbd> and <sup>2</sup>.'));
    expect(html).toContain('<span lang="ja">東京</span>');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<sup>2</sup>');
  });

  it('keeps http, https, mailto and relative URLs, relative ones unchanged', async () => {
    const html = markdownToHtml(
      await articleWith('[a](https://example.org/x) [b](http://example.org/) [c](mailto:desk@example.org) [d](../other/) ![map](images/map.png)'),
    );
    const hrefs = elements(html).filter((e) => e.tagName === 'a').map((e) => e.properties.href);
    expect(hrefs).toEqual(['https://example.org/x', 'http://example.org/', 'mailto:desk@example.org', '../other/']);
    expect(elements(html).find((e) => e.tagName === 'img')?.properties.src).toBe('images/map.png');
  });

  it('makes relative URLs absolute against absoluteBase and leaves absolute ones', async () => {
    const a = await articleWith('[d](../other/) ![map](images/map.png) [e](https://example.org/x) [f](#notes)');
    const html = markdownToHtml(a, { absoluteBase: 'https://news.example.org/en/a/' });
    const urls = elements(html).flatMap((e) => [e.properties.href, e.properties.src]).filter((v) => typeof v === 'string');
    expect(urls).toEqual([
      'https://news.example.org/en/other/',
      'https://news.example.org/en/a/images/map.png',
      'https://example.org/x',
      'https://news.example.org/en/a/#notes',
    ]);
  });

  it('prefixes ids from the article so they cannot take the ids of the page, and keeps in-page links working', async () => {
    const html = markdownToHtml(await articleWith('<div id="content">Notes</div>\n\n[to the notes](#content)'));
    const ids = elements(html).map((e) => e.properties.id).filter(Boolean);
    expect(ids).toEqual(['user-content-content']);
    expect(elements(html).find((e) => e.tagName === 'a')?.properties.href).toBe('#user-content-content');
  });

  it('fits headings under the page headline without skipping a level', async () => {
    const html = markdownToHtml(
      await articleWith('### Opens low\n\n##### Skips one\n\n## Back up\n\n### Follows on\n\n# Top\n\n<details><summary>More</summary><h6>Raw</h6></details>'),
    );
    const levels = elements(html).filter((e) => /^h\d$/.test(e.tagName)).map((e) => e.tagName);
    expect(levels).toEqual(['h2', 'h3', 'h2', 'h3', 'h2', 'h3']);
  });

  it('gives raw HTML content a place HTML allows, keeping every word', async () => {
    const html = markdownToHtml(
      await articleWith(
        '<table><caption>Turnout</caption><tr><td>61%</td></tr></table>\n\n' +
          '<ul><li>one</li><div>block</div>text</ul>\n\n' +
          '<dl><dt>a</dt><dd>b</dd><div><dt>c</dt><dd>d</dd></div>loose</dl>\n\n##\n\nAfter.',
      ),
    );
    const tree = elements(html);
    expect(tree.find((e) => e.tagName === 'caption')).toBeDefined();
    const list = tree.find((e) => e.tagName === 'ul')!;
    expect(list.children.filter((c) => c.type === 'element').map((c) => (c as Element).tagName)).toEqual(['li', 'li']);
    const dl = tree.find((e) => e.tagName === 'dl')!;
    expect(dl.children.filter((c) => c.type === 'element').map((c) => (c as Element).tagName)).toEqual(['dt', 'dd', 'dt', 'dd']);
    expect(html).toMatch(/<\/dl>loose/);
    expect(html).toContain('block');
    expect(html).toContain('text');
    expect(tree.filter((e) => /^h\d$/.test(e.tagName))).toEqual([]);
  });

  it('opens up blocks that raw HTML left inside phrasing content, keeping their words', async () => {
    const html = markdownToHtml(await articleWith('<h2>Title <p>with a dek</p></h2>\n\nText <em>stressed\n\n<p><ins><div>inserted</div></ins></p>'));
    const tree = elements(html);
    for (const name of ['h2', 'em', 'ins']) {
      const element = tree.find((e) => e.tagName === name);
      if (!element) continue;
      expect(element.children.some((c) => c.type === 'element' && ['p', 'div'].includes((c as Element).tagName)), name).toBe(false);
    }
    expect(html).toContain('with a dek');
    expect(html).toContain('inserted');
  });

  it('fits raw tables to the table model: order of parts, no empty rows, spans that end where the table does', async () => {
    const html = markdownToHtml(
      await articleWith(
        '<table><tfoot><tr><td>foot</td></tr></tfoot><tr></tr><tr><td rowspan="3">a</td><td>b</td></tr><tr><td colspan="4">wide</td></tr><thead><tr><th>head</th></tr></thead><caption>late</caption></table>',
      ),
    );
    const table = elements(html).find((e) => e.tagName === 'table')!;
    expect(table.children.map((c) => (c as Element).tagName)).toEqual(['caption', 'thead', 'tbody', 'tfoot']);
    const rows = elements(html).filter((e) => e.tagName === 'tr');
    expect(rows.every((row) => row.children.some((c) => c.type === 'element'))).toBe(true);
    const a = elements(html).find((e) => e.tagName === 'td' && (e.children[0] as { value?: string })?.value === 'a')!;
    expect(a.properties.rowSpan).toBe(2);
    const wide = elements(html).find((e) => e.tagName === 'td' && (e.children[0] as { value?: string })?.value === 'wide')!;
    expect(wide.properties.colSpan).toBeUndefined();
  });

  it('gives short table rows empty cells up to the width of the table', async () => {
    const html = markdownToHtml(await articleWith('<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>'));
    const rows = elements(html).filter((e) => e.tagName === 'tr');
    expect(rows.map((row) => row.children.filter((c) => c.type === 'element').length)).toEqual([3, 3]);
  });

  it('keeps language tags that name a language and drops the others', async () => {
    const html = markdownToHtml(
      await articleWith('<span lang="ja">東京</span> <span lang="zh-Hant-TW">臺北</span> <span lang="zz">?</span> <span lang="en-XX">?</span> <a hreflang="en">no link</a>'),
    );
    const langs = elements(html).filter((e) => e.tagName === 'span').map((e) => e.properties.lang ?? null);
    expect(langs).toEqual(['ja', 'zh-Hant-TW', null, null]);
    expect(elements(html).find((e) => e.tagName === 'a')?.properties.hrefLang).toBeUndefined();
  });

  it('gives details its summary first, and drops ruby and section elements that lack what makes them one', async () => {
    const html = markdownToHtml(
      await articleWith('<details><p>body</p><summary>Late summary</summary></details>\n\n<details>no summary</details>\n\n<ruby>漢字</ruby> <section><p>no heading</p></section>'),
    );
    const details = elements(html).filter((e) => e.tagName === 'details');
    expect(details.map((d) => (d.children.find((c) => c.type === 'element') as Element).tagName)).toEqual(['summary', 'summary']);
    expect(elements(html).some((e) => e.tagName === 'ruby' || e.tagName === 'section')).toBe(false);
    expect(html).toContain('漢字');
  });

  it('leaves headings that follow on from each other as they are', async () => {
    const html = markdownToHtml(await articleWith('## One\n\n### Two\n\n#### Three\n\n## Four'));
    expect(elements(html).filter((e) => /^h\d$/.test(e.tagName)).map((e) => e.tagName)).toEqual(['h2', 'h3', 'h4', 'h2']);
  });

  it('gives headings ids from their text, so in-page links to them lead somewhere', async () => {
    const html = markdownToHtml(
      await articleWith('## Next steps\n\n### What the *minister* said\n\n## 다음 단계\n\n## Next steps\n\nSee [below](#next-steps-1), [the steps](#next-steps) and [다음](#%EB%8B%A4%EC%9D%8C-%EB%8B%A8%EA%B3%84).'),
    );
    const headings = elements(html).filter((e) => /^h\d$/.test(e.tagName));
    expect(headings.map((h) => h.properties.id)).toEqual([
      'user-content-next-steps',
      'user-content-what-the-minister-said',
      'user-content-다음-단계',
      'user-content-next-steps-1',
    ]);
    const links = elements(html).filter((e) => e.tagName === 'a').map((a) => a.properties.href);
    expect(links).toEqual(['#user-content-next-steps-1', '#user-content-next-steps', '#user-content-%EB%8B%A4%EC%9D%8C-%EB%8B%A8%EA%B3%84']);
  });

  it('gives a heading no id that an element of the article already has, and keeps an id written in raw HTML', async () => {
    const html = markdownToHtml(await articleWith('<p id="summary">First.</p>\n\n## Summary\n\n<h2 id="own">Own id</h2>\n\n## !!!'));
    const ids = elements(html).map((e) => e.properties.id ?? null);
    expect(ids).toEqual(['user-content-summary', 'user-content-summary-1', 'user-content-own', null]);
  });

  it('keeps one element per id', async () => {
    const html = markdownToHtml(await articleWith('<p id="x">one</p>\n\n<p id="x">two</p>'));
    expect(elements(html).filter((e) => e.properties.id)).toHaveLength(1);
  });

  it('gives every image alt text and drops images left without a source', async () => {
    const html = markdownToHtml(await articleWith('<img src="https://example.org/a.png">\n\n<img src="javascript:alert(1)" alt="gone">'));
    const images = elements(html).filter((e) => e.tagName === 'img');
    expect(images).toHaveLength(1);
    expect(images[0]!.properties.alt).toBe('');
  });

  it('encodes characters HTML does not allow in URLs', async () => {
    const html = markdownToHtml(await articleWith('<a href="files/a b.pdf#p 2#x">file</a>'));
    expect(elements(html).find((e) => e.tagName === 'a')?.properties.href).toBe('files/a%20b.pdf#p%202%23x');
  });

  it('does not change the article tree', async () => {
    const a = await articleWith('<b onclick="x()">bold</b> and [link](javascript:x)\n\n## Heading');
    const before = JSON.stringify(a.tree);
    markdownToHtml(a, { absoluteBase: 'https://news.example.org/en/a/' });
    expect(JSON.stringify(a.tree)).toBe(before);
  });

  it('lets nothing executable through, whatever the mix of fragments', () => {
    const fragments = [
      '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>',
      '<svg onload=alert(1)>', '<iframe src=//evil.example>', '[x](javascript:alert(1))', '<div onclick="a()">',
      '</div>', '<p>', '<b>', '</b>', '<!--', '-->', '"', "'", '<', '>', '`', '\n\n', ' ', 'text', '<a href="',
      'java', 'script:', '&#x09;', '<style>', '<object data=x>', '*', '[', '](', ')',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 30 }), (parts) => {
        const body = parts.join('');
        const source = `---\ntitle: t\ndate: 2026-01-17\n---\n\n${body}\n`;
        const bodyOffset = source.indexOf('\n---\n') + 5;
        const a = { tree: parseMarkdown(source, bodyOffset) } as Article;
        const html = markdownToHtml(a);
        expect(dangers(html)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('plainSummary', () => {
  it('is the summary field when there is one', async () => {
    const a = await articleWith('First paragraph.', 'summary: "  The dek,\n  on two lines. "\n');
    expect(plainSummary(a)).toBe('The dek, on two lines.');
  });

  it('is otherwise the first paragraph as plain text, without markup or raw HTML', async () => {
    const a = await articleWith('<!-- pairpress-ignore-next date-mismatch -->\n\n## Heading\n\nThe *first* [paragraph](https://example.org/) <b>with</b>\nraw HTML.\n\nSecond.');
    expect(plainSummary(a)).toBe('The first paragraph with raw HTML.');
  });

  it('is empty for an article without text', async () => {
    expect(plainSummary(await articleWith('## Only a heading'))).toBe('');
  });
});
