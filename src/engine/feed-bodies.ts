/**
 * The feeds carry the latest articles in full, with absolute URLs: a body
 * rendered differently from the page's. Only those articles need it, and
 * which they are is known only once the whole site is read, so they are
 * rendered last, from the cache or in a few jobs.
 */
import pLimit from 'p-limit';
import { createPublication, type PublicationOptions } from '../publish/publication.js';
import { prepareBody } from '../render/prepared.js';
import { LANGS, type Article, type Pairing, type Site } from '../types.js';
import type { ArticleFile } from './files.js';
import type { BodiesResult } from './job.js';
import type { JobPool } from './pool.js';
import type { CacheSession } from './session.js';
import { bodyKey, type RunKeys } from './stored.js';

/** Feed bodies per job. */
const BODIES_PER_JOB = 8;
const io = pLimit(16);

export interface FeedBodyRun {
  session: CacheSession;
  keys: RunKeys;
  files: ReadonlyMap<string, ArticleFile>;
  /** the pool for this many jobs */
  pool(jobs: number): JobPool;
}

/** Prepares (render/prepared.ts) the body of each article the feeds will list. */
export async function prepareFeedBodies(site: Site, pairing: Pairing, options: PublicationOptions, run: FeedBodyRun): Promise<void> {
  const pub = createPublication(site, pairing, options);
  const wanted: Array<{ article: Article; file: ArticleFile; base: string; key: string }> = [];
  for (const lang of LANGS) {
    for (const article of pub.byLang[lang].slice(0, site.settings.feedLimit)) {
      const file = run.files.get(article.path);
      const base = pub.url(article);
      if (file) wanted.push({ article, file, base, key: bodyKey(run.keys, file, base) });
    }
  }
  const missing: typeof wanted = [];
  await Promise.all(
    wanted.map((item) =>
      io(async () => {
        run.session.use('body', item.key);
        const html = await run.session.cache?.get<string>('body', item.key);
        if (html === undefined) missing.push(item);
        else prepareBody(item.article, item.base, html);
      }),
    ),
  );
  const jobs = run.pool(missing.length / BODIES_PER_JOB);
  const batches: Array<typeof missing> = [];
  for (let i = 0; i < missing.length; i += BODIES_PER_JOB) batches.push(missing.slice(i, i + BODIES_PER_JOB));
  await Promise.all(
    batches.map(async (batch) => {
      const result = await jobs.run<BodiesResult>({ kind: 'bodies', files: batch.map(({ file, base }) => ({ path: file.path, bytes: file.bytes(), base })) });
      for (const body of result.bodies) {
        const item = batch.find((b) => b.file.path === body.path)!;
        prepareBody(item.article, body.base, body.html);
        run.session.store('body', item.key, body.html);
      }
    }),
  );
}
