/**
 * Throughput of date and number extraction (the heart of the check) on a
 * generated corpus, and its growth: the same text at 1×, 2× and 4× size
 * should take 2× and 4× the time (linear; at most 2.2× per doubling).
 * Runs against the compiled code in dist/. Writes tests/bench/extraction-results.md.
 *
 *   node tests/bench/extraction.mjs [--paragraphs 2000] [--runs 7]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractDates } from '../../dist/check/text/dates.js';
import { extractQuantities } from '../../dist/check/text/numbers.js';

const { values } = parseArgs({ options: { paragraphs: { type: 'string', default: '2000' }, runs: { type: 'string', default: '7' } } });
const base = Number(values.paragraphs);
const runs = Number(values.runs);
const ref = { year: 2026, month: 1, day: 17 };

const KO = [
  '다카이치 총리는 지난 16일 도쿄에서 멜로니 총리와 만나 2035년까지 차세대 전투기를 배치하기로 했다.',
  '정부는 2023년 12월 19일 수출 규정을 바꿨고, 방위비를 약 60% 늘려 1조 2천억 원을 더 쓰기로 했다.',
  '미쓰비시중공업은 152억 달러(약 22조 원) 규모의 계약을 맺었으며 오는 19일 서울에서 서명식을 연다.',
  '지난해 수출은 3억 달러였고 올해 1분기에는 2,000억 원을 넘었다. 회의는 오후 3시 30분에 시작했다.',
];
const EN = [
  'Prime Minister Takaichi met Meloni in Tokyo on the 16th and agreed to field a new fighter by 2035.',
  'The government changed its export rules on December 19, 2023, and will raise defense spending by about 60 percent, or 1.2 trillion won.',
  'Mitsubishi Heavy Industries signed a $15.2 billion contract and will hold a signing ceremony in Seoul on the 19th.',
  'Exports were $300 million last year and topped 200 billion won in the first quarter. The meeting began at 3:30 p.m.',
];

function corpus(lines, paragraphs) {
  return Array.from({ length: paragraphs }, (_, i) => lines[i % lines.length]);
}

function time(paragraphs, lang) {
  const blocks = corpus(lang === 'ko' ? KO : EN, paragraphs);
  const samples = [];
  for (let r = 0; r < runs + 3; r++) {
    const started = process.hrtime.bigint();
    let found = 0;
    for (const text of blocks) {
      const dates = extractDates(text, lang, ref);
      found += dates.length + extractQuantities(text, lang, dates).length;
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r >= 3) samples.push(ms);
    if (found === 0) throw new Error('nothing extracted: the corpus is wrong');
  }
  samples.sort((a, b) => a - b);
  const bytes = blocks.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  return { ms: samples[Math.floor(samples.length / 2)], bytes };
}

const rows = [];
for (const lang of ['ko', 'en']) {
  const sizes = [base, base * 2, base * 4].map((p) => ({ paragraphs: p, ...time(p, lang) }));
  for (const [i, s] of sizes.entries()) {
    const ratio = i === 0 ? '' : (s.ms / sizes[i - 1].ms).toFixed(2);
    rows.push(`| ${lang} | ${s.paragraphs} | ${(s.bytes / 1024).toFixed(0)} KiB | ${s.ms.toFixed(1)} ms | ${(s.bytes / 1024 / 1024 / (s.ms / 1000)).toFixed(2)} MiB/s | ${ratio} |`);
  }
}
const table = [
  '# Date and number extraction',
  '',
  `Median of ${runs} runs after three warm-ups; each row doubles the text of the row above it (linear: ratio ≈ 2, target ≤ 2.2).`,
  '',
  '| language | paragraphs | text | time | throughput | × previous |',
  '|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');
writeFileSync(join(import.meta.dirname, 'extraction-results.md'), table);
process.stdout.write(table);
