/**
 * Raw HTML as authors paste it — balanced or not, hostile or just old —
 * must still give pages the Nu Html Checker passes without an error or a
 * warning, with nothing executable left. Realistic snippets first, then a
 * seeded random mix of tags, attributes and Markdown blocks (unclosed tags
 * included), all in one site so the checker starts once.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { describe as describeNu, nuMessages } from './judge/nu.js';
import { buildSite, siteFrom, type BuiltSite } from './judge/output.js';
import { parsePage } from './judge/pages.js';

const SNIPPETS = [
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="https://evil.example/x.css">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<svg><script>alert(1)</script><foreignObject><p>inside svg</p></foreignObject></svg>',
  '<title>a title in the body</title> and <xmp><b>xmp</b></xmp>',
  '<![CDATA[ cdata ]]> and <?php echo 1; ?>',
  '<object data="x.swf"><param name="a" value="b"><embed src="x.swf"></object>',
  '<img src="x.png" srcset="a.png 1x, javascript:alert(1) 2x" alt="s"> <img src=x onerror="alert(1)">',
  '<div style="background:url(javascript:alert(1))" class="note" data-x="1">a styled note</div>',
  '<p>A paragraph <div>with a div</div> inside</p>',
  '<a href="https://a.example">outer <a href="https://b.example">inner</a> link</a>',
  '<h2>Heading <p>with a paragraph</p></h2>',
  '<table><tr><td>cell</td></tr><p>stray paragraph</p></table>',
  '<ul><p>paragraph in a list</p><li>item</li></ul>',
  '<blink>blink</blink> <marquee>marquee</marquee> <center>center</center> <font color=red>font</font> <big>big</big> <tt>tt</tt> <strike>strike</strike>',
  '<a href="data:text/html,x">data</a> <a href="vbscript:x">vb</a> <a href="tel:+821012345678">tel</a> <img src="data:image/png;base64,iVBORw0KGgo=" alt="data">',
  '<details open><summary>Summary <b>bold</b></summary>Body <details><summary>Nested</summary>deep</details></details>',
  '<button onclick="alert(1)">Click</button> <label for="x">label</label> <input id="x"> <output>o</output> <meter value="1">m</meter>',
  '<dialog open>dialog</dialog> <search>search</search> <hgroup><h2>h</h2><p>p</p></hgroup> <menu><li>m</li></menu>',
  '<p lang="zz-invalid" dir="sideways">bad lang and dir</p> <span lang="ko-KR">한국어</span>',
  '<ol start="-1" reversed type="I"><li value="abc">v</li></ol>',
  '<td>orphan cell</td> <tr><td>orphan row</td></tr> <li>orphan item</li> <dt>orphan term</dt> <summary>orphan summary</summary>',
  '<table><caption>Turnout</caption><tr><th colspan="3">Seoul</th></tr><tr><td>61%</td></tr><tr><td rowspan="4">x</td></tr></table>',
  '<dl><dd>no term</dd><dt>no description</dt></dl> <dl><dt>a</dt><dd>b</dd><div><dt>c</dt><dd>d</dd></div>loose</dl>',
  '<em>an unclosed emphasis\n\n## A heading after it\n\nA paragraph after it.',
  '<ruby>漢<rp>(</rp></ruby> <dfn>outer <dfn>inner</dfn></dfn> <a href="https://x.example"><details><summary>s</summary>d</details></a>',
];

const TAGS = ['div', 'p', 'span', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'caption', 'a', 'b', 'em', 'h2', 'h5', 'blockquote', 'pre', 'code', 'details', 'summary', 'figure', 'figcaption', 'img', 'br', 'hr', 'sup', 'ruby', 'rt', 'rp', 'section', 'font', 'form', 'button', 'q', 'del', 'ins', 'abbr', 'dfn', 'small', 'kbd', 'video', 'iframe', 'script', 'style', 'select', 'nav', 'main', 'aside', 'picture', 'source', 'input', 'textarea', 'svg', 'math', 'template', 'noscript', 'col', 'colgroup', 'tfoot', 'legend', 'fieldset', 'h1', 'h6', 'menu'];
const ATTRS = ['', ' id="x"', ' href="#x"', ' href="https://e.example/a b"', ' src="p.png"', ' alt="alt"', ' lang="ko"', ' lang="zz"', ' start="3"', ' colspan="2"', ' rowspan="3"', ' open', ' cite="https://c.example"', ' dir="rtl"', ' onclick="x()"', ' hreflang="en"', ' style="color:red"'];

const fragment: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('text', '말', ' ', '&amp;', '\n'),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attr, kids, close]) => `<${tag}${attr}>${kids.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;
const body = fc
  .array(fc.oneof(fragment, fc.constantFrom('## Heading', '- item', '> quote', '1. one', '#### deep', 'Plain *text*.', '```\ncode\n```')), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('\n\n'));

let site: BuiltSite;

beforeAll(async () => {
  const bodies = [...SNIPPETS.map((s) => `Before the snippet.\n\n${s}\n\nAfter it, with <b>bold</b> text.`), ...fc.sample(body, { numRuns: 200, seed: 20260125 })];
  const files: Record<string, string> = {
    'pairpress.config.json': JSON.stringify({ baseUrl: 'https://raw.example', rules: { 'structure-mismatch': 'off', untranslated: 'off', unpaired: 'off' } }),
  };
  bodies.forEach((text, i) => {
    files[`articles/raw-${i}.en.md`] = `---\ntitle: Raw HTML ${i}\ndate: 2026-01-01\n---\n\n${text}\n`;
  });
  site = await buildSite(await siteFrom(files), { base: 'https://raw.example', timeZone: 'Asia/Seoul', defaultLanguage: 'ko' }, ['--force']);
});

describe('outside QA: raw HTML in articles', () => {
  it('gives pages the Nu Html Checker passes with no error and no warning', { timeout: 180_000 }, async () => {
    expect(site.run.code, site.run.stderr.slice(0, 500)).toBe(0);
    const pages = site.pages.filter((p) => p.startsWith('en/raw-'));
    expect(pages.length).toBe(SNIPPETS.length + 200);
    expect(describeNu(await nuMessages(pages.map((p) => join(site.out, p))))).toEqual([]);
  });

  it('leaves nothing executable in any page', () => {
    const found: string[] = [];
    for (const page of site.pages.filter((p) => p.startsWith('en/raw-'))) {
      const doc = parsePage(site.text(page));
      for (const element of doc.querySelectorAll('.article-body *')) {
        const name = element.tagName.toLowerCase();
        if (/^(script|iframe|object|embed|svg|math|style|form|input|button|base|meta|link|frame|textarea|select)$/.test(name)) found.push(`${page}: <${name}>`);
        for (const attribute of element.getAttributeNames()) {
          const value = element.getAttribute(attribute) ?? '';
          if (/^on/i.test(attribute) || attribute === 'style' || attribute === 'srcset') found.push(`${page}: ${name} ${attribute}`);
          if (/^(href|src|cite)$/.test(attribute) && /^\s*(javascript|data|vbscript):/i.test(value.replace(/[\t\n\r]/g, ''))) found.push(`${page}: ${name} ${attribute}=${value}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
