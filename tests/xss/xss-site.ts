/**
 * A site with the XSS vectors of tests/fixtures/xss in every place a writer
 * controls: Markdown bodies (blocks, inline, headings, links, image text),
 * titles, front-matter strings (summary, author, tags, an unknown field,
 * the translation key), glossary forms (the glossary file and `names`),
 * UI strings and site settings. It is built, checked into a review page
 * and bundled, so a test can look at everything pairpress writes.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeSite } from '../helpers/site.js';

export interface Vector {
  name: string;
  payload: string;
}

export const VECTORS: Vector[] = JSON.parse(
  readFileSync(new URL('../fixtures/xss/vectors.json', import.meta.url), 'utf8'),
) as Vector[];

/** A YAML double-quoted scalar: JSON's escapes are YAML's. */
const q = (text: string) => JSON.stringify(text);

function articleFor(vector: Vector, index: number, lang: 'ko' | 'en'): string {
  const p = vector.payload;
  const form = glossaryForm(vector, index, lang);
  const words = lang === 'ko' ? { title: '시험 기사', body: '본문에 이 글이 있다', link: '연결' } : { title: 'Test article', body: 'The body holds this text', link: 'link' };
  return [
    '---',
    `title: ${q(`${words.title} ${index} ${p}`)}`,
    `date: 2026-01-${String((index % 28) + 1).padStart(2, '0')}T09:00:00+09:00`,
    `summary: ${q(p)}`,
    `author: ${q(`${p} ${lang}`)}`,
    `tags: [${q(p)}, ${q(`tag ${index}`)}]`,
    `subtitle: ${q(p)}`,
    `translationKey: ${q(`xss-${index} ${p}`)}`,
    'names:',
    `  - ko: ${q(glossaryForm(vector, index, 'ko', 'own'))}`,
    `    en: ${q(glossaryForm(vector, index, 'en', 'own'))}`,
    '---',
    '',
    `${words.body}: ${p}`,
    '',
    p,
    '',
    `## ${p}`,
    '',
    `- ${p}`,
    '',
    `> ${p}`,
    '',
    `[${p}](https://example.com/${index}) ![${p}](https://example.com/${index}.png)`,
    '',
    `${form} ${glossaryForm(vector, index, lang, 'own')}`,
    '',
  ].join('\n');
}

/** A glossary form carrying the payload, unique per vector and place. */
function glossaryForm(vector: Vector, index: number, lang: 'ko' | 'en', place: 'file' | 'own' = 'file'): string {
  const name = lang === 'ko' ? (place === 'file' ? '가상 인물' : '가상 단체') : place === 'file' ? 'Imaginary Person' : 'Imaginary Group';
  return `${name} ${index} ${vector.payload.replace(/\s+/g, ' ').trim()}`;
}

function glossaryYaml(vectors: Vector[]): string {
  return vectors
    .map((v, i) => `- ko: [${q(glossaryForm(v, i, 'ko'))}]\n  en: [${q(glossaryForm(v, i, 'en'))}]\n  kind: ${i % 2 ? 'org' : 'person'}\n`)
    .join('');
}

/** The repository's UI strings with a payload in every string pages show. */
async function locales(payload: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const lang of ['ko', 'en']) {
    const data = JSON.parse(await readFile(new URL(`../../locales/${lang}/common.json`, import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
    for (const group of Object.values(data)) {
      for (const key of Object.keys(group)) {
        // keep interpolation variables, so the keys still agree between the languages
        group[key] = `${group[key]} ${payload}`;
      }
    }
    files[`locales/${lang}/common.json`] = JSON.stringify(data, null, 2);
  }
  return files;
}

export interface XssBuild {
  root: string;
  /** the build, with the review page at _review/index.html */
  out: string;
  /** check --format html */
  review: string;
  bundle: string;
  /** what the commands printed, for failures */
  log: string;
}

export async function buildXssSite(vectors: Vector[] = VECTORS): Promise<XssBuild> {
  const files: Record<string, string> = {
    'pairpress.config.json': JSON.stringify({
      baseUrl: 'https://news.example',
      title: { ko: `시험 신문 ${vectors[0]!.payload}`, en: `Test News ${vectors[1]!.payload}` },
      author: { ko: `편집국 ${vectors[2]!.payload}`, en: `Newsroom ${vectors[3]!.payload}` },
    }),
    'locales/glossary.yaml': glossaryYaml(vectors),
    ...(await locales(vectors[4]!.payload)),
  };
  vectors.forEach((vector, index) => {
    files[`articles/xss/v${index}.ko.md`] = articleFor(vector, index, 'ko');
    files[`articles/xss/v${index}.en.md`] = articleFor(vector, index, 'en');
  });
  const root = await makeSite(files);
  const out = join(root, 'out');
  const review = join(root, 'review', 'review.html');
  const bundle = join(root, 'bundle', 'bundle.zip');
  await mkdir(join(root, 'review'));
  const runs = [
    await runCli(['build', '--root', root, '--out', out, '--force', '--drafts', '--review', '--no-cache']),
    await runCli(['check', '--root', root, '--format', 'html', '--output', review, '--no-cache']),
    await runCli(['bundle', '--root', root, '--out', bundle, '--force']),
  ];
  const log = runs.map((r) => `exit ${r.code}\n${r.stdout}\n${r.stderr}`).join('\n---\n');
  if (runs[0]!.code !== 0 || runs[2]!.code !== 0 || runs[1]!.code === 2) throw new Error(`the XSS site did not build:\n${log.slice(0, 4000)}`);
  await writeFile(join(root, 'commands.log'), log);
  return { root, out, review, bundle, log };
}
