import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toUri } from '../../src/publish/uri.js';
import { el, serializeXml } from '../../src/publish/xml.js';
import { isXmlText, xmlText, xmlTextDeep } from '../../src/publish/xml-text.js';
import { attr, parseXml, wellFormednessErrors } from './xml-check.js';

describe('xmlText', () => {
  it.each([
    ['NUL and other C0 controls', 'a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg', 'abcdefg'],
    ['DEL and C1 controls', 'x\u007fy\u0080z\u0085w\u009f', 'xyzw'],
    ['noncharacters', 'a\ufdd0b\ufffec\uffffd\u{1fffe}e\u{10ffff}', 'abcde'],
    ['lone surrogates', 'a\ud800b\udc00c', 'abc'],
  ])('removes %s', (_, input, expected) => {
    expect(xmlText(input)).toBe(expected);
    expect(isXmlText(input)).toBe(false);
    expect(isXmlText(expected)).toBe(true);
  });

  it('keeps tab, line breaks, markup characters, Hangul, emoji and U+FFFD', () => {
    const text = 'tab\there\nline\r<b> & "q" ]]> 한글 😀 \ufffd \u00a0';
    expect(xmlText(text)).toBe(text);
    expect(isXmlText(text)).toBe(true);
  });

  it('is idempotent and leaves only allowed characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const once = xmlText(a + b);
        expect(xmlText(once)).toBe(once);
        expect(isXmlText(once)).toBe(true);
      }),
    );
  });

  it('judges every code point as the Unicode properties do, alone and between other text', () => {
    // The definition the module states, applied without its fast path.
    const forbidden = /(?![\t\n\r])\p{Cc}|\p{Noncharacter_Code_Point}|\p{Cs}/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const char = String.fromCodePoint(cp);
      const text = `a${char}가`;
      const expected = forbidden.test(char) ? 'a가' : text;
      if (xmlText(text) !== expected || isXmlText(text) !== (expected === text)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('cleans every string of a JSON value, keys included', () => {
    expect(xmlTextDeep({ 'k\u0001': ['a\u0002', { b: 'c\u0003' }, 3, null, true] })).toEqual({ k: ['a', { b: 'c' }, 3, null, true] });
  });
});

describe('serializeXml', () => {
  it('escapes every & < > once, whatever follows them, and keeps ]]> as text', async () => {
    const tricky = ['a & b', '&amp;', '&lt;script&gt;', '&#65;', '&#x41;', '&foo;', '<![CDATA[x]]>', ']]>', '"q" \'a\''];
    const xml = serializeXml(el('root', {}, tricky.map((t) => el('t', { v: t }, t))));
    expect(await wellFormednessErrors([{ name: 'tricky', xml }])).toEqual([]);
    const doc = parseXml(xml);
    const read = [...doc.getElementsByTagName('t')].map((n) => [n.textContent, attr(n, 'v')]);
    expect(read).toEqual(tricky.map((t) => [t, t]));
  });

  it('gives well-formed XML that reads back as the cleaned text, for any string', async () => {
    const samples = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), 150);
    samples.push(']]>', '\u0000', '&\u0001;', '\ud800]]>');
    const docs = samples.map((s, i) => ({ name: `sample ${i}`, xml: serializeXml(el('a', { b: s }, el('c', {}, s))) }));
    expect(await wellFormednessErrors(docs)).toEqual([]);
    docs.forEach((doc, i) => {
      const root = parseXml(doc.xml).documentElement!;
      expect(root.getElementsByTagName('c')[0]?.textContent ?? '').toBe(xmlText(samples[i]!));
      expect(attr(root, 'b')).toBe(xmlText(samples[i]!).replace(/[\t\n\r]/g, ' '));
    });
  });

  it('leaves out undefined attributes and empty children', () => {
    const xml = serializeXml(el('a', { x: '1', y: undefined }, undefined, false, [el('b'), [el('c', {}, '')]]));
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">\n  <b/>\n  <c/>\n</a>\n');
  });
});

describe('toUri', () => {
  it.each([
    ['https://example.org/ko/slug/', 'https://example.org/ko/slug/'],
    ['https://example.org/ko/북한-미사일/', 'https://example.org/ko/%EB%B6%81%ED%95%9C-%EB%AF%B8%EC%82%AC%EC%9D%BC/'],
    ['https://뉴스.example/ko/', 'https://xn--vg1b002a.example/ko/'],
    ['https://example.org/a%20b/', 'https://example.org/a%20b/'],
    ['https://example.org/a[1]|{x}^/', 'https://example.org/a%5B1%5D%7C%7Bx%7D%5E/'],
    ['http://[::1]:4321/ko/', 'http://[::1]:4321/ko/'],
    ['HTTPS://Example.ORG/Path/?q=1&r=2#frag', 'https://example.org/Path/?q=1&r=2#frag'],
  ])('%s → %s', (input, expected) => {
    expect(toUri(input)).toBe(expected);
  });

  it('leaves a string that is not an absolute URL alone', () => {
    expect(toUri('not a url')).toBe('not a url');
  });
});
