import { describe, expect, it } from 'vitest';
import { jsonKeySpans } from '../../src/check/text/json-keys.js';

describe('jsonKeySpans', () => {
  it('finds nested keys, array elements and escaped keys at their quotes', () => {
    const source = '{\n  "nav": { "home": "홈", "a\\"b": 1 },\n  "list": [ "x", { "y": null } ],\n  "end": true\n}';
    const spans = jsonKeySpans(source);
    const text = (path: string) => source.slice(spans.get(path)!.start, spans.get(path)!.end);
    expect(text('nav')).toBe('"nav"');
    expect(text('nav.home')).toBe('"home"');
    expect(text('nav.a"b')).toBe('"a\\"b"');
    expect(text('list')).toBe('"list"');
    expect(text('list.0')).toBe('"x"');
    expect(text('list.1.y')).toBe('"y"');
    expect(text('end')).toBe('"end"');
    expect(spans.has('home')).toBe(false);
  });

  it('keeps the last of a repeated key, as JSON.parse keeps its value', () => {
    const source = '{"a": 1, "a": 2}';
    expect(jsonKeySpans(source).get('a')!.start).toBe(source.lastIndexOf('"a"'));
  });
});
