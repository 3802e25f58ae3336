/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`): self time by function,
 * by source file or package, and the total (self + callees) time of
 * pairpress's own functions, so that "where the time went" is a table.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/bundle/main.js build --root /tmp/pairpress-bench-500
 *   node tests/bench/profile.mjs /tmp/prof/*.cpuprofile [--top 30]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
const top = Number(values.top);

for (const path of positionals) summarize(path);

function summarize(path) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const fnSelf = new Map();
  const placeSelf = new Map();
  const fnTotal = new Map();
  let total = 0;
  for (const [id, micros] of self) {
    total += micros;
    const node = byId.get(id);
    add(fnSelf, label(node), micros);
    add(placeSelf, place(node.callFrame.url, node.callFrame.functionName), micros);
    // Total time: count each function once per sample, however deep its recursion.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = label(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      add(fnTotal, key, micros);
    }
  }
  const ms = (micros) => `${(micros / 1000).toFixed(0).padStart(7)} ms ${((100 * micros) / total).toFixed(1).padStart(5)} %`;
  const table = (title, map, filter = () => true) => {
    console.log(`\n${title}`);
    for (const [name, micros] of [...map].filter(([name]) => filter(name)).sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${ms(micros)}  ${name}`);
    }
  };
  console.log(`${path}: ${(total / 1000).toFixed(0)} ms sampled`);
  table('self time by package or file', placeSelf);
  table('self time by function', fnSelf);
  table('total time (self + callees) of pairpress functions', fnTotal, (name) => name.includes('dist/'));
}

function add(map, key, value) {
  map.set(key, (map.get(key) ?? 0) + value);
}

function label(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
}

function shortUrl(url) {
  if (!url) return '';
  const modules = url.lastIndexOf('node_modules/');
  if (modules !== -1) return url.slice(modules + 'node_modules/'.length);
  const dist = url.indexOf('/dist/');
  return dist !== -1 ? url.slice(dist + 1) : url.replace(/^file:\/\//, '');
}

/** A package name for dependencies, the file for pairpress, the category for V8's own entries. */
function place(url, functionName) {
  if (!url) return `(${functionName || 'native'})`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return shortUrl(url);
}
