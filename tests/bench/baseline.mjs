/**
 * The yardstick of the benchmark: a plain single-threaded script that reads
 * every article, parses it (gray-matter, remark-parse), renders it
 * (remark-rehype, rehype-stringify) and writes the HTML, with no checks,
 * feeds, pairing or templates. pairpress's build is measured against it in
 * the same run.
 *
 *   node tests/bench/baseline.mjs <site root> <output folder>
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import matter from 'gray-matter';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { markdownFiles } from './markdown-files.mjs';

const [root, out] = process.argv.slice(2);
if (!root || !out) {
  console.error('usage: node tests/bench/baseline.mjs <site root> <output folder>');
  process.exit(2);
}

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

rmSync(out, { recursive: true, force: true });
let count = 0;
for (const path of markdownFiles(join(root, 'articles'))) {
  const { data, content } = matter(readFileSync(path, 'utf8'));
  const body = String(processor.processSync(content));
  const target = join(out, path.slice(root.length).replace(/\.md$/, '.html'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `<!doctype html><title>${escape(String(data.title ?? ''))}</title>\n${body}\n`);
  count++;
}
console.log(`${count} articles`);

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
