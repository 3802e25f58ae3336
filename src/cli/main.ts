#!/usr/bin/env node
/**
 * The command line: parses argv, runs one command, returns ESLint's exit
 * codes (0 clean, 1 findings, 2 the run itself failed). The only place that
 * prints or exits.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { EngineOptions } from '../engine/index.js';
import { defaultJobs } from '../engine/pool.js';
import { UserError } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { processIO, type CliIO } from './io.js';
import type { CommandRegistration } from './commands/extra.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let code = 0;
  const program = createProgram(io, (c) => (code = c), await extraCommandsFor(argv));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UserError) {
      io.stderr(`pairpress: ${error.message}\n`);
      return 2;
    }
    io.stderr(`pairpress: internal error: ${(error as Error)?.stack ?? String(error)}\nPlease report this with the command you ran.\n`);
    return 2;
  }
}

function createProgram(io: CliIO, setCode: (code: number) => void, extraCommands: readonly CommandRegistration[]): Command {
  const program = new Command('pairpress')
    .description('Korean–English bilingual publishing: pair translations, check that they agree, publish them.')
    .showHelpAfterError('(run "pairpress --help" for usage)')
    .version(TOOL_VERSION, '-V, --version', 'print the version of pairpress')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  const root = () => new Option('--root <dir>', 'the site folder').default('.');
  const rootOf = (dir: string) => resolve(io.cwd, dir);

  program
    .command('check')
    .description('check that every article agrees with its translation')
    .addOption(root())
    .addOption(new Option('--format <format>', 'report format').choices([...FORMATS, 'html']).default('text'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit)', warningLimit)
    .option('--quiet', 'report errors only')
    .addOption(jobsOption())
    .addOption(cacheDirOption())
    .addOption(noCacheOption())
    .action(async (opts) => {
      const { checkCommand } = await import('./commands/check.js');
      setCode(
        await checkCommand(
          {
            root: rootOf(opts.root),
            format: opts.format,
            output: opts.output,
            maxWarnings: opts.maxWarnings,
            quiet: opts.quiet,
            engine: engineOptions(opts, io.cwd),
          },
          io,
        ),
      );
    });

  program
    .command('build')
    .description('check, then write pages, feeds and sitemap')
    .addOption(root())
    .option('--out <dir>', 'the output folder (default: output/ in the root)')
    .option('--base-url <url>', 'absolute URL the site is served from', url)
    .option('--drafts', 'publish drafts too')
    .option('--force', 'publish even when the check finds errors')
    .option('--review', 'also write the review page of the check to _review/index.html in the output')
    .addOption(jobsOption())
    .addOption(cacheDirOption())
    .addOption(noCacheOption())
    .action(async (opts) => {
      const { buildCommand } = await import('./commands/build.js');
      setCode(
        await buildCommand(
          {
            root: rootOf(opts.root),
            out: opts.out && resolve(io.cwd, opts.out),
            baseUrl: opts.baseUrl,
            drafts: opts.drafts,
            force: opts.force,
            review: opts.review,
            engine: engineOptions(opts, io.cwd),
          },
          io,
        ),
      );
    });

  for (const add of extraCommands) add(program, { io, root, rootOf, setCode });
  // No action of its own: with no command commander prints the usage to stderr (exit 2),
  // an unknown command is named as such, and `pairpress help <command>` works.
  return program;
}

/**
 * The commands beyond check and build, which bring their own dependencies
 * (a server, a zip writer): not loaded for a check or a build, the runs that
 * CI and the preview repeat all day.
 */
async function extraCommandsFor(argv: readonly string[]): Promise<readonly CommandRegistration[]> {
  const command = argv.find((arg) => !arg.startsWith('-'));
  if (command === 'check' || command === 'build') return [];
  return (await import('./commands/extra.js')).extraCommands;
}

export interface CommandSetup {
  io: CliIO;
  root: () => Option;
  rootOf: (dir: string) => string;
  setCode: (code: number) => void;
}

/** `--jobs N`: threads for parsing, checking and rendering articles. */
export function jobsOption(): Option {
  return new Option('--jobs <n>', 'threads that parse, check and render articles (1: no worker threads)').default(defaultJobs(), 'one per core').argParser(positiveNumber);
}

/** `--no-cache`: neither read nor write the cache (kept in the user's cache folder, never in the site). */
export function noCacheOption(): Option {
  return new Option('--no-cache', 'neither use nor update the cache of earlier runs (kept in $PAIRPRESS_CACHE_DIR, else $XDG_CACHE_HOME/pairpress or ~/.cache/pairpress)');
}

/** `--cache-dir <dir>`: the cache root instead of the default one. */
export function cacheDirOption(): Option {
  return new Option('--cache-dir <dir>', 'the cache folder, one folder per site inside (default: $PAIRPRESS_CACHE_DIR, else $XDG_CACHE_HOME/pairpress or ~/.cache/pairpress)');
}

/** The engine's options from `--jobs`, `--cache-dir` and `--no-cache`; a relative `--cache-dir` is taken from `cwd`. */
export function engineOptions(opts: { jobs?: number; cache?: boolean; cacheDir?: string }, cwd: string = process.cwd()): EngineOptions {
  const cache = opts.cache === false ? false : opts.cacheDir !== undefined ? resolve(cwd, opts.cacheDir) : undefined;
  return { jobs: opts.jobs ?? defaultJobs(), ...(cache !== undefined && { cache }) };
}

function positiveNumber(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return Number(value);
}

/** A whole number of warnings; as in ESLint, -1 (any negative number) means no limit. */
function warningLimit(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number (-1 for no limit)');
  return Number(value);
}

function url(value: string): string {
  try {
    const parsed = new URL(value);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return value;
  } catch {
    // fall through
  }
  throw new InvalidArgumentError('expected an absolute http(s) URL');
}

function isEntryPoint(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
