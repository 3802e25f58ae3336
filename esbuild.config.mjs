/**
 * The shipped program, bundled from the compiled modules in dist/ so that a
 * run loads a few files instead of some 500 modules — start-up is most of
 * a rebuild with little to redo:
 *
 *   dist/bundle/main.cjs    the command line, one CommonJS file
 *   dist/bundle/main.cache  V8's code cache of main.cjs, made by a training run (below)
 *   dist/bundle/main.js     `pairpress`: runs main.cjs with that cache (src/cli/launch.ts)
 *   dist/bundle/worker.js   the worker thread
 *
 *   node esbuild.config.mjs   (after `tsc -p tsconfig.build.json`)
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const out = 'dist/bundle';
// A bundle of an earlier layout must not linger beside this one (the code's hash covers the folder).
rmSync(out, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
// CommonJS dependencies require Node's built-in modules; an ES module has no `require` of its own.
const esmRequire = "import { createRequire as __pairpressRequire } from 'node:module'; const require = __pairpressRequire(import.meta.url);";

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'dist/cli/main.js' },
    outdir: out,
    outExtension: { '.js': '.cjs' },
    // A script, not a module: only a script can be compiled with a code cache on Node 20.
    format: 'cjs',
    // The code finds its worker and its own files from its URL: that of main.js, which runs it.
    define: { 'import.meta.url': '__pairpressUrl' },
    banner: { js: "const __pairpressUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  build({ ...common, entryPoints: { worker: 'dist/engine/worker.js' }, outdir: out, format: 'esm', banner: { js: esmRequire } }),
  build({ ...common, entryPoints: { main: 'dist/cli/launch.js' }, outdir: out, format: 'esm' }),
]);
try {
  await trainCodeCache();
} catch (error) {
  // Without its cache the command line compiles as usual, only more slowly at start-up.
  rmSync(join(out, 'main.cache'), { force: true });
  console.warn(`esbuild.config.mjs: no code cache made (${error instanceof Error ? error.message : String(error)})`);
}

/**
 * Runs the bundle, in this process, through what a site sees every day — a
 * first build, a build after an edit, one with nothing changed, a check —
 * on a copy of the sample site, one thread, then writes V8's cache of
 * everything that was compiled for it.
 */
async function trainCodeCache() {
  const { compileBundle, sealCodeCache } = await import('./dist/cli/code-cache.js');
  const compiled = compileBundle(resolve(out, 'main.cjs'));
  const { main } = compiled.run(resolve(out, 'main.js'));
  const work = mkdtempSync(join(tmpdir(), 'pairpress-code-cache-'));
  try {
    const site = join(work, 'site');
    for (const part of ['articles', 'locales', 'pairpress.config.json']) cpSync(part, join(site, part), { recursive: true });
    const io = { stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {}, cwd: site };
    const options = ['--root', site, '--out', join(work, 'output'), '--cache-dir', join(work, 'cache'), '--jobs', '1'];
    await main(['build', ...options, '--force'], io);
    const edited = readdirSync(join(site, 'articles'), { recursive: true }).find((path) => String(path).endsWith('.en.md'));
    appendFileSync(join(site, 'articles', String(edited)), '\nOne more paragraph.\n');
    await main(['build', ...options, '--force'], io);
    await main(['build', ...options, '--force'], io);
    await main(['check', ...options.slice(0, 2), ...options.slice(4)], io);
    writeFileSync(join(out, 'main.cache'), sealCodeCache(compiled.source, compiled.script.createCachedData()));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
