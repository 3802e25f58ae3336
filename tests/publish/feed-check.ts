/** The checks every feed of every site must pass, shared by the feed tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import type { OutputFile } from '../../src/types.js';
import { atomErrors, rssErrors } from './feed-rules.js';
import { fileText } from './publish-site.js';
import { parseXml, wellFormednessErrors } from './xml-check.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/schemas/jsonfeed-schema-v1.1.json'), 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
export const validateJsonFeed = ajv.compile(schema);

const FEED_PATHS = ['ko/rss.xml', 'ko/atom.xml', 'ko/feed.json', 'en/rss.xml', 'en/atom.xml', 'en/feed.json'];

/**
 * Every check a feed of any site must pass: the six files are there, the
 * XML is well-formed to libxml2 and breaks none of the feed validator's
 * error rules, and each feed.json is valid JSON Feed 1.1.
 */
export async function feedProblems(files: OutputFile[]): Promise<string[]> {
  const problems: string[] = [];
  expect(files.map((f) => f.path).sort()).toEqual([...FEED_PATHS].sort());
  const xml = files.filter((f) => f.path.endsWith('.xml')).map((f) => ({ name: f.path, xml: fileText(files, f.path) }));
  problems.push(...(await wellFormednessErrors(xml)));
  for (const { name, xml: text } of xml) {
    const errors = name.endsWith('rss.xml') ? rssErrors(parseXml(text)) : atomErrors(parseXml(text));
    problems.push(...errors.map((e) => `${name}: ${e}`));
  }
  for (const path of FEED_PATHS.filter((p) => p.endsWith('.json'))) {
    if (!validateJsonFeed(JSON.parse(fileText(files, path)))) {
      problems.push(...(validateJsonFeed.errors ?? []).map((e) => `${path}: ${e.instancePath} ${e.message}`));
    }
  }
  return problems;
}

