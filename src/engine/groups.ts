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
import type { Settings } from '../types.js';
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
