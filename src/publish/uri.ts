/**
 * URLs for feeds and sitemaps, where readers and validators expect URIs in
 * their plainest form: non-ASCII percent-encoded (a slug taken from a Korean
 * file name), host in ASCII, and nothing outside RFC 2396's characters.
 */

/** RFC 2396 URI characters (plus `%` for escapes and `#` for the fragment). */
const URI_CHARACTER = /[0-9A-Za-z;/?:@&=+$.\-_!~*'()%,#]/;

function encodeOthers(part: string): string {
  let out = '';
  for (const char of part) out += URI_CHARACTER.test(char) ? char : encodeURIComponent(char);
  return out;
}

/** An absolute URL as an RFC 2396 URI; a string that is not an absolute URL is returned unchanged. */
export function toUri(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.host === '') return parsed.href;
  return `${parsed.protocol}//${parsed.host}${encodeOthers(parsed.pathname)}${encodeOthers(parsed.search)}${encodeOthers(parsed.hash)}`;
}
