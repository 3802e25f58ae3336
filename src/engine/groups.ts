/**
 * Articles are checked by translation key: the files that share one go to
 * the same job, so that a pair's two versions are parsed, checked and
 * rendered together. The key is the file's stem unless its front matter
 * sets `translationKey`; a file whose front matter does not contain that
 * word (nor a backslash, which could spell it in a quoted YAML key) has its
 * stem as key, which the bytes tell without parsing anything. Only the
 * others are read here.
 */
import { stemOf } from '../load/article.js';
import { decodeArticle } from '../load/decode.js';
import type { PublicationOptions } from '../publish/publication.js';
import type { Article, Lang, Pairing, Publication, Settings } from '../types.js';
import type { SourceFile } from './job.js';

const OPENING = Buffer.from('---');
const NEWLINE = 0x0a;

/**
 * The part of the file that can be front matter: from the start to the
 * first line of only `---` or `...` (spaces after it allowed), the whole
 * file when there is none, nothing when the file does not open with `---`.
 */
function frontMatterBytes(bytes: Buffer): Buffer {
  const open = bytes.indexOf(OPENING);
  if (open === -1 || open > 3) return bytes.subarray(0, 0);
  for (let at = bytes.indexOf(NEWLINE, open); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) {
    const marker = bytes.toString('latin1', at + 1, at + 4);
    if (marker !== '---' && marker !== '...') continue;
    let next = at + 4;
    while (bytes[next] === 0x20 || bytes[next] === 0x09) next++;
    if (next >= bytes.length || bytes[next] === NEWLINE || bytes[next] === 0x0d) return bytes.subarray(0, at);
  }
  return bytes;
}

/** The translation key a file will have, when its bytes alone tell; undefined when its front matter must be read. */
export function keyFromBytes(path: string, bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = frontMatterBytes(buffer);
  if (head.includes('translationKey') || head.includes('\\')) return undefined;
  return stemOf(path);
}

/** The translation key of a file, reading its front matter when needed (a file that does not load keeps its stem). */
export async function keyOf(file: SourceFile, settings: Settings): Promise<string> {
  const quick = keyFromBytes(file.path, file.bytes);
  if (quick !== undefined) return quick;
  const decoded = decodeArticle(file.bytes);
  if (!decoded.ok) return stemOf(file.path);
  const { readFrontMatter } = await import('../load/frontmatter.js');
  return readFrontMatter(decoded.text, file.path, settings.timeZone).meta?.translationKey ?? stemOf(file.path);
}

/**
 * The pairing of one translation key, as the pair stage makes it for the
 * whole site: the first article of each language; both make a pair, one
 * alone is unpaired; later ones of the same language are duplicates.
 */
export function pairGroup(key: string, articles: readonly Article[]): Pairing {
  const first: Partial<Record<Lang, Article>> = {};
  for (const article of articles) first[article.lang] ??= article;
  if (first.ko && first.en) return { pairs: [{ key, ko: first.ko, en: first.en }], unpaired: [] };
  const alone = first.ko ?? first.en;
  return { pairs: [], unpaired: alone ? [alone] : [] };
}

/**
 * Whether an article's page, rendered with its own group only (in a job),
 * says what the whole publication says: the same translation. A slug
 * conflict elsewhere in the site can take a partner's page away.
 */
export function renderedAloneHolds(pub: Publication, options: PublicationOptions): (article: Article) => boolean {
  const byKey = new Map<string, Article[]>();
  for (const article of pub.site.articles) {
    const group = byKey.get(article.key);
    if (group) group.push(article);
    else byKey.set(article.key, [article]);
  }
  const publishable = (a: Article) => options.drafts || !a.meta.draft;
  return (article) => {
    const pair = pairGroup(article.key, byKey.get(article.key) ?? [article]).pairs[0];
    const partner = pair && publishable(pair.ko) && publishable(pair.en) ? (article === pair.ko ? pair.en : article === pair.en ? pair.ko : undefined) : undefined;
    return partner === pub.translationOf(article);
  };
}
