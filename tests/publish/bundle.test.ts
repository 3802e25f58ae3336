import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { article, makeSite } from '../helpers/site.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const PORTS = join(fixtures, 'bundle/ports');

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

async function ninjsValidator() {
  const schema = JSON.parse(await readFile(join(fixtures, 'schemas/ninjs-schema_3.1.json'), 'utf8'));
  const geojson = JSON.parse(await readFile(join(fixtures, 'schemas/GeoJSON.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // Registered under its own $id, so the ninjs schema's reference to it resolves without a fetch.
  ajv.addSchema(geojson);
  return ajv.compile(schema);
}

interface Unzipped {
  bytes: Uint8Array;
  entries: Record<string, Uint8Array>;
  text(path: string): string;
  json<T = Record<string, unknown>>(path: string): T;
}

async function bundleOf(root: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<{ run: CliRun; zip: Unzipped }> {
  const out = join(await mkdtemp(join(tmpdir(), 'pairpress-bundle-')), 'bundle.zip');
  const run = await runCli(['bundle', '--root', root, '--out', out, ...args], { env });
  expect(run.code, run.stderr).toBe(0);
  const bytes = new Uint8Array(await readFile(out));
  const entries = unzipSync(bytes);
  return {
    run,
    zip: {
      bytes,
      entries,
      text: (path) => {
        const entry = entries[path];
        if (!entry) throw new Error(`no ${path} in the bundle; it has ${Object.keys(entries).join(', ')}`);
        return strFromU8(entry);
      },
      json(path) {
        return JSON.parse(this.text(path));
      },
    },
  };
}

interface ManifestFile {
  path: string;
  lang: string;
  kind: string;
  size: number;
  sha256: string;
}
interface Manifest {
  site: { title: Record<string, string>; baseUrl: string };
  generatedAt: string;
  selection: { languages: string[]; since?: string; keys?: string[] };
  items: { key: string; languages: string[]; versions: { lang: string; slug: string; uri: string; url: string }[]; files: ManifestFile[] }[];
  feeds: ManifestFile[];
}
interface Ninjs {
  uri: string;
  language: string;
  headlines: { value: string }[];
  bodies: { contentType: string; value: string }[];
  descriptions?: { value: string }[];
  firstCreated: string;
  versionCreated: string;
  by: string;
  people?: { name: string }[];
  organisations?: { name: string }[];
  places?: { name: string }[];
  subjects?: { name: string; rel?: string; literal?: string }[];
  associations?: { rel: string; uri: string; language: string; name: string }[];
}

/** Date and time fields of every local file header, read straight from the zip bytes. */
function entryTimes(bytes: Uint8Array): { name: string; time: number; date: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { name: string; time: number; date: number }[] = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const name = strFromU8(bytes.subarray(at + 30, at + 30 + nameLength));
    out.push({ name, time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true) });
    at += 30 + nameLength + extraLength + compressed;
  }
  return out;
}

function dosDate(year: number, month: number, day: number): number {
  return ((year - 1980) << 9) | (month << 5) | day;
}
function dosTime(hour: number, minute: number, second: number): number {
  return (hour << 11) | (minute << 5) | (second >> 1);
}

describe('pairpress bundle on a small site', () => {
  let zip: Unzipped;
  let manifest: Manifest;

  beforeAll(async () => {
    ({ zip } = await bundleOf(PORTS));
    manifest = zip.json<Manifest>('manifest.json');
  });

  it('lays the zip out as SPEC §10 says, drafts left out', () => {
    const paths = Object.keys(zip.entries);
    const articleFiles = paths.filter((p) => !p.startsWith('feeds/')).sort();
    expect(articleFiles).toEqual([
      'html/en/harbour-festival.html',
      'html/en/port-agreement.html',
      'html/ko/festival.html',
      'html/ko/port-agreement.html',
      'html/ko/winter-notice.html',
      'manifest.json',
      'markdown/en/harbour-festival.md',
      'markdown/en/port-agreement.md',
      'markdown/ko/festival.md',
      'markdown/ko/port-agreement.md',
      'markdown/ko/winter-notice.md',
      'ninjs/2026-01-winter-notice.ko.json',
      'ninjs/2026-02-port-agreement.en.json',
      'ninjs/2026-02-port-agreement.ko.json',
      'ninjs/port-festival-2026.en.json',
      'ninjs/port-festival-2026.ko.json',
    ]);
    expect(paths).toContain('feeds/ko/rss.xml');
    expect(paths).toContain('feeds/en/rss.xml');
    for (const feed of paths.filter((p) => p.startsWith('feeds/'))) expect(feed).toMatch(/^feeds\/(ko|en)\/[^/]+$/);
  });

  it('writes the entries in sorted order', () => {
    const names = entryTimes(zip.bytes).map((e) => e.name);
    expect(names.length).toBe(Object.keys(zip.entries).length);
    expect(names).toEqual([...names].sort());
  });

  it('lists every file in the manifest with a checksum and size that match', () => {
    const listed = [...manifest.items.flatMap((i) => i.files), ...manifest.feeds];
    expect(listed.map((f) => f.path).sort()).toEqual(Object.keys(zip.entries).filter((p) => p !== 'manifest.json').sort());
    for (const file of listed) {
      const bytes = zip.entries[file.path]!;
      expect(file.sha256, file.path).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(file.size, file.path).toBe(bytes.length);
    }
  });

  it('describes the site, the build time and every item', () => {
    expect(manifest.site).toEqual({ title: { ko: '항만 소식', en: 'Harbour Dispatch' }, baseUrl: 'https://ports.example.net/news/' });
    // No SOURCE_DATE_EPOCH: the newest article date (the festival's update) is the build time.
    expect(manifest.generatedAt).toBe('2026-03-12T10:00:00+09:00');
    expect(manifest.selection.languages).toEqual(['ko', 'en']);
    const byKey = Object.fromEntries(manifest.items.map((i) => [i.key, i]));
    expect(Object.keys(byKey).sort()).toEqual(['2026/01/winter-notice', '2026/02/port-agreement', 'port-festival-2026']);
    expect(byKey['port-festival-2026']!.languages).toEqual(['ko', 'en']);
    expect(byKey['2026/01/winter-notice']!.languages).toEqual(['ko']);
    expect(byKey['port-festival-2026']!.versions.map((v) => v.slug)).toEqual(['festival', 'harbour-festival']);
    expect(byKey['port-festival-2026']!.files.map((f) => f.path)).toContain('html/ko/festival.html');
    // Newest first, as on the site.
    expect(manifest.items.map((i) => i.key)).toEqual(['port-festival-2026', '2026/02/port-agreement', '2026/01/winter-notice']);
  });

  it('writes ninjs documents that are valid ninjs 3.1', async () => {
    const validate = await ninjsValidator();
    const documents = Object.keys(zip.entries).filter((p) => p.startsWith('ninjs/'));
    expect(documents.length).toBe(5);
    for (const path of documents) {
      const valid = validate(zip.json(path));
      expect(valid, `${path}: ${JSON.stringify(validate.errors, null, 2)}`).toBe(true);
    }
  });

  it('the validator is not a rubber stamp', async () => {
    const validate = await ninjsValidator();
    const good = zip.json('ninjs/2026-02-port-agreement.en.json');
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, byline: 'Lee Ha-neul' })).toBe(false);
    expect(validate({ ...good, uri: undefined })).toBe(false);
    expect(validate({ ...good, headlines: [{ role: 'main' }] })).toBe(false);
  });

  it('fills the ninjs fields from the article', () => {
    const ko = zip.json<Ninjs>('ninjs/2026-02-port-agreement.ko.json');
    const en = zip.json<Ninjs>('ninjs/2026-02-port-agreement.en.json');
    expect(ko.uri).toBe('https://ports.example.net/news/ninjs/2026/02/port-agreement/ko');
    expect(en.uri).toBe('https://ports.example.net/news/ninjs/2026/02/port-agreement/en');
    expect(ko.language).toBe('ko');
    expect(en.headlines[0]!.value).toBe('Busan Port Authority and Rotterdam agree on a green shipping route');
    expect(ko.firstCreated).toBe('2026-02-10T09:00:00+09:00');
    expect(ko.versionCreated).toBe('2026-02-10T09:00:00+09:00');
    expect(en.by).toBe('Lee Ha-neul');
    expect(en.descriptions?.[0]?.value).toMatch(/^The Busan Port Authority and the Port of Rotterdam Authority agreed/);
    expect(en.bodies[0]!.contentType).toBe('text/html');
    expect(en.bodies[0]!.value).toContain('<h2 id="user-content-next-steps">Next steps</h2>');
    // Relative links in the body are resolved against the article's page.
    expect(en.bodies[0]!.value).toContain('href="https://ports.example.net/news/en/documents/agreement/"');

    const festival = zip.json<Ninjs>('ninjs/port-festival-2026.ko.json');
    expect(festival.firstCreated).toBe('2026-03-05T18:30:00+09:00');
    expect(festival.versionCreated).toBe('2026-03-12T10:00:00+09:00');
    // No author in the front matter: the site's byline for the language.
    expect(festival.by).toBe('항만 소식 편집팀');
  });

  it('lists glossary people, organisations and places under their canonical forms, once each', () => {
    const ko = zip.json<Ninjs>('ninjs/2026-02-port-agreement.ko.json');
    const en = zip.json<Ninjs>('ninjs/2026-02-port-agreement.en.json');
    expect(ko.people?.map((p) => p.name)).toEqual(['김민서', '얀 더프리스']);
    expect(en.people?.map((p) => p.name)).toEqual(['Kim Min-seo', 'Jan de Vries']);
    expect(ko.organisations?.map((o) => o.name)).toEqual(['부산항만공사', '로테르담항만공사']);
    expect(en.organisations?.map((o) => o.name)).toEqual(['Busan Port Authority', 'Port of Rotterdam Authority']);
    expect(ko.places).toBeUndefined();
    const festival = zip.json<Ninjs>('ninjs/port-festival-2026.en.json');
    expect(festival.places?.map((p) => p.name)).toEqual(['Busan']);
    expect(festival.people).toBeUndefined();
    // An entry without a kind (the ministry) is a name, not a person or an organisation.
    const notice = zip.json<Ninjs>('ninjs/2026-01-winter-notice.ko.json');
    expect(notice.organisations).toBeUndefined();
  });

  it('takes subjects from the category (named in the language) and the tags', () => {
    const ko = zip.json<Ninjs>('ninjs/2026-02-port-agreement.ko.json');
    const en = zip.json<Ninjs>('ninjs/2026-02-port-agreement.en.json');
    expect(ko.subjects).toEqual([
      { name: '경제', rel: 'category', literal: 'economy' },
      { name: '항만', rel: 'tag' },
      { name: '해운', rel: 'tag' },
    ]);
    expect(en.subjects?.[0]).toEqual({ name: 'Economy', rel: 'category', literal: 'economy' });
  });

  it('links each version to its translation, both ways', () => {
    for (const [key, koSlug] of [
      ['2026-02-port-agreement', 'port-agreement'],
      ['port-festival-2026', 'festival'],
    ] as const) {
      const ko = zip.json<Ninjs>(`ninjs/${key}.ko.json`);
      const en = zip.json<Ninjs>(`ninjs/${key}.en.json`);
      expect(ko.associations).toEqual([expect.objectContaining({ rel: 'translation', uri: en.uri, language: 'en', name: en.headlines[0]!.value })]);
      expect(en.associations).toEqual([expect.objectContaining({ rel: 'translationOf', uri: ko.uri, language: 'ko', name: ko.headlines[0]!.value })]);
      expect(zip.text(`html/ko/${koSlug}.html`)).toContain('hreflang="en"');
    }
    expect(zip.json<Ninjs>('ninjs/2026-01-winter-notice.ko.json').associations).toBeUndefined();
  });

  it('writes standalone pages that load nothing from a network', () => {
    for (const path of Object.keys(zip.entries).filter((p) => p.startsWith('html/'))) {
      const html = zip.text(path);
      expect(html, path).toMatch(/^<!doctype html>/i);
      expect(html, path).toContain(`<html lang="${path.split('/')[1]}">`);
      expect(html, path).toMatch(/<style>[\s\S]*keep-all[\s\S]*<\/style>/);
      expect(html, path).not.toMatch(/<link[^>]*rel="?stylesheet/i);
      expect(html, path).not.toMatch(/<(script|img|iframe|video|audio|source|embed|object)\b[^>]*\ssrc=/i);
      expect(html, path).not.toMatch(/@import|url\(/i);
    }
  });

  it('turns images into links in standalone pages, and keeps them in the ninjs body', () => {
    const page = zip.text('html/ko/port-agreement.html');
    expect(page).toContain('<a class="image-link" href="https://ports.example.net/news/ko/port-agreement/images/busan-port.jpg">부산항 전경</a>');
    // An image that is already a link's content becomes its alt text, so links do not nest.
    expect(page).toContain('<a href="https://maps.example.org/route"><span class="image-link">항로 지도</span></a>');
    const body = zip.json<Ninjs>('ninjs/2026-02-port-agreement.en.json').bodies[0]!.value;
    expect(body).toContain('<img src="https://ports.example.net/news/en/port-agreement/images/busan-port.jpg" alt="A view of the port of Busan">');
  });

  it('writes standalone pages that pass the Nu Html Checker', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pairpress-bundle-html-'));
    const pages: string[] = [];
    for (const path of Object.keys(zip.entries).filter((p) => p.startsWith('html/'))) {
      const file = join(dir, path);
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, zip.entries[path]!);
      pages.push(file);
    }
    expect(pages.length).toBe(5);
    const vnu = join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
    let report: string;
    try {
      report = (await promisify(execFile)('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...pages], { maxBuffer: 64 << 20 })).stderr;
    } catch (error) {
      report = (error as { stderr?: string }).stderr ?? '';
      if (!report.trim().startsWith('{')) throw error;
    }
    const messages = (JSON.parse(report) as { messages: { url?: string; message: string }[] }).messages;
    expect(messages.map((m) => `${m.url}: ${m.message}`)).toEqual([]);
  });

  it('keeps the Markdown source as written', async () => {
    const source = await readFile(join(PORTS, 'articles/2026/03/harbour-festival.en.md'), 'utf8');
    expect(zip.text('markdown/en/harbour-festival.md')).toBe(source);
  });

  it('feeds list only the bundled articles of their language', () => {
    const rss = zip.text('feeds/en/rss.xml');
    expect(rss).toContain('harbour-festival');
    expect(rss).not.toContain('draft-piece');
    expect(zip.text('feeds/ko/rss.xml')).toContain('winter-notice');
  });
});

describe('pairpress bundle is deterministic', () => {
  it('gives a byte-identical zip when run twice', async () => {
    const one = await bundleOf(PORTS);
    const two = await bundleOf(PORTS);
    expect(one.zip.bytes.length).toBeGreaterThan(1000);
    expect(Buffer.compare(Buffer.from(one.zip.bytes), Buffer.from(two.zip.bytes))).toBe(0);
  });

  it('does not depend on the machine time zone', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const west = await bundleOf(PORTS);
      process.env.TZ = 'Asia/Kolkata';
      const east = await bundleOf(PORTS);
      expect(Buffer.compare(Buffer.from(west.zip.bytes), Buffer.from(east.zip.bytes))).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('dates every entry with SOURCE_DATE_EPOCH in the site time zone and says so in the manifest', async () => {
    // 2026-04-01T03:04:06Z is 12:04:06 in Seoul.
    const epoch = String(Date.UTC(2026, 3, 1, 3, 4, 6) / 1000);
    const { zip } = await bundleOf(PORTS, [], { SOURCE_DATE_EPOCH: epoch });
    const times = entryTimes(zip.bytes);
    expect(times.length).toBe(Object.keys(zip.entries).length);
    for (const entry of times) {
      expect(entry.date, entry.name).toBe(dosDate(2026, 4, 1));
      expect(entry.time, entry.name).toBe(dosTime(12, 4, 6));
    }
    expect(zip.json<Manifest>('manifest.json').generatedAt).toBe('2026-04-01T12:04:06+09:00');
  });

  it('dates entries before 1980 as 1980-01-01', async () => {
    const { zip } = await bundleOf(PORTS, [], { SOURCE_DATE_EPOCH: '0' });
    for (const entry of entryTimes(zip.bytes)) {
      expect(entry.date).toBe(dosDate(1980, 1, 1));
      expect(entry.time).toBe(0);
    }
  });
});

describe('pairpress bundle selections', () => {
  const keysOf = (zip: Unzipped) => zip.json<Manifest>('manifest.json').items.map((i) => i.key);

  it('--lang en bundles the English versions and the English feeds only', async () => {
    const { zip } = await bundleOf(PORTS, ['--lang', 'en']);
    const paths = Object.keys(zip.entries);
    expect(paths.filter((p) => /\/ko\/|\.ko\.json$/.test(p))).toEqual([]);
    expect(paths).toContain('ninjs/port-festival-2026.en.json');
    expect(paths).toContain('feeds/en/rss.xml');
    expect(keysOf(zip)).toEqual(['port-festival-2026', '2026/02/port-agreement']);
    // The Korean version is not in the bundle, but the association still names it.
    const en = zip.json<Ninjs>('ninjs/port-festival-2026.en.json');
    expect(en.associations?.[0]?.uri).toBe('https://ports.example.net/news/ninjs/port-festival-2026/ko');
  });

  it('--since keeps articles published or updated on or after the date', async () => {
    const published = await bundleOf(PORTS, ['--since', '2026-02-10']);
    expect(keysOf(published.zip)).toEqual(['port-festival-2026', '2026/02/port-agreement']);
    // Published on the 5th, updated on the 12th.
    const updated = await bundleOf(PORTS, ['--since', '2026-03-12']);
    expect(keysOf(updated.zip)).toEqual(['port-festival-2026']);
    expect(updated.zip.json<Manifest>('manifest.json').selection.since).toBe('2026-03-12T00:00:00+09:00');
    // An offset is honoured: 00:00:01 UTC is a second after the agreement's 09:00 in Seoul.
    const late = await bundleOf(PORTS, ['--since', '2026-02-10T00:00:01Z']);
    expect(keysOf(late.zip)).toEqual(['port-festival-2026']);
    // Without an offset the time is the site's (Seoul): the agreement's own publication time keeps it.
    const exact = await bundleOf(PORTS, ['--since', '2026-02-10T09:00:00']);
    expect(keysOf(exact.zip)).toEqual(['port-festival-2026', '2026/02/port-agreement']);
  });

  it('--key keeps the named items', async () => {
    const { zip } = await bundleOf(PORTS, ['--key', '2026/01/winter-notice', 'port-festival-2026']);
    expect(keysOf(zip)).toEqual(['port-festival-2026', '2026/01/winter-notice']);
    expect(zip.json<Manifest>('manifest.json').selection.keys).toEqual(['2026/01/winter-notice', 'port-festival-2026']);
  });

  it('an empty selection is a message and exit 1, and writes nothing', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'pairpress-bundle-')), 'bundle.zip');
    const run = await runCli(['bundle', '--root', PORTS, '--out', out, '--since', '2027-01-01']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no published article matches --since 2027-01-01');
    await expect(stat(out)).rejects.toThrow();
  });

  it('an unknown key or a malformed date is a usage error (exit 2)', async () => {
    const unknown = await runCli(['bundle', '--root', PORTS, '--key', 'no-such-story', '--out', join(tmpdir(), 'never.zip')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"no-such-story"');
    const date = await runCli(['bundle', '--root', PORTS, '--since', 'last tuesday']);
    expect(date.code).toBe(2);
    const lang = await runCli(['bundle', '--root', PORTS, '--lang', 'ja']);
    expect(lang.code).toBe(2);
  });

  it('writes output/bundle.zip in the root by default, --out relative to the current folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pairpress-bundle-site-'));
    await cp(PORTS, root, { recursive: true });
    const byDefault = await runCli(['bundle', '--root', root], { cwd: tmpdir() });
    expect(byDefault.code, byDefault.stderr).toBe(0);
    expect((await stat(join(root, 'output/bundle.zip'))).size).toBeGreaterThan(0);
    const relative = await runCli(['bundle', '--root', '.', '--out', 'out/b.zip'], { cwd: root });
    expect(relative.code, relative.stderr).toBe(0);
    expect(Buffer.compare(await readFile(join(root, 'out/b.zip')), await readFile(join(root, 'output/bundle.zip')))).toBe(0);
  });
});

describe('pairpress bundle and check errors', () => {
  const broken = {
    'pairpress.config.json': JSON.stringify({ baseUrl: 'https://news.example', title: { ko: '시험 신문', en: 'Test News' } }),
    'articles/2026/01/visit.ko.md': article('방문', '두 장관은 서울에서 만났다.'),
    'articles/2026/01/visit.en.md': article('Visit', 'The two ministers met in Seoul.'),
    'articles/2026/01/broken.ko.md': '---\ntitle: 날짜가 틀린 기사\ndate: 어제\n---\n\n본문이다.\n',
  };

  it('refuses to bundle a site with errors, printing them', async () => {
    const root = await makeSite(broken);
    const run = await runCli(['bundle', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('frontmatter-invalid');
    expect(run.stderr).toContain('broken.ko.md');
    expect(run.stderr).toContain('No bundle was written');
    await expect(stat(join(root, 'output/bundle.zip'))).rejects.toThrow();
  });

  it('bundles anyway with --force', async () => {
    const root = await makeSite(broken);
    const { zip } = await bundleOf(root, ['--force']);
    expect(Object.keys(zip.entries)).toContain('ninjs/2026-01-visit.en.json');
  });

  it('gives a page that two articles forced through claim to the newer one, as the build does', async () => {
    const root = await makeSite({
      ...broken,
      'articles/2026/02/other-visit.ko.md': article('또 다른 방문', '두 장관은 부산에서 다시 만났다.', 'slug: visit\n').replace('2026-01-17', '2026-02-03'),
    });
    const { zip } = await bundleOf(root, ['--force']);
    expect(zip.text('html/ko/visit.html')).toContain('또 다른 방문');
    expect(Object.keys(zip.entries).filter((path) => path.startsWith('html/ko/'))).toEqual(['html/ko/visit.html']);
    // The older Korean version lost its page, so the English one is published alone.
    expect(zip.json<Ninjs>('ninjs/2026-01-visit.en.json').associations).toBeUndefined();
  });

  it('will not let two translation keys that differ only in their dashes share a bundle file', async () => {
    const root = await makeSite({
      'articles/2026/01-visit.ko.md': article('방문', '두 장관은 서울에서 만났다.', 'slug: seoul-visit\n'),
      'articles/2026/01/visit.ko.md': article('다른 방문', '두 장관은 부산에서 만났다.', 'slug: busan-visit\n'),
    });
    const run = await runCli(['bundle', '--root', root, '--out', join(tmpdir(), `never-${process.pid}.zip`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ninjs/2026-01-visit.ko.json');
  });
});
