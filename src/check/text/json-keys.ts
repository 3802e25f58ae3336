/**
 * Where each key of a JSON document stands in its source, so that findings
 * about locale strings point at the line of the key. The document is known
 * to be valid JSON (it was parsed before); this only walks it.
 */

export interface KeySpan {
  /** offset of the key's opening quote (of the value, for an array element) */
  start: number;
  /** offset just after the key's closing quote */
  end: number;
}

/** Dotted path (`nav.home`, `list.0`) → where its key is written. A repeated key keeps its last place, as JSON.parse keeps its last value. */
export function jsonKeySpans(source: string): Map<string, KeySpan> {
  const spans = new Map<string, KeySpan>();
  const walker = new Walker(source);
  walker.value('', spans);
  return spans;
}

class Walker {
  private at = 0;

  constructor(private readonly source: string) {}

  value(path: string, spans: Map<string, KeySpan>): void {
    this.skipSpace();
    const ch = this.source[this.at];
    if (ch === '{') this.object(path, spans);
    else if (ch === '[') this.array(path, spans);
    else if (ch === '"') this.string();
    else this.literal();
  }

  private object(path: string, spans: Map<string, KeySpan>): void {
    this.at++; // {
    for (;;) {
      this.skipSpace();
      if (this.source[this.at] === '}' || this.at >= this.source.length) break;
      const start = this.at;
      const key = this.string();
      const child = path ? `${path}.${key}` : key;
      spans.set(child, { start, end: this.at });
      this.skipSpace();
      this.at++; // :
      this.value(child, spans);
      this.skipSpace();
      if (this.source[this.at] === ',') this.at++;
    }
    this.at++; // }
  }

  private array(path: string, spans: Map<string, KeySpan>): void {
    this.at++; // [
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.source[this.at] === ']' || this.at >= this.source.length) break;
      const child = path ? `${path}.${index}` : String(index);
      const start = this.at;
      this.value(child, spans);
      if (!spans.has(child)) spans.set(child, { start, end: this.at });
      this.skipSpace();
      if (this.source[this.at] === ',') this.at++;
    }
    this.at++; // ]
  }

  /** Reads a string token and returns its value. */
  private string(): string {
    const start = this.at;
    this.at++; // opening quote
    while (this.at < this.source.length && this.source[this.at] !== '"') {
      this.at += this.source[this.at] === '\\' ? 2 : 1;
    }
    this.at++; // closing quote
    return JSON.parse(this.source.slice(start, this.at)) as string;
  }

  private literal(): void {
    while (this.at < this.source.length && /[^\s,\]}]/.test(this.source[this.at]!)) this.at++;
  }

  private skipSpace(): void {
    while (this.at < this.source.length && /\s/.test(this.source[this.at]!)) this.at++;
  }
}
