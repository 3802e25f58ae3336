/**
 * The shipped program: the compiled modules in dist/ bundled into two
 * files, the command line (dist/bundle/main.js) and the worker thread
 * (dist/bundle/worker.js), so that a run loads one file instead of some
 * 500 modules — start-up is most of a rebuild with nothing to redo.
 *
 *   node esbuild.config.mjs   (after `tsc -p tsconfig.build.json`)
 */
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/engine/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies require Node's built-in modules; an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __pairpressRequire } from 'node:module'; const require = __pairpressRequire(import.meta.url);" },
  logLevel: 'warning',
});
