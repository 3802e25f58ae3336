/**
 * The floor under every cold run of pairpress: read each article and parse
 * it (gray-matter, remark-parse) on as many worker threads as pairpress
 * uses, and nothing else: no checks, no rendering, no writing. A cold build
 * or a cold check parses every article with the same parser, so neither can
 * take less time than this. The benchmark times it beside the baseline, so
 * that the results show what the targets leave for everything else.
 *
 *   node tests/bench/floor.mjs <site root> [threads]
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import matter from 'gray-matter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markdownFiles } from './markdown-files.mjs';

if (isMainThread) {
  const [root, threadsArg] = process.argv.slice(2);
  if (!root) {
    console.error('usage: node tests/bench/floor.mjs <site root> [threads]');
    process.exit(2);
  }
  const threads = Number(threadsArg ?? availableParallelism());
  const files = [...markdownFiles(join(root, 'articles'))];
  // Dealt out in turn: the articles are alike in size, so every thread gets about the same work.
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_, index) => index % threads === thread));
  const counts = await Promise.all(shares.map(parseOnThread));
  console.log(`${counts.reduce((sum, n) => sum + n, 0)} articles parsed on ${threads} threads`);
} else {
  const parser = unified().use(remarkParse);
  let nodes = 0;
  for (const path of workerData) {
    const { content } = matter(readFileSync(path, 'utf8'));
    nodes += parser.parse(content).children.length;
  }
  // The node count is sent back so that no parse can be optimized away.
  parentPort.postMessage({ articles: workerData.length, nodes });
}

function parseOnThread(paths) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: paths });
    worker.once('message', (message) => resolve(message.articles));
    worker.once('error', reject);
    // A thread that stops without its count (out of memory, say) fails the run instead of leaving it waiting.
    worker.once('exit', (code) => reject(new Error(`a parsing thread stopped with code ${code} before it reported`)));
  });
}
