import { describe, expect, it } from 'vitest';
import { localeKeyMissing } from '../../src/check/rules/locale-key-missing.js';
import { makeSite } from '../helpers/site.js';
import { findingsIn, placeOf } from './harness.js';

const SITE = 'locale-key-missing/fires';
const EN = 'locales/en/common.json';
const KO = 'locales/ko/common.json';

describe('locale-key-missing', () => {
  it('reports missing keys, plural forms, variables and files, each at the key in the file that has it', async () => {
    const found = await findingsIn(localeKeyMissing, SITE);
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual([
      { file: 'locales/en/admin.json', line: 1, column: 1 },
      placeOf(SITE, EN, 5, '"greeting"'),
      placeOf(SITE, EN, 6, '"articles_other"'),
      placeOf(SITE, EN, 9, '"search"'),
      placeOf(SITE, KO, 4, '"archive"'),
    ]);
    expect(found.map((d) => d.message)).toEqual([
      'locales/en/admin.json has no Korean counterpart: add locales/ko/admin.json with the same keys',
      'key "greeting": {{name}} in locales/ko/common.json is missing here; {{user}} here is not in locales/ko/common.json; both languages must use the same interpolation variables',
      'plural form "articles_one" is missing: English needs articles_one and articles_other',
      'key "search" has no counterpart in locales/ko/common.json',
      'key "nav.archive" has no counterpart in locales/en/common.json',
    ]);
    expect(found.every((d) => d.severity === 'error')).toBe(true);
    // the finding covers the key as written
    const archive = found[4]!;
    expect(archive.endColumn - archive.column).toBe('"archive"'.length);
  });

  it('accepts Korean without plural forms, a plain key against plural forms, formats and unescaped variables, arrays', async () => {
    // the fires site also has "comments" (Korean plain, English _one/_other): not reported there either
    expect(await findingsIn(localeKeyMissing, 'locale-key-missing/clean')).toEqual([]);
  });

  it('a counterpart that is there but not valid JSON has its own finding, not a "no counterpart" one', async () => {
    const root = await makeSite({
      'locales/ko/common.json': '{ "nav": { "home": "홈", }',
      'locales/en/common.json': '{ "nav": { "home": "Home" } }\n',
    });
    const found = await findingsIn(localeKeyMissing, root);
    expect(found.map((d) => d.file)).toEqual(['locales/ko/common.json']);
    expect(found[0]!.message).not.toMatch(/no Korean counterpart/);
  });
});
