/**
 * Standalone pages load nothing from a network. The sanitized article markup
 * can hold one thing a browser would fetch, an image; in a bundle page each
 * image becomes a link to it (its alt text, else its address), or plain
 * text where it already sits inside a link.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const serializer = unified().use(rehypeStringify);

/** The page with every `<img>` replaced; a page without images is returned as it is. */
export function withoutImageLoads(html: string): string {
  if (!/<img\b/i.test(html)) return html;
  const tree = fromHtml(html);
  replaceImages(tree, false);
  const out = serializer.stringify(tree);
  return out.endsWith('\n') ? out : `${out}\n`;
}

function replaceImages(parent: Root | Element, insideLink: boolean): void {
  parent.children = parent.children.map((child): RootContent => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'img') return imageStandIn(child, insideLink);
    replaceImages(child, insideLink || child.tagName === 'a');
    return child;
  }) as (RootContent & ElementContent)[];
}

function imageStandIn(image: Element, insideLink: boolean): Element {
  const src = typeof image.properties.src === 'string' ? image.properties.src : '';
  const alt = typeof image.properties.alt === 'string' ? image.properties.alt.trim() : '';
  const text: ElementContent = { type: 'text', value: alt || src };
  if (insideLink || !src) return { type: 'element', tagName: 'span', properties: { className: ['image-link'] }, children: [text] };
  return { type: 'element', tagName: 'a', properties: { className: ['image-link'], href: src }, children: [text] };
}
