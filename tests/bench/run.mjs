/**
 * `npm run bench`: generates the benchmark sites, then times pairpress as
 * whole processes — cold build, build with nothing changed, build after one
 * article changed, cold check, check with nothing changed — beside the
 * plain baseline script and the parse floor (floor.mjs), at each size, and
 * writes tests/bench/results.md.
 * The scenarios run in rounds, each once per round, so that a slower spell
 * of the machine touches them all alike; the first round warms up and is
 * not counted, then `--runs` rounds. The table shows the median and the
 * range of wall time, the median CPU time (all threads) and the peak
 * resident memory.
 *
 *   node tests/bench/run.mjs [--sizes 500,2000] [--runs 5] [--seed 1] [--jobs N] [--dir /tmp] [--results FILE]
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.mjs';
import { checkTargets, formatResults } from './report.mjs';

const here = import.meta.dirname;
const repo = join(here, '..', '..');
const probe = join(here, 'probe.mjs');
// A private copy of the compiled program: a compile elsewhere in the tree during the run must not change what is measured.
const snapshot = join(repo, 'node_modules', '.cache', 'pairpress-bench', String(process.pid));
rmSync(snapshot, { recursive: true, force: true });
cpSync(join(repo, 'dist'), join(snapshot, 'dist'), { recursive: true });
cpSync(join(repo, 'package.json'), join(snapshot, 'package.json'));
const cli = join(snapshot, 'dist', 'bundle', 'main.js');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string' },
    dir: { type: 'string', default: tmpdir() },
    results: { type: 'string', default: join(here, 'results.md') },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
const jobs = values.jobs ? ['--jobs', values.jobs] : [];

const startedAt = new Date();
const load = loadavg();
const sections = [];
for (const pairs of sizes) sections.push(await benchSize(pairs));
const targets = checkTargets(sections);
const markdown = formatResults({
  sections,
  targets,
  runs,
  seed,
  machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}`,
  startedAt,
  load,
  command: `node ${relative(repo, join(here, 'run.mjs'))} --sizes ${values.sizes} --runs ${runs} --seed ${seed}${values.jobs ? ` --jobs ${values.jobs}` : ''}`,
});
writeFileSync(values.results, markdown);
rmSync(snapshot, { recursive: true, force: true });
console.log(`\n${markdown}`);
console.log(`written to ${relative(process.cwd(), values.results)}`);

async function benchSize(pairs) {
  const site = join(values.dir, `pairpress-bench-${pairs}`);
  const baselineOut = join(values.dir, `pairpress-bench-${pairs}-baseline`);
  const corpus = generateCorpus({ pairs, seed, out: site });
  console.log(`\nN = ${pairs}: ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${site}`);
  // A cache folder of the benchmark's own, cleared for the cold runs (never the user's cache folder).
  const cache = join(values.dir, `pairpress-bench-${pairs}-cache`);
  const output = join(site, 'output');
  const build = [cli, 'build', '--root', site, '--force', '--cache-dir', cache, ...jobs];
  const check = [cli, 'check', '--root', site, '--cache-dir', cache, ...jobs];
  const changed = changingArticle(site, corpus.paths);
  const scenarios = [
    { name: 'baseline script', args: [join(here, 'baseline.mjs'), site, baselineOut] },
    { name: 'parse floor', args: [join(here, 'floor.mjs'), site, ...(values.jobs ? [values.jobs] : [])] },
    { name: 'cold build', args: build, prepare: () => clear(cache, output) },
    { name: 'build, nothing changed', args: build },
    { name: 'build, one article changed', args: build, prepare: changed.next },
    { name: 'cold check', args: check, prepare: () => clear(cache) },
    { name: 'check, nothing changed', args: check },
  ];
  // In rounds, every scenario once per round: a spell in which the machine runs slower touches them all alike,
  // and the ratios between them hold. Each round leaves what the next scenario in it needs (a cache, an output).
  const results = scenarios.map((scenario) => ({ name: scenario.name, samples: [] }));
  for (let round = 0; round <= runs; round++) {
    process.stdout.write(`  ${round === 0 ? 'warm-up round' : `round ${round} of ${runs}`}\n`);
    for (const [index, scenario] of scenarios.entries()) {
      scenario.prepare?.();
      settle();
      const sample = await timeProcess(scenario.args);
      if (round > 0) results[index].samples.push(sample);
      process.stdout.write(`    ${scenario.name}: ${(sample.wall / 1000).toFixed(2)} s wall, ${(sample.cpu / 1000).toFixed(2)} s CPU, ${sample.rssMb.toFixed(0)} MB\n`);
    }
  }
  changed.restore();
  clear(baselineOut, cache);
  return { pairs, articles: corpus.articles, bytes: corpus.bytes, results };
}

/**
 * Writes out what the file system still holds in memory before a timed run
 * starts: on a disk mounted with online discard, the blocks that one run
 * frees (a cleared cache, a replaced output) are otherwise trimmed during
 * the next, which is then charged for another's work.
 */
function settle() {
  spawnSync('sync', { stdio: 'ignore' });
}

function clear(...paths) {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
}

/** The English version of the middle pair, edited back and forth so that every run sees a change. */
function changingArticle(site, paths) {
  const english = paths.filter((p) => p.endsWith('.en.md'));
  const path = join(site, english[Math.floor(english.length / 2)]);
  return changingFile(path, readFileSync(path, 'utf8'));
}

function changingFile(path, original) {
  let edits = 0;
  return {
    next() {
      edits++;
      writeFileSync(path, edits % 2 ? `${original}\nThis story was updated after publication.\n` : original);
    },
    restore() {
      writeFileSync(path, original);
    },
  };
}

/** Runs `node args…` to its end; wall time in ms, CPU time in ms (user + system), peak RSS in MB. */
function timeProcess(args) {
  const report = join(tmpdir(), `pairpress-bench-probe-${process.pid}.json`);
  rmSync(report, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', probe, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PAIRPRESS_BENCH_PROBE: report, CI: 'true' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wall = performance.now() - started;
      if (code !== 0 && code !== 1) {
        reject(new Error(`${args.join(' ')} exited with ${code}:\n${stderr}`));
        return;
      }
      const usage = JSON.parse(readFileSync(report, 'utf8'));
      resolve({ wall, cpu: (usage.user + usage.system) / 1000, rssMb: usage.maxRssKb / 1024 });
    });
  });
}
