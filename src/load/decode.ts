/**
 * Bytes to article text (SPEC §2): UTF-8 only, byte-order mark dropped,
 * CRLF and lone CR read as LF, NFC. Invalid UTF-8 names its byte offset.
 */

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const REPLACEMENT = 0xfffd;

export function decodeArticle(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'the file is UTF-16; save it as UTF-8' };
  }
  const text = decoder.decode(bytes);
  const invalidAt = firstInvalidByte(bytes, text);
  if (invalidAt !== undefined) {
    return { ok: false, message: `invalid UTF-8 at byte offset ${invalidAt}; save the file as UTF-8` };
  }
  return { ok: true, text: normalizeText(text) };
}

/** BOM, line ends and Unicode normalization, for any text the site reads. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * The decoder turns each invalid sequence into U+FFFD; the first U+FFFD whose
 * bytes are not a literal EF BF BD marks the first invalid byte.
 */
function firstInvalidByte(bytes: Uint8Array, text: string): number | undefined {
  let from = 0;
  let byteOffset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (;;) {
    const index = text.indexOf(String.fromCharCode(REPLACEMENT), from);
    if (index === -1) return undefined;
    byteOffset += Buffer.byteLength(text.slice(from, index), 'utf8');
    if (bytes[byteOffset] !== 0xef || bytes[byteOffset + 1] !== 0xbf || bytes[byteOffset + 2] !== 0xbd) {
      return byteOffset;
    }
    byteOffset += 3;
    from = index + 1;
  }
}
