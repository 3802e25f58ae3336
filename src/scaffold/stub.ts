/**
 * A translation stub (SPEC §9): the source's Markdown structure with every
 * paragraph replaced by a placeholder (remark-parse → transform →
 * remark-stringify), headings and block quotes kept, links, images and code
 * carried over, so the structure check agrees from the start.
 */
import type { Heading, Link, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Lang } from '../types.js';

const PLACEHOLDER: Record<Lang, { paragraph: (n: number) => string; heading: (n: number) => string; item: string }> = {
  en: {
    paragraph: (n) => `TODO: translate paragraph ${n}.`,
    heading: (n) => `TODO: translate heading ${n}`,
    item: 'TODO: translate this item.',
  },
  ko: {
    paragraph: (n) => `번역 필요: ${n}번째 문단.`,
    heading: (n) => `번역 필요: ${n}번째 제목`,
    item: '번역 필요: 이 항목.',
  },
};

export function stubBody(sourceBody: string, target: Lang): string {
  const tree = unified().use(remarkParse).parse(sourceBody);
  const counter = { paragraph: 0, heading: 0 };
  const stub: Root = { type: 'root', children: tree.children.flatMap((node) => transform(node, target, counter)) };
  return unified().use(remarkStringify, { bullet: '-', emphasis: '_' }).stringify(stub);
}

type Counter = { paragraph: number; heading: number };

function transform(node: RootContent, target: Lang, counter: Counter): RootContent[] {
  const words = PLACEHOLDER[target];
  switch (node.type) {
    case 'heading': {
      const heading: Heading = { type: 'heading', depth: node.depth, children: [{ type: 'text', value: words.heading(++counter.heading) }] };
      return [heading];
    }
    case 'paragraph':
      return [placeholderParagraph(node, words.paragraph(++counter.paragraph))];
    case 'blockquote':
    case 'listItem':
    case 'list':
      return [{ ...node, children: node.children.flatMap((child) => transform(child as RootContent, target, counter)) } as RootContent];
    case 'html':
      // Comments and raw HTML of the source are its own notes; leave them out.
      return [];
    default:
      return [node];
  }
}

/** A placeholder that keeps the paragraph's links and images, so the counts agree. */
function placeholderParagraph(source: Paragraph, text: string): Paragraph {
  const kept: PhrasingContent[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'link') {
      const link: Link = { type: 'link', url: node.url, title: node.title ?? null, children: [{ type: 'text', value: 'TODO' }] };
      kept.push({ type: 'text', value: ' ' }, link);
      return;
    }
    if (node.type === 'image') {
      kept.push({ type: 'text', value: ' ' }, { type: 'image', url: node.url, title: node.title ?? null, alt: 'TODO' });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(source);
  return { type: 'paragraph', children: [{ type: 'text', value: text }, ...kept] };
}
