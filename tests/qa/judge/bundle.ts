/**
 * A publisher bundle as a judge unpacks it (SPEC §10, README "What is in
 * the zip"): the layout, a manifest that lists every other entry once with
 * the right size and SHA-256, ninjs documents valid against the IPTC 3.1
 * schema and associated with their translations both ways, standalone
 * pages that load nothing from a network, and feeds of the bundled
 * articles only.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { strFromU8, unzipSync } from 'fflate';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { parsePage } from './pages.js';
import type { Lang, SiteFacts } from './output.js';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'fixtures', 'schemas');
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let validator: ReturnType<Ajv2020['compile']> | undefined;

export async function ninjsValidator(): Promise<ReturnType<Ajv2020['compile']>> {
  if (validator) return validator;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(await readFile(join(SCHEMAS, 'GeoJSON.json'), 'utf8')));
  validator = ajv.compile(JSON.parse(await readFile(join(SCHEMAS, 'ninjs-schema_3.1.json'), 'utf8')));
  return validator;
}

export interface ManifestFile {
  path: string;
  lang: Lang;
  kind: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface ManifestVersion {
  lang: Lang;
  slug: string;
  title: string;
  url: string;
  uri: string;
  published: string;
  updated: string;
}

export interface Manifest {
  format: string;
  version: number;
  site: { title: Record<Lang, string>; baseUrl: string };
  generatedAt: string;
  selection: { languages: Lang[]; since?: string; keys?: string[] };
  items: { key: string; languages: Lang[]; versions: ManifestVersion[]; files: ManifestFile[] }[];
  feeds: ManifestFile[];
}

export interface NinjsDocument {
  uri: string;
  language: Lang;
  slugline: string;
  headlines: { value: string }[];
  bodies: { contentType: string; value: string }[];
  firstCreated: string;
  versionCreated: string;
  by: string;
  associations?: { rel: string; uri: string; language: string; name: string }[];
  renditions: { href: string }[];
}

export interface BundleRun {
  run: CliRun;
  out: string;
  /** undefined when no zip was written */
  bytes?: Uint8Array;
  entries: Record<string, Uint8Array>;
  manifest?: Manifest;
  text(path: string): string;
}

export async function runBundle(root: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<BundleRun> {
  const out = join(await mkdtemp(join(tmpdir(), 'pairpress-qa-bundle-')), 'bundle.zip');
  const run = await runCli(['bundle', '--root', root, '--out', out, ...args], { env });
  let bytes: Uint8Array | undefined;
  try {
    bytes = new Uint8Array(await readFile(out));
  } catch {
    bytes = undefined;
  }
  const entries = bytes ? unzipSync(bytes) : {};
  const text = (path: string) => {
    const entry = entries[path];
    if (!entry) throw new Error(`no ${path} in the bundle; it has ${Object.keys(entries).join(', ')}`);
    return strFromU8(entry);
  };
  const manifest = entries['manifest.json'] ? (JSON.parse(text('manifest.json')) as Manifest) : undefined;
  return { run, out, ...(bytes && { bytes }), entries, ...(manifest && { manifest }), text };
}

const LAYOUT = [
  /^manifest\.json$/,
  /^ninjs\/[^/]+\.(ko|en)\.json$/,
  /^html\/(ko|en)\/[^/]+\.html$/,
  /^markdown\/(ko|en)\/[^/]+\.md$/,
  /^feeds\/(ko|en)\/(rss\.xml|atom\.xml|feed\.json)$/,
];

export async function bundleProblems(bundle: BundleRun, facts: SiteFacts): Promise<string[]> {
  const problems: string[] = [];
  const say = (message: string) => problems.push(message);
  const { manifest } = bundle;
  if (!manifest) return ['no manifest.json'];
  const paths = Object.keys(bundle.entries);
  for (const path of paths) if (!LAYOUT.some((re) => re.test(path))) say(`${path} is not where §10 puts files`);

  const listed = [...manifest.items.flatMap((i) => i.files), ...manifest.feeds];
  const listedPaths = listed.map((f) => f.path);
  if (new Set(listedPaths).size !== listedPaths.length) say('the manifest lists a file twice');
  for (const path of paths) if (path !== 'manifest.json' && !listedPaths.includes(path)) say(`${path} is not in the manifest`);
  for (const file of listed) {
    const bytes = bundle.entries[file.path];
    if (!bytes) {
      say(`the manifest lists ${file.path}, which is not in the zip`);
      continue;
    }
    if (bytes.length !== file.size) say(`${file.path}: size ${file.size} in the manifest, ${bytes.length} in the zip`);
    if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) say(`${file.path}: checksum differs`);
  }
  if (manifest.format !== 'pairpress-bundle' || manifest.version !== 1) say(`format ${manifest.format} ${manifest.version}`);
  if (!manifest.site.baseUrl.startsWith(facts.base)) say(`site.baseUrl ${manifest.site.baseUrl}`);
  if (!/[+-]\d\d:\d\d$/.test(manifest.generatedAt)) say(`generatedAt ${manifest.generatedAt} has no offset`);
  const newest = manifest.items.map((i) => Math.max(...i.versions.map((v) => Date.parse(v.published))));
  if (newest.some((t, i) => i > 0 && t > newest[i - 1]!)) say('items are not newest first');

  const validate = await ninjsValidator();
  const byUri = new Map<string, NinjsDocument>();
  for (const path of paths.filter((p) => p.startsWith('ninjs/'))) {
    const doc = JSON.parse(bundle.text(path)) as NinjsDocument;
    if (!validate(doc)) say(`${path}: not valid ninjs 3.1: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    byUri.set(doc.uri, doc);
    if (!doc.uri.startsWith(`${facts.base}/ninjs/`)) say(`${path}: uri ${doc.uri}`);
    for (const url of relativeUrls(doc.bodies[0]?.value ?? '')) say(`${path}: relative URL ${url} in the body`);
  }
  for (const item of manifest.items) {
    for (const version of item.versions) {
      const doc = byUri.get(version.uri);
      if (!doc) {
        say(`${item.key} ${version.lang}: no ninjs document with uri ${version.uri}`);
        continue;
      }
      if (doc.language !== version.lang) say(`${version.uri}: language ${doc.language}`);
      if (!version.url.startsWith(`${facts.base}/${version.lang}/`)) say(`${version.uri}: url ${version.url}`);
    }
  }
  for (const doc of byUri.values()) {
    for (const association of doc.associations ?? []) {
      const expectedRel = doc.language === facts.defaultLanguage ? 'translation' : 'translationOf';
      if (association.rel !== expectedRel) say(`${doc.uri}: association rel ${association.rel}, expected ${expectedRel}`);
      const other = byUri.get(association.uri);
      if (!other) continue; // the other version was left out of this bundle
      if (other.language !== association.language) say(`${doc.uri}: association language ${association.language}`);
      if (!(other.associations ?? []).some((a) => a.uri === doc.uri)) say(`${doc.uri} → ${other.uri} is not associated back`);
    }
  }
  for (const path of paths.filter((p) => p.startsWith('html/'))) {
    const page = parsePage(bundle.text(path));
    if (page.querySelector('link[rel~="stylesheet"], script[src], img, iframe, video, audio, source')) say(`${path}: loads something`);
    if (!page.querySelector('style')) say(`${path}: no inline stylesheet`);
    for (const link of page.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (!/^(https?:|mailto:|#)/.test(href)) say(`${path}: link ${href} is not absolute`);
    }
  }
  for (const path of paths.filter((p) => p.startsWith('feeds/'))) {
    const lang = path.split('/')[1] as Lang;
    const bundled = manifest.items.flatMap((i) => i.versions).filter((v) => v.lang === lang).map((v) => v.url);
    const linked = [...bundle.text(path).matchAll(/(?:<link>|"url": ")([^<"]+)/g)].map((m) => m[1]!).filter((u) => /\/(ko|en)\/[^/]+\/$/.test(u));
    const unexpected = linked.filter((u) => !bundled.includes(u));
    if (unexpected.length > 0) say(`${path} lists ${unexpected.join(', ')}, which the bundle does not hold`);
  }
  return problems;
}

function relativeUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!).filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url));
}
