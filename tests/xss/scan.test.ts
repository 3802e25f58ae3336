/** The scanner the XSS tests rely on finds what it must: each check could fail. */
import { describe, expect, it } from 'vitest';
import { scanFeedXml, scanHtml, scanJson } from './scan.js';
import { VECTORS } from './xss-site.js';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('the XSS scanner', () => {
  it('flags most raw HTML vectors when they are pasted into a page unsanitized', () => {
    const html = VECTORS.filter((v) => v.payload.startsWith('<'));
    const flagged = html.filter((v) => scanHtml(page(v.payload), v.name).length > 0);
    // A few raw vectors do nothing in a modern page (a lone <BR SIZE>, a remote stylesheet link…).
    expect(flagged.length).toBeGreaterThan(html.length * 0.8);
  });

  it('flags scripts, handlers, script URLs as a browser reads them, frames and code in style', () => {
    expect(scanHtml(page('<script>x()</script>'), 'p')).toHaveLength(1);
    expect(scanHtml(page('<p onclick="x()">a</p>'), 'p')).toHaveLength(1);
    expect(scanHtml(page('<a href=" JaVa&#x09;Script:x()">a</a>'), 'p')).toHaveLength(1);
    expect(scanHtml(page('<a href="data:text/html,x">a</a>'), 'p')).toHaveLength(1);
    expect(scanHtml(page('<iframe src="https://example.com"></iframe>'), 'p')).toHaveLength(1);
    expect(scanHtml(page('<div style="background:url(javascript:x())">a</div>'), 'p')).toHaveLength(1);
    expect(scanHtml(page('<meta http-equiv="refresh" content="0;url=https://example.com">'), 'p')).toHaveLength(1);
  });

  it('accepts JSON-LD, a page\'s own script, plain links and images', () => {
    const own = 'document.body.dataset.ready = "yes";';
    const html = page(`<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>${own}</script><a href="https://example.com/a?b=c">a</a><img src="/x.png" alt="">`);
    expect(scanHtml(html, 'p', { ownScripts: [own] })).toEqual([]);
  });

  it('flags JSON-LD that could end its script element', () => {
    expect(scanHtml(page('<script type="application/ld+json">{"a":"<!--"}</script>'), 'p')).toHaveLength(1);
  });

  it('reads the HTML inside RSS items and JSON fields named for HTML', () => {
    const rss = '<rss><channel><description>&lt;b&gt;plain&lt;/b&gt;</description><item><description>&lt;img src=x onerror=x()&gt;</description></item></channel></rss>';
    expect(scanFeedXml(rss, 'rss.xml')).toHaveLength(1);
    expect(scanJson(JSON.stringify({ items: [{ content_html: '<script>x()</script>', title: '<script>x()</script>' }] }), 'f.json')).toHaveLength(1);
    expect(scanJson('{"broken"', 'f.json')).toHaveLength(1);
  });
});
