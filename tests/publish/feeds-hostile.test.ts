import * as fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderFeeds } from '../../src/publish/feeds.js';
import { renderSitemap } from '../../src/publish/sitemap.js';
import { isXmlText } from '../../src/publish/xml-text.js';
import type { OutputFile } from '../../src/types.js';
import { makeSite } from '../helpers/site.js';
import { feedProblems } from './feed-check.js';
import { fileText, publish, publishFixture } from './publish-site.js';
import { children, only, parseXml, textOf, wellFormednessErrors } from './xml-check.js';

/*
 * Written in code rather than as a fixture folder so every control
 * character is visible as an escape. The title's \x01 and \x1b come through
 * YAML double-quoted escapes; the body's are literal characters in the file.
 */
const HOSTILE_EN = [
  '---',
  'title: "Ports & harbors\\x01: why \\"tonnage < capacity\\" ]]> still matters\\e"',
  'date: 2026-01-17T09:00:00+09:00',
  'tags: ["R&D", "<b>bold</b>"]',
  'author: "Lee & Choi \\x07"',
  '---',
  '',
  'Cargo at the three ports stayed below capacity in March & April;\u000b the\u0008 stray\u0085 controls\u007f must vanish.',
  '',
  'The marker `a ]]> b` sits in inline code, and &lt;script&gt;alert(1)&lt;/script&gt; is written as text.',
  '',
  '```html',
  '<script>alert("from a code block")</script> ]]> &amp;',
  '```',
  '',
  '<script>alert("raw")</script>',
  '',
  'See [the port report](reports/ports.html) and ![a crane at dusk](../images/crane.jpg).',
  '',
].join('\n');

const HOSTILE_KO = [
  '---',
  'title: "항만 & 해운\\x02: \\"톤수 < 처리 능력\\" ]]> 문제는 여전하다"',
  'date: 2026-01-17T09:00:00+09:00',
  '---',
  '',
  '세 항만의 화물 처리량은 3월과 4월에도\u0001 처리 능력에 못 미쳤다 ]]> 그래도 <em>회복세</em>는 뚜렷하다.',
  '',
].join('\n');

const EXPECTED_EN_TITLE = 'Ports & harbors: why "tonnage < capacity" ]]> still matters';

describe('an article with <, &, ]]> and control characters in its title and body', () => {
  let files: OutputFile[];
  beforeAll(async () => {
    const root = await makeSite({
      'pairpress.config.json': JSON.stringify({ baseUrl: 'https://ports.example.net' }),
      'articles/2026/01/ports.en.md': HOSTILE_EN,
      'articles/2026/01/ports.ko.md': HOSTILE_KO,
    });
    const pub = await publish(root);
    expect(pub.articles).toHaveLength(2);
    files = renderFeeds(pub);
  });

  it('gives feeds that pass libxml2, the validator rules and the JSON Feed schema', async () => {
    expect(await feedProblems(files)).toEqual([]);
  });

  it('writes no character XML 1.0 forbids or discourages, in any feed', () => {
    for (const file of files) expect(isXmlText(fileText(files, file.path)), file.path).toBe(true);
    // JSON escapes would hide them too: the decoded strings are clean
    expect(isXmlText(JSON.stringify(JSON.parse(fileText(files, 'en/feed.json'))))).toBe(true);
  });

  it('keeps the title, minus the controls, in all three formats', () => {
    const rss = parseXml(fileText(files, 'en/rss.xml'));
    const item = children(only(rss.documentElement!, 'channel'), 'item')[0]!;
    expect(textOf(item, 'title')).toBe(EXPECTED_EN_TITLE);
    const entry = children(parseXml(fileText(files, 'en/atom.xml')).documentElement!, 'entry')[0]!;
    expect(textOf(entry, 'title')).toBe(EXPECTED_EN_TITLE);
    expect(JSON.parse(fileText(files, 'en/feed.json')).items[0].title).toBe(EXPECTED_EN_TITLE);
    expect(textOf(item, 'dc:creator')).toBe('Lee & Choi');
    expect(children(item, 'category').map((c) => c.textContent)).toEqual(['R&D', '<b>bold</b>']);
    const koItem = children(only(parseXml(fileText(files, 'ko/rss.xml')).documentElement!, 'channel'), 'item')[0]!;
    expect(textOf(koItem, 'title')).toBe('항만 & 해운: "톤수 < 처리 능력" ]]> 문제는 여전하다');
  });

  it('keeps ]]> and escaped markup as text: decoding the XML never yields a live script', () => {
    for (const path of ['en/rss.xml', 'en/atom.xml']) {
      const doc = parseXml(fileText(files, path));
      const html = path.endsWith('rss.xml')
        ? textOf(children(only(doc.documentElement!, 'channel'), 'item')[0]!, 'content:encoded')
        : textOf(children(doc.documentElement!, 'entry')[0]!, 'content');
      expect(html).not.toMatch(/<script/i);
      const body = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
      const text = body.textContent ?? '';
      expect(text).toContain('a ]]> b');
      expect(text).toContain('<script>alert(1)</script> is written as text');
      expect(text).toContain('<script>alert("from a code block")</script> ]]> &amp;');
      expect(text).toContain('the stray controls must vanish');
      expect(body.querySelectorAll('script')).toHaveLength(0);
      expect(body.querySelector('a')?.getAttribute('href')).toBe('https://ports.example.net/en/ports/reports/ports.html');
      expect(body.querySelector('img')?.getAttribute('src')).toBe('https://ports.example.net/en/images/crane.jpg');
    }
  });

  it('escapes the dek once as HTML inside RSS description', () => {
    const item = children(only(parseXml(fileText(files, 'ko/rss.xml')).documentElement!, 'channel'), 'item')[0]!;
    const description = textOf(item, 'description');
    expect(description).toContain(']]&gt; 그래도');
    // read as HTML, the escaped dek is the plain text again
    expect(parseHTML(`<p>${description}</p>`).document.querySelector('p')?.textContent).toContain('처리 능력에 못 미쳤다 ]]> 그래도');
  });
});

describe('determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
    delete process.env.TZ;
  });

  const render = async (): Promise<string[]> => {
    const pub = await publishFixture('basic');
    return [...renderFeeds(pub), ...renderSitemap(pub)].map((f) => `${f.path}\n${String(f.content)}`);
  };

  it('the same input gives the same bytes, whatever the clock or the machine time zone says', async () => {
    const first = await render();
    expect(await render()).toEqual(first);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-04T12:00:00Z'));
    process.env.TZ = 'America/Los_Angeles';
    expect(await render()).toEqual(first);
    process.env.TZ = 'Pacific/Kiritimati';
    expect(await render()).toEqual(first);
  });
});

/** Text that leans on everything XML and Markdown treat specially. */
const awkwardText = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '&', ']]>', '&amp;', '&lt;script&gt;', '<script>x</script>', '"', "'", '*', '_', '`', '[a](b)', '![i](p.png)', '\n\n', '# ', '한글', '😀'),
      fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f', '\ufffe', '\uffff', '\ufdd0', '\ud800', '\udfff'),
      fc.string({ unit: 'binary', maxLength: 12 }),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));

const articleArb = fc.record({
  title: awkwardText.filter((t) => t.trim() !== ''),
  body: awkwardText,
  lang: fc.constantFrom('ko', 'en'),
  key: fc.integer({ min: 1, max: 4 }),
  instant: fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2039, 11, 31) }),
});

describe('a site never seen before', () => {
  it('always gives well-formed, valid feeds and a valid sitemap', { timeout: 120_000 }, async () => {
    let published = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(articleArb, { maxLength: 6 }), fc.constantFrom('Asia/Seoul', 'America/St_Johns', 'Australia/Eucla'), async (articles, timeZone) => {
        const files: Record<string, string> = {
          'pairpress.config.json': JSON.stringify({ baseUrl: 'https://random.example.org/', timeZone }),
        };
        for (const a of articles) {
          const date = new Date(a.instant).toISOString();
          files[`articles/k${a.key}.${a.lang}.md`] = `---\ntitle: ${JSON.stringify(a.title)}\ndate: ${date}\n---\n\n${a.body}\n`;
        }
        const pub = await publish(await makeSite(files));
        published += pub.articles.length;
        const output = [...renderFeeds(pub), ...renderSitemap(pub)];
        const feeds = output.filter((f) => !f.path.startsWith('sitemap'));
        expect(await feedProblems(feeds)).toEqual([]);
        expect(await wellFormednessErrors([{ name: 'sitemap.xml', xml: fileText(output, 'sitemap.xml') }])).toEqual([]);
        for (const file of output) expect(isXmlText(String(file.content))).toBe(true);
        // every published article is in its language's feeds, title intact but for removed characters
        for (const article of pub.articles) {
          const doc = parseXml(fileText(feeds, `${article.lang}/rss.xml`));
          const titles = children(only(doc.documentElement!, 'channel'), 'item').map((i) => textOf(i, 'title'));
          expect(titles).toContain(article.meta.title.replace(/(?![\t\n\r])\p{Cc}|\p{Noncharacter_Code_Point}|\p{Cs}/gu, ''));
        }
      }),
      { numRuns: 25 },
    );
    // the generated front matter loads: the property is not passing on empty sites
    expect(published).toBeGreaterThan(25);
  });
});
