/**
 * A deterministic benchmark site: N pairs of Korean and English articles of
 * about 6.6 KB, with names from the glossary, dates and figures that agree
 * between the versions, Markdown headings, quotes, lists, links and images,
 * and a few deliberate defects (a wrong figure or date, a misspelled or
 * missing name, Korean left in the English version, a dropped list, an
 * article without its translation). The same N and seed give the same bytes.
 *
 *   node tests/bench/corpus.mjs --pairs 500 --seed 1 --out /tmp/pairpress-bench-500
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { glossaryEntries, glossaryYaml, ROLES } from './corpus-names.mjs';
import { cap, CATEGORIES, fullDate, HEADINGS, josa, money, QUOTES, SENTENCES, TAGS, TITLES } from './corpus-text.mjs';

/** mulberry32: a small, fast, well-mixed 32-bit generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEFECTS = ['number', 'date', 'misspelled', 'missing', 'untranslated', 'structure'];
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/** Writes the site into `out` (emptied first); returns what it wrote. */
export function generateCorpus({ pairs, seed = 1, out }) {
  rmSync(out, { recursive: true, force: true });
  const rand = random(seed * 7919 + pairs);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const entries = glossaryEntries();
  const people = entries.filter((e) => e.kind === 'person');
  const orgs = entries.filter((e) => e.kind === 'org');
  const places = entries.filter((e) => e.kind === 'place');
  const form = (e) => ({ ko: e.ko[0], en: e.the ? `the ${e.en[0]}` : e.en[0] });
  const pair = ([ko, en]) => ({ ko, en });
  const files = {};
  const defects = {};
  let bytes = 0;

  for (let i = 0; i < pairs; i++) {
    const published = new Date(START + Math.floor(i * (900 / pairs) * DAY) + int(0, 15) * 3_600_000);
    const y = published.getUTCFullYear();
    const slotsFor = () => {
      const back = new Date(published.getTime() - int(1, 40) * DAY);
      const l = int(0, places.length - 1);
      return {
        p: form(pick(people)), p2: form(pick(people)), role: pair(pick(ROLES)), role2: pair(pick(ROLES)),
        o: form(pick(orgs)), o2: form(pick(orgs)), l: form(places[l]), l2: form(places[(l + int(1, places.length - 1)) % places.length]),
        date: fullDate(back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()),
        day: int(1, 28), y, m: int(1, 12), year: int(2027, 2035),
        money: money(pick([12, 35, 150, 480, 2500, 7200, 12000, 24000]), pick(['won', 'usd'])),
        money2: money(pick([15, 60, 300, 900, 3600]), pick(['won', 'usd'])),
        count: int(12, 9800), small: int(12, 60), pct: int(11, 87),
      };
    };
    const defect = rand() < 0.03 ? pick(DEFECTS) : undefined;
    const unpaired = rand() < 0.005;
    const story = writeStory({ rand, pick, int, slotsFor, defect });
    const category = pick(CATEGORIES);
    const tags = [pick(TAGS), pick(TAGS)].filter((t, k, all) => all.indexOf(t) === k);
    const slug = `story-${String(i + 1).padStart(5, '0')}`;
    const dir = `articles/${y}/${String(published.getUTCMonth() + 1).padStart(2, '0')}`;
    const date = isoSeoul(published);
    for (const [lang, index] of [['ko', 0], ['en', 1]]) {
      if (unpaired && lang === 'en') continue;
      const front = [
        '---',
        `title: ${JSON.stringify(story.title[index])}`,
        `date: ${date}`,
        `author: ${lang === 'ko' ? '국제부' : 'World Desk'}`,
        `category: ${category[0]}`,
        `tags: [${tags.map((t) => t[index]).join(', ')}]`,
        '---',
        '',
      ];
      const text = `${front.join('\n')}${story.body[index]}\n`;
      files[`${dir}/${slug}.${lang}.md`] = text;
      bytes += Buffer.byteLength(text);
    }
    if (defect || unpaired) defects[`${dir}/${slug}`] = unpaired ? 'unpaired' : defect;
  }

  files['locales/glossary.yaml'] = glossaryYaml(entries);
  files['locales/ko/common.json'] = `${JSON.stringify(locale('ko'), null, 2)}\n`;
  files['locales/en/common.json'] = `${JSON.stringify(locale('en'), null, 2)}\n`;
  files['pairpress.config.json'] = `${JSON.stringify({
    title: { ko: '벤치마크 뉴스', en: 'Benchmark News' },
    baseUrl: 'https://news.example',
    author: { ko: '편집국', en: 'Newsroom' },
  }, null, 2)}\n`;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  const articles = Object.keys(files).filter((p) => p.endsWith('.md'));
  return { articles: articles.length, paths: articles, bytes, defects };
}

/** One story in both languages: title, then headed sections of paragraphs, a quote, a list, a link, an image. */
function writeStory({ rand, pick, int, slotsFor, defect }) {
  const ko = [];
  const en = [];
  const target = int(5300, 7400);
  const slots = slotsFor();
  const title = pick(TITLES)(slots);
  let defectDone = !defect || defect === 'structure';
  let section = 0;
  let linked = false;
  while (Buffer.byteLength(en.join('\n\n')) < target) {
    if (section > 0 && section % 3 === 0) {
      const [hk, he] = HEADINGS[(section / 3 - 1) % HEADINGS.length];
      ko.push(`## ${hk}`);
      en.push(`## ${he}`);
    }
    const sentences = [[], []];
    for (let s = int(3, 5); s > 0; s--) {
      const v = slotsFor();
      const template = pick(SENTENCES);
      const [k, e] = template(v);
      let english = e;
      if (!defectDone) {
        const broken = breakSentence(defect, template, v, e, rand);
        if (broken !== e) defectDone = true;
        english = broken;
      }
      sentences[0].push(k);
      sentences[1].push(english);
    }
    if (!linked && section === 1) {
      linked = true;
      const id = int(1000, 9999);
      sentences[0].push(`자세한 내용은 [${josa(`${slots.o.ko} 보도자료`, '으로/로')}](https://www.example.org/press/${id}) 공개됐다.`);
      sentences[1].push(`The details were published in a [${slots.o.en} press release](https://www.example.org/press/${id}).`);
    }
    ko.push(sentences[0].join(' '));
    en.push(sentences[1].join(' '));
    if (section === 2) {
      const [qk, qe] = pick(QUOTES);
      ko.push(`> “${qk}”`);
      en.push(`> “${qe}”`);
    }
    if (section === 4) {
      const items = [slotsFor(), slotsFor(), slotsFor()];
      ko.push(items.map((v) => `- ${v.o.ko}: ${v.money2.ko}`).join('\n'));
      if (defect !== 'structure') en.push(items.map((v) => `- ${cap(v.o.en)}: ${v.money2.en}`).join('\n'));
    }
    if (section === 5) {
      const id = int(100, 999);
      ko.push(`![${slots.l.ko} 항구 풍경](/images/${id}.jpg)`);
      en.push(`![The port of ${slots.l.en}](/images/${id}.jpg)`);
    }
    section++;
  }
  return { title, body: [ko.join('\n\n'), en.join('\n\n')] };
}

/** The English sentence with the defect put in, or as it was when the template has no place for it. */
function breakSentence(defect, template, v, english, rand) {
  switch (defect) {
    case 'number':
      return template({ ...v, money: { ...v.money, en: v.money.en.replace(/\d+/, (d) => String(Number(d) * 10)) } })[1];
    case 'date':
      return template({ ...v, date: { ...v.date, en: v.date.en.replace(/ (\d+),/, (_, d) => ` ${(Number(d) % 28) + 1},`) } })[1];
    case 'misspelled': {
      const misspelled = v.p.en.replace(/([a-z])([a-z])(?=[a-z]*$)/, '$2$1');
      return english.replace(v.p.en, misspelled);
    }
    case 'missing':
      return english.includes(v.p.en) ? english.replace(`${v.role.en.replace(/^./, (c) => c.toUpperCase())} ${v.p.en}`, 'A senior official') : english;
    case 'untranslated':
      return rand() < 0.5 ? `${english} 추가 확인이 필요하다.` : english;
    default:
      return english;
  }
}

/** `2025-03-14T09:00:00+09:00` for the Seoul wall-clock time of `instant`. */
function isoSeoul(instant) {
  const local = new Date(instant.getTime() + 9 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+09:00`;
}

function locale(lang) {
  const ko = lang === 'ko';
  return {
    site: { languageName: ko ? '한국어' : 'English' },
    nav: { home: ko ? '첫 화면' : 'Front page', otherLanguage: ko ? '다른 언어로 보기' : 'Read this in another language' },
    article: ko
      ? { publishedOn: '{{date}} 게재', updatedOn: '{{date}} 고침', by: '{{author}}', readingTime_other: '{{count}}분 분량' }
      : { publishedOn: 'Published {{date}}', updatedOn: 'Updated {{date}}', by: 'By {{author}}', readingTime_one: '{{count}} minute read', readingTime_other: '{{count}} minute read' },
    index: { title: ko ? '새 소식' : 'Latest news', latest: ko ? '최근 기사' : 'Recent stories' },
    feeds: { rss: 'RSS', atom: 'Atom', json: ko ? 'JSON 피드' : 'JSON Feed', subscribe: ko ? '구독' : 'Subscribe' },
    chooser: { title: ko ? '언어를 고르세요' : 'Choose a language', prompt: ko ? '한국어로 읽기' : 'Read in English' },
    category: Object.fromEntries(CATEGORIES.map(([key, k, e]) => [key, ko ? k : e])),
    tags: { label: ko ? '태그' : 'Tags' },
    footer: { about: ko ? '국내외 소식을 한국어와 영어로 전합니다.' : 'News from home and abroad, in Korean and English.' },
    lang: { ko: ko ? '한국어' : 'Korean', en: ko ? '영어' : 'English' },
    a11y: { skip: ko ? '본문으로 건너뛰기' : 'Skip to the story' },
    untranslated: { notice: ko ? '이 기사의 {{language}} 번역은 아직 없습니다.' : 'There is no {{language}} version of this story yet.' },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { pairs: { type: 'string', default: '500' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const pairs = Number(values.pairs);
  const out = values.out ?? `/tmp/pairpress-bench-${pairs}`;
  const result = generateCorpus({ pairs, seed: Number(values.seed), out });
  console.log(`${out}: ${result.articles} articles, ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${Object.keys(result.defects).length} with a deliberate defect`);
}
