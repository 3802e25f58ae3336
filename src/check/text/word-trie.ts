/**
 * Small sets of ASCII words, looked up in place and case-insensitively.
 * The scanners test every word of a text against a few dozen words (month
 * names, number words); most words fail within a letter or two, and no
 * string is made of them.
 */
export interface WordTrie {
  /** Whether text[start, end) is one of the words, in any case (Latin letters only). */
  has(text: string, start: number, end: number): boolean;
}

const LETTERS = 26;

export function wordTrie(words: Iterable<string>): WordTrie {
  const list = [...words];
  const size = 1 + list.reduce((sum, word) => sum + word.length, 0);
  // next[node * 26 + letter]: the child node, 0 for none (the root is never a child)
  const next = new Int32Array(size * LETTERS);
  const terminal = new Uint8Array(size);
  let nodes = 1;
  for (const word of list) {
    if (!/^[a-z]+$/.test(word)) throw new Error(`wordTrie takes lowercase Latin words: ${word}`);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * LETTERS + word.charCodeAt(i) - 0x61;
      if (next[slot] === 0) next[slot] = nodes++;
      node = next[slot]!;
    }
    terminal[node] = 1;
  }
  return {
    has(text, start, end) {
      let node = 0;
      for (let i = start; i < end; i++) {
        // lower case for A–Z; anything else falls outside a–z
        const letter = (text.charCodeAt(i) | 0x20) - 0x61;
        if (letter < 0 || letter >= LETTERS) return false;
        node = next[node * LETTERS + letter]!;
        if (node === 0) return false;
      }
      return terminal[node] === 1;
    },
  };
}
