/**
 * fast-check generators of sites: front matter that is valid, nearly valid
 * or junk; Markdown built from real constructs (headings, lists, quotes,
 * code, links, raw HTML, dates, numbers, glossary names with particles)
 * mixed with arbitrary text and bytes; file names that pair, clash or make
 * no slug; glossaries good and bad. Small, so that many runs stay fast.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

export type SiteFiles = Record<string, string | Uint8Array>;

export const KO_NAMES = ['다카이치 사나에', '다카이치', '조르자 멜로니', '멜로니', '미쓰비시중공업', '이재명', '서울', '국방부'];
export const EN_NAMES = ['Sanae Takaichi', 'Takaichi', 'Giorgia Meloni', 'Meloni', 'Mitsubishi Heavy Industries', 'Lee Jae-myung', 'Seoul', 'Ministry of National Defense'];
export const PARTICLES = ['는', '은', '이', '가', '를', '을', '의', '와', '과', '에', '에게', '에서', '도', '로', '으로', '만', '까지', '부터', ' 대통령의', ' 총리는', ''];

export const GLOSSARY = KO_NAMES.map((ko, i) => `- ko: [${ko}]\n  en: [${EN_NAMES[i]}]\n`).join('');

const koWord = fc.constantFrom('정부는', '회담에서', '안보', '협력을', '논의했다.', '발표했다', '경제', '예산이', '늘었다', '두 정상은', '기자회견에서', '밝혔다.');
const enWord = fc.constantFrom('The', 'government', 'said', 'security', 'cooperation', 'budget', 'rose', 'leaders', 'met', 'in', 'Tokyo', 'on', 'Tuesday.');
const koDate = fc.constantFrom('2023년 12월 19일', '지난 16일', '12월 19일에', '2026. 1. 17.', '지난해', '내년', '8월', '2035년까지', '4년 만에');
const enDate = fc.constantFrom('December 19, 2023', 'on the 16th', 'in August', 'last year', '2026-01-17', 'by 2035', 'Dec. 19, 2023');
const koNumber = fc.constantFrom('3억 달러', '60%', '1조 2천억 원', '5천만 명', '제21대 국회', '1990년대', '152억 달러(약 22조 원)');
const enNumber = fc.constantFrom('$300 million', '60 percent', '21st', 'twenty-one', 'the 1990s', '$15.2 billion', 'a dozen');
const koName = fc.tuple(fc.constantFrom(...KO_NAMES), fc.constantFrom(...PARTICLES)).map(([n, p]) => n + p);
const enName = fc.tuple(fc.constantFrom(...EN_NAMES), fc.constantFrom('', "'s", '’s', ',', '.')).map(([n, p]) => n + p);
const markup = fc.constantFrom(
  '*강조*', '**굵게**', '`code`', '[link](https://example.com/a)', '[bad](javascript:alert(1))', '![alt](img.png)',
  '<b>raw</b>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '&#xD800;', '\\*', '<!-- note -->',
  '*', '_', '[', ']', '<', '`', '~~', '|', '\u0000', '\u001b[31m', '\u2028', '\uFFFE', '\uD800', '\u202E',
);
/** Arbitrary text: printable, then any code point, then surrogate halves and controls. */
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const inline = fc.oneof(
  { weight: 4, arbitrary: koWord },
  { weight: 4, arbitrary: enWord },
  { weight: 2, arbitrary: koDate },
  { weight: 2, arbitrary: enDate },
  { weight: 2, arbitrary: koNumber },
  { weight: 2, arbitrary: enNumber },
  { weight: 3, arbitrary: koName },
  { weight: 3, arbitrary: enName },
  { weight: 2, arbitrary: markup },
  { weight: 1, arbitrary: anyText },
);

const line = fc.array(inline, { minLength: 1, maxLength: 10 }).chain((words) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '  ', '\n'), { minLength: words.length, maxLength: words.length }).map((spaces) =>
    words.map((w, i) => (i ? spaces[i] : '') + w).join(''),
  ),
);

const block = fc.oneof(
  { weight: 5, arbitrary: line },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([n, t]) => `${'#'.repeat(n)} ${t.replace(/\n/g, ' ')}`) },
  { weight: 2, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((t) => `- ${t.replace(/\n/g, ' ')}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((t, i) => `${i + 1}. ${t.replace(/\n/g, ' ')}`).join('\n')) },
  { weight: 2, arbitrary: line.map((t) => t.split('\n').map((l) => `> ${l}`).join('\n')) },
  { weight: 1, arbitrary: line.map((t) => `\`\`\`\n${t}\n\`\`\``) },
  { weight: 1, arbitrary: fc.constantFrom('---', '<div>\n\n<p>raw</p>\n\n</div>', '<!-- pairpress-ignore-next date-mismatch -->', '<!-- pairpress-ignore-next -->', '| a | b |\n|---|---|\n| 1 | 2 |', '<table><tr><td>x') },
  { weight: 1, arbitrary: anyText },
);

export const markdown = fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join('\n\n'));

const isoDate = fc.constantFrom('2026-01-17', '2026-01-17T09:00:00+09:00', '2025-12-31T23:30:00Z', '2026-01-16 22:00', '2024-02-29');
const junk = fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }));

/** Front matter a writer would write: required fields right, optional ones mostly right. */
const validFields = fc
  .record(
    {
      title: line.map((t) => t.replace(/\s+/g, ' ').trim() || '제목'),
      date: isoDate,
      updated: isoDate,
      author: fc.constantFrom('김기자', 'Kim Min-ji'),
      category: fc.constantFrom('security', 'economy'),
      tags: fc.array(fc.oneof(koWord, enWord), { maxLength: 3 }),
      summary: line,
      translationKey: fc.constantFrom('2026/01/summit', 'shared-key', '../escape'),
      draft: fc.boolean(),
      names: fc.constant([{ ko: ['가상 인물'], en: ['Imaginary Person'] }]),
      ignore: fc.constant(['number-mismatch']),
      extra: junk,
    },
    { requiredKeys: ['title', 'date'] },
  );

const fields = fc.record(
  {
    title: fc.oneof({ weight: 6, arbitrary: line.map((t) => t.replace(/\n/g, ' ')) }, { weight: 1, arbitrary: junk }),
    date: fc.oneof({ weight: 6, arbitrary: isoDate }, { weight: 1, arbitrary: junk }),
    updated: fc.oneof(isoDate, junk),
    author: fc.oneof(fc.constantFrom('김기자', 'Kim Min-ji'), junk),
    category: fc.oneof(fc.constantFrom('security', 'economy'), junk),
    tags: fc.oneof(fc.array(fc.oneof(koWord, enWord), { maxLength: 3 }), junk),
    summary: fc.oneof(line, junk),
    slug: fc.oneof(fc.constantFrom('summit', 'budget-talks', 'a'), junk),
    translationKey: fc.oneof(fc.constantFrom('2026/01/summit', 'shared-key', '../escape'), junk),
    draft: fc.oneof(fc.boolean(), junk),
    names: fc.oneof(fc.constant([{ ko: ['가상 인물'], en: ['Imaginary Person'] }]), junk),
    ignore: fc.oneof(fc.constant(['number-mismatch']), junk),
    extra: junk,
  },
  { requiredKeys: [] },
);

/** Front matter as YAML (mostly valid), as hand-written lines (often not), or as raw junk. */
const frontMatter = fc.oneof(
  { weight: 10, arbitrary: validFields.map((f) => `---\n${stringify(f)}---\n`) },
  { weight: 3, arbitrary: fields.map((f) => `---\n${stringify(f)}---\n`) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom('title', 'date', 'slug', 'tags', 'x'), anyText), { maxLength: 4 }).map((pairs) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`) },
  { weight: 1, arbitrary: anyText.map((t) => `---\n${t}\n`) },
  { weight: 1, arbitrary: fc.constant('') },
);

export const article = fc.tuple(frontMatter, markdown).map(([front, body]) => `${front}\n${body}\n`);

/** Mostly a text article; sometimes bytes that are not UTF-8 text. */
const fileContent: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 12, arbitrary: article },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  { weight: 1, arbitrary: article.map((t) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(t, 'utf16le')])) },
);

const stem = fc.constantFrom('2026/01/summit', '2026/01/budget', 'talks', '서울-회담', 'Summit', 'a b', 'deep/er/story');
const articlePath = fc.tuple(stem, fc.constantFrom('ko', 'en', 'ko', 'en', 'fr')).map(([s, l]) => `articles/${s}.${l}.md`);

const glossary = fc.oneof(
  { weight: 3, arbitrary: fc.constant(GLOSSARY) },
  { weight: 1, arbitrary: fc.constant(`${GLOSSARY}- ko: [멜로니]\n  en: [Meloni]\n`) },
  { weight: 1, arbitrary: anyText },
);

export const site: fc.Arbitrary<SiteFiles> = fc
  .tuple(fc.dictionary(articlePath, fileContent, { minKeys: 1, maxKeys: 4 }), fc.option(glossary, { nil: undefined }))
  .map(([articles, gloss]) => ({ ...articles, ...(gloss !== undefined && { 'locales/glossary.yaml': gloss }) }));

/** Sites whose articles are all readable text, so that most of them reach the renderers. */
export const textSite: fc.Arbitrary<SiteFiles> = fc
  .tuple(fc.dictionary(articlePath, fc.tuple(validFields, markdown).map(([f, b]) => `---\n${stringify(f)}---\n\n${b}\n`), { minKeys: 1, maxKeys: 4 }))
  .map(([articles]) => ({ ...articles, 'locales/glossary.yaml': GLOSSARY }));
