/**
 * Reading a file of the site without trusting it: symbolic links are not
 * followed, only regular files are read (a FIFO or a device named like an
 * article would block or never end), and a file over the size limit is not
 * read at all. Every failure is a sentence for a diagnostic, never a throw.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { LINK_MESSAGE } from './links.js';

export type SafeRead = { ok: true; bytes: Buffer } | { ok: false; message: string; size?: number; missing?: boolean };

/** Site files other than articles (glossary, locale files, settings) may be this large. */
export const MAX_DATA_FILE_BYTES = 16 * 1024 * 1024;

/** O_NOFOLLOW and O_NONBLOCK where the platform has them (not on Windows). */
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** `setting` names the limit in messages, when it is one the user can raise. */
export async function readRegularFile(path: string, maxBytes: number, setting?: string): Promise<SafeRead> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, FLAGS);
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, message: 'not a regular file; pairpress reads only plain files' };
    if (info.size > maxBytes) return { ok: false, size: info.size, message: tooLarge(info.size, maxBytes, setting) };
    const bytes = await handle.readFile();
    // the file may have grown since it was measured
    if (bytes.byteLength > maxBytes) return { ok: false, size: bytes.byteLength, message: tooLarge(bytes.byteLength, maxBytes, setting) };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, message: readFailure(error), ...((error as NodeJS.ErrnoException).code === 'ENOENT' && { missing: true }) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export function tooLarge(size: number, maxBytes: number, setting?: string): string {
  return setting
    ? `the file is ${size} bytes, over the limit of ${maxBytes} (setting ${setting}); split it or raise the limit`
    : `the file is ${size} bytes, over the limit of ${maxBytes}; split it`;
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP' || code === 'EMLINK') return LINK_MESSAGE;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied';
  if (code === 'ENOENT') return 'the file disappeared while the site was being read';
  if (code === 'EISDIR') return 'a folder, not a file';
  return `cannot read the file (${code ?? (error as Error).message})`;
}
