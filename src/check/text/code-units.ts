/**
 * Character tests by UTF-16 code unit, shared by the date and number
 * scanners: the loops that visit every character make no one-character
 * strings and run no regular expression.
 */

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** What `/\s/` matches, by code unit; letters and syllables leave after a comparison or two. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  // Hangul and the rest above U+3000: only the byte-order mark is a space there.
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Where the run of ASCII digits at `at` ends (`at` itself when none stands there). */
export function digitsEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
  return end;
}
