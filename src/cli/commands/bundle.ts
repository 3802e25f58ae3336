/** `pairpress bundle`: checks, then writes the publisher bundle (SPEC §10) as one zip. */
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ALL_RULES } from '../../check/rules/index.js';
import { UserError } from '../../errors.js';
import { errorCount, loadAndCheck, sourceDateEpoch } from '../../pipeline.js';
import { createBundle, selectArticles, type BundleSelection } from '../../publish/bundle.js';
import { makeFolders } from '../../publish/folders.js';
import { createPublication } from '../../publish/publication.js';
import { formatReport } from '../../report/index.js';
import { parseIsoInstant } from '../../time.js';
import { LANGS, type Lang } from '../../types.js';
import type { CliIO } from '../io.js';
import type { CommandSetup } from '../main.js';

export interface BundleCommandOptions {
  root: string;
  /** absolute path of the zip; default `output/bundle.zip` in the root */
  out?: string;
  lang: Lang | 'both';
  /** ISO 8601 date or date-time, read in the site time zone when it has no offset */
  since?: string;
  keys?: string[];
  force?: boolean;
}

export function registerBundle(program: Command, setup: CommandSetup): void {
  program
    .command('bundle')
    .description('write a publisher bundle: ninjs items, standalone pages, sources and feeds in one zip')
    .addOption(setup.root())
    .option('--out <file>', 'the zip to write (default: output/bundle.zip in the root)')
    .addOption(new Option('--lang <lang>', 'which versions to bundle').choices(['ko', 'en', 'both']).default('both'))
    .option('--since <date>', 'only articles published or updated on or after this date (ISO 8601)', isoArgument)
    .option('--key <keys...>', 'only these translation keys')
    .option('--force', 'bundle even when the check finds errors')
    .action(async (opts) => {
      setup.setCode(
        await bundleCommand(
          {
            root: setup.rootOf(opts.root),
            out: opts.out && resolve(setup.io.cwd, opts.out),
            lang: opts.lang,
            since: opts.since,
            keys: opts.key,
            force: opts.force,
          },
          setup.io,
        ),
      );
    });
}

export async function bundleCommand(options: BundleCommandOptions, io: CliIO): Promise<number> {
  const out = options.out ?? resolve(options.root, 'output', 'bundle.zip');
  const { site, pairing, result } = await loadAndCheck(options.root);
  if (result.diagnostics.length > 0) {
    io.stderr(formatReport('text', result, { color: io.isTTY, rules: ALL_RULES }));
  }
  const errors = errorCount(result);
  if (errors > 0 && !options.force) {
    io.stderr(`\nNo bundle was written: the site has ${errors} error(s). Fix them, or pass --force to bundle anyway.\n`);
    return 1;
  }
  const epoch = sourceDateEpoch(io.env);
  const pub = createPublication(site, pairing, epoch !== undefined ? { sourceDateEpoch: epoch } : {});
  const selection: BundleSelection = {
    langs: options.lang === 'both' ? LANGS : [options.lang],
    ...(options.since !== undefined && { since: sinceInstant(options.since, site.settings.timeZone) }),
    ...(options.keys && { keys: options.keys }),
  };
  const articles = selectArticles(pub, selection);
  if (articles.length === 0) {
    io.stderr(`No bundle was written: ${emptyReason(options, pub.articles.length)}.\n`);
    return 1;
  }
  const bundle = createBundle(pub, articles, selection);
  await writeAtomically(out, bundle.zip);
  const shown = relative(io.cwd, out) || out;
  const items = bundle.manifest.items.length;
  const versions = `${articles.length} version${articles.length === 1 ? '' : 's'}: ${LANGS.filter((l) => articles.some((a) => a.lang === l)).join(', ')}`;
  io.stdout(
    `Bundled ${items} article${items === 1 ? '' : 's'} (${versions}) into ${shown} (${bundle.files.length} files, ${bundle.zip.length} bytes).\n`,
  );
  return 0;
}

function sinceInstant(text: string, timeZone: string): number {
  const instant = parseIsoInstant(text, timeZone);
  if (instant === undefined) throw new UserError(`--since: "${text}" is not an ISO 8601 date or date-time`);
  return instant;
}

function emptyReason(options: BundleCommandOptions, published: number): string {
  if (published === 0) return 'the site has no published articles';
  const filters = [
    options.lang !== 'both' && `--lang ${options.lang}`,
    options.since !== undefined && `--since ${options.since}`,
    options.keys && options.keys.length > 0 && `--key ${options.keys.join(' ')}`,
  ].filter(Boolean);
  return `no published article matches ${filters.join(' ')}`;
}

/** Writes beside the target, then renames: a reader never sees half a zip. */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const staging = `${target}.tmp-${process.pid}`;
  try {
    await makeFolders(dirname(target));
    await writeFile(staging, bytes);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { force: true });
    throw new UserError(`cannot write ${target}: ${(error as Error).message}`);
  }
}

function isoArgument(value: string): string {
  if (parseIsoInstant(value, 'UTC') === undefined) {
    throw new InvalidArgumentError('expected an ISO 8601 date or date-time, e.g. 2026-01-01');
  }
  return value;
}
