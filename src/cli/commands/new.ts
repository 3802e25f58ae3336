/** `pairpress new <slug>`: scaffolds a pair, or the missing translation. */
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { UserError } from '../../errors.js';
import { loadSite } from '../../load/index.js';
import { findBySlug, planPair, planTranslation, type PlannedFile } from '../../scaffold/new.js';
import type { Lang } from '../../types.js';
import type { CommandSetup } from '../main.js';
import { makeFolders } from '../../publish/folders.js';

export function registerNew(program: Command, setup: CommandSetup): void {
  program
    .command('new')
    .description('scaffold a pair, or the missing translation of an existing article')
    .argument('<slug>', 'URL segment: a-z, 0-9 and "-"', slugArgument)
    .addOption(setup.root())
    .addOption(new Option('--lang <lang>', 'write only this language').choices(['ko', 'en']))
    .option('--title <title>', 'the headline')
    .option('--date <date>', 'publication date (ISO 8601); default: now', isoArgument)
    .action(async (slug: string, opts) => {
      setup.setCode(await newCommand(setup.rootOf(opts.root), { slug, lang: opts.lang, title: opts.title, date: opts.date }, setup));
    });
}

async function newCommand(
  root: string,
  options: { slug: string; lang?: Lang; title?: string; date?: string },
  { io }: CommandSetup,
): Promise<number> {
  const site = await loadSite(root);
  const existing = findBySlug(site, options.slug);
  const base = { ...options, now: Date.now() };
  let planned: PlannedFile[];
  if (existing.length === 0) planned = planPair(site, base);
  else if (existing.length === 1) planned = [planTranslation(site, existing[0]!, base)];
  else {
    throw new UserError(`both versions of "${options.slug}" exist already (${existing.map((a) => a.path).join(', ')}); nothing was written`);
  }
  for (const file of planned) await writeNew(root, file);
  for (const file of planned) io.stdout(`created ${file.path}\n`);
  return 0;
}

/** Creates a file that must not exist yet ("wx"), so nothing is ever overwritten. */
async function writeNew(root: string, file: PlannedFile): Promise<void> {
  const target = join(root, file.path);
  try {
    await makeFolders(dirname(target));
    const handle = await open(target, 'wx');
    await handle.writeFile(file.content);
    await handle.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(`${file.path} exists already; pairpress new never overwrites a file`);
    }
    throw new UserError(`cannot write ${file.path}: ${(error as Error).message}`);
  }
}

function slugArgument(value: string): string {
  if (!/^[a-z0-9-]+$/.test(value)) throw new InvalidArgumentError('a slug may contain only a-z, 0-9 and "-"');
  return value;
}

function isoArgument(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    throw new InvalidArgumentError('expected an ISO 8601 date such as 2026-03-02 or 2026-03-02T09:00:00+09:00');
  }
  return value;
}
