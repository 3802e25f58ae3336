/**
 * The readable text of an article as blocks of plain text, each character
 * mapped back to its offset in the source file. Code, raw HTML and image
 * sources are left out, so rules never look inside them.
 */
import type { Nodes, Parent } from 'mdast';
import type { Article } from '../../types.js';

export type ProseKind = 'title' | 'heading' | 'paragraph' | 'tableCell';

export interface ProseBlock {
  kind: ProseKind;
  text: string;
  /** inside a block quote */
  quote: boolean;
  /** source offsets of the whole block */
  start: number;
  end: number;
  /** source offset of `text[index]` (index may equal text.length: the block's end) */
  offsetAt(index: number): number;
}

const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

export function proseOf(article: Article): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const title = titleBlock(article);
  if (title) blocks.push(title);
  collect(article.tree, article.source, false, blocks);
  return blocks;
}

function collect(node: Parent, source: string, quote: boolean, out: ProseBlock[]): void {
  for (const child of node.children as Nodes[]) {
    if (LEAF_BLOCKS.has(child.type)) {
      const block = leafBlock(child as Parent, source, quote);
      if (block) out.push(block);
    } else if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') {
      collect(child as Parent, source, quote || child.type === 'blockquote', out);
    }
  }
}

function leafBlock(node: Parent, source: string, quote: boolean): ProseBlock | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const builder = new TextBuilder(source);
  inline(node, builder);
  return builder.block(node.type as ProseKind, quote, start, end);
}

function inline(node: Parent, builder: TextBuilder): void {
  for (const child of node.children as Nodes[]) {
    const at = child.position?.start.offset ?? builder.lastOffset;
    switch (child.type) {
      case 'text':
        builder.align(child.value, at, child.position?.end.offset ?? at + child.value.length);
        break;
      case 'break':
        builder.gap('\n', at);
        break;
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
        // Kept as a gap so the words on either side do not merge.
        builder.gap(' ', at);
        break;
      default:
        if ('children' in child) inline(child as Parent, builder);
    }
  }
}

/**
 * Builds a block's text and its per-character source offsets. The offsets
 * are kept as runs that go up one by one (a text node standing in the
 * source as it is makes one run), not one number per character: offsets
 * are looked up only for the few places rules report.
 */
class TextBuilder {
  /** the text, in the pieces it was appended in (see `flatText`) */
  private readonly parts: string[] = [];
  private length = 0;
  /** where each run of consecutive offsets starts, in the text and in the source */
  private readonly runText: number[] = [];
  private readonly runSource: number[] = [];
  lastOffset = 0;

  constructor(private readonly source: string) {}

  /** Appends `value`, aligning each character with the source between `from` and `to`. */
  align(value: string, from: number, to: number): void {
    if (from + value.length <= to && this.source.startsWith(value, from)) {
      // The text stands in the source as it is (no escapes or entities): one offset after another.
      if (value.length > 0) this.offset(from);
      this.append(value);
      this.lastOffset = to;
      return;
    }
    let cursor = from;
    for (const ch of value) {
      const found = this.source.indexOf(ch, cursor);
      const offset = found !== -1 && found < to ? found : Math.min(cursor, to);
      for (let i = 0; i < ch.length; i++) {
        this.offset(offset + i);
        this.append(ch[i]!);
      }
      if (found !== -1 && found < to) cursor = found + ch.length;
    }
    this.lastOffset = to;
  }

  gap(filler: string, at: number): void {
    this.offset(at);
    this.append(filler);
  }

  private append(piece: string): void {
    this.parts.push(piece);
    this.length += piece.length;
  }

  /** Records `offset` as the source offset of the next character of the text. */
  private offset(offset: number): void {
    const last = this.runText.length - 1;
    if (last >= 0 && this.runSource[last]! + (this.length - this.runText[last]!) === offset) return;
    this.runText.push(this.length);
    this.runSource.push(offset);
  }

  block(kind: ProseKind, quote: boolean, start: number, end: number): ProseBlock | undefined {
    const text = flatText(this.parts);
    if (text.trim() === '') return undefined;
    const { runText, runSource } = this;
    const offsetAt = (index: number): number => {
      if (index >= text.length) return end;
      const i = Math.max(0, index);
      // The last run starting at or before i.
      let lo = 0;
      let hi = runText.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (runText[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      return runSource[lo]! + (i - runText[lo]!);
    };
    return { kind, text, quote, start, end, offsetAt };
  }
}

/**
 * The pieces as one string with characters of its own. Every rule reads a
 * block's text character by character, several times over; V8 reads such a
 * string faster than a slice of the source (a block of one text node) or a
 * chain of concatenations (the date and name scans take a fifth longer on
 * those). Joining two or more pieces makes one; a lone piece is split in two
 * for the purpose.
 */
function flatText(parts: readonly string[]): string {
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (only !== undefined && only.length > 1) return [only.slice(0, 1), only.slice(1)].join('');
  return parts.join('');
}

/** The title, mapped to where it stands in the front matter. */
function titleBlock(article: Article): ProseBlock | undefined {
  const title = article.meta.title;
  const line = article.fieldLines.title;
  if (!title || !line) return undefined;
  const lineStart = offsetOfLine(article.source, line);
  const lineEnd = article.source.indexOf('\n', lineStart);
  const end = lineEnd === -1 ? article.source.length : lineEnd;
  const keyEnd = article.source.indexOf(':', lineStart);
  const builder = new TextBuilder(article.source);
  builder.align(title, keyEnd === -1 ? lineStart : keyEnd + 1, Math.max(end, article.bodyOffset));
  return builder.block('title', false, lineStart, end);
}

export function offsetOfLine(source: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', offset);
    if (next === -1) return source.length;
    offset = next + 1;
  }
  return offset;
}
