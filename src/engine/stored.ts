/**
 * The cached results of a group of articles, and when they may be reused.
 * A group's check is stored under a hash of pairpress's code, the settings,
 * the expected key and every file's path and bytes; the glossary is not in
 * that hash but recorded beside the result, so a glossary edit re-checks
 * only the groups it concerns (see relevance.ts). Pages are stored under
 * the check's hash plus the locale files and the build options.
 */
import type { PublicationOptions } from '../publish/publication.js';
import type { GlossaryEntry, LocaleFile, Settings } from '../types.js';
import type { Cache } from './cache.js';
import { hashParts, hashValue } from './fingerprint.js';
import type { GroupResult } from './job.js';
import { entryHash, glossaryChange, GroupText, type GlossaryChange, type GroupProse } from './relevance.js';

/** What is stored for a group's check: the result without pages and prose, and the glossary it was made with. */
export interface StoredCheck {
  glossary: string;
  result: Omit<GroupResult, 'pages' | 'prose'>;
}

/**
 * A group's own cache entry: its check, and the prose a later run reads to
 * tell whether a glossary change concerns the group. One file for both: on
 * a cold run, writing a file costs more than its bytes. (The index of the
 * run keeps the checks alone.)
 */
export interface StoredGroup extends StoredCheck {
  prose?: GroupProse[];
}

/** The check of a stored group, without its prose: what the index keeps. */
export function checkOnly({ glossary, result }: StoredCheck): StoredCheck {
  return { glossary, result };
}

export type StoredPages = NonNullable<GroupResult['pages']>;

/** The run's inputs as cache keys. */
export interface RunKeys {
  version: string;
  settings: string;
  glossary: string;
  /** locale files and publication options: what pages depend on besides the articles */
  pages?: string;
}

export function runKeys(version: string, settings: Settings, glossary: readonly GlossaryEntry[], locales: readonly LocaleFile[], publication?: PublicationOptions): RunKeys {
  return {
    version,
    settings: hashValue(settings),
    glossary: hashParts(glossary.map(entryHash)),
    ...(publication && {
      pages: hashValue({ locales: locales.map((l) => [l.lang, l.namespace, l.path, l.data]), publication }),
    }),
  };
}

/** A file as cache keys see it: where it is and what is in it. */
export interface FileWithHash {
  path: string;
  hash: string;
}

export function checkKey(keys: RunKeys, groupKey: string, files: readonly FileWithHash[]): string {
  return hashParts(['check', keys.version, keys.settings, groupKey, ...files.flatMap((f) => [f.path, f.hash])]);
}

export function pagesKey(keys: RunKeys, check: string): string {
  return hashParts(['pages', check, keys.pages ?? '']);
}

export function bodyKey(keys: RunKeys, file: FileWithHash, base: string): string {
  return hashParts(['body', keys.version, keys.settings, file.path, file.hash, base]);
}

/**
 * Decides whether stored checks made with another glossary still hold:
 * they do when none of the entries that changed since concerns the group.
 */
export class GlossaryCheck {
  private readonly changes = new Map<string, Promise<GlossaryChange | undefined>>();
  /** stored checks that were kept under another glossary */
  kept = 0;

  constructor(
    private readonly cache: Cache,
    private readonly glossary: readonly GlossaryEntry[],
  ) {}

  /** Records the current glossary, so later runs can tell what changed. */
  async remember(hash: string): Promise<void> {
    await this.cache.set('glossary', hash, this.glossary);
  }

  /** Whether a check made with the glossary `made` still holds; the group's prose is asked for only when entries changed. */
  async holds(made: string, proseOf: () => Promise<GroupProse[] | undefined>): Promise<boolean> {
    const change = await this.changeSince(made);
    if (!change || change.reordered) return false;
    if (change.changed.length > 0) {
      const prose = await proseOf();
      if (!prose) return false;
      const text = new GroupText(prose);
      if (change.changed.some((entry) => text.concerns(entry))) return false;
    }
    this.kept++;
    return true;
  }

  private changeSince(hash: string): Promise<GlossaryChange | undefined> {
    let change = this.changes.get(hash);
    if (!change) {
      change = this.cache.get<GlossaryEntry[]>('glossary', hash).then((before) => (before ? glossaryChange(before, this.glossary) : undefined));
      this.changes.set(hash, change);
    }
    return change;
  }
}
