/**
 * `manifest.json`, the bundle's table of contents: the site, when the bundle
 * was built, what was selected, and every item (one translation key) with
 * its versions and the path, size and SHA-256 of each of its files, so a
 * publisher can check what arrived.
 */
import { createHash } from 'node:crypto';
import { strToU8 } from 'fflate';
import { isoWithOffset } from '../render/dates.js';
import type { Lang, OutputFile, Publication } from '../types.js';

export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_FORMAT = 'pairpress-bundle';
export const MANIFEST_VERSION = 1;

export type BundleFileKind = 'ninjs' | 'html' | 'markdown' | 'feed';

export const MEDIA_TYPES: Record<BundleFileKind, string> = {
  ninjs: 'application/json',
  html: 'text/html',
  markdown: 'text/markdown',
  feed: 'application/xml',
};

export interface ManifestFile {
  path: string;
  lang: Lang;
  kind: BundleFileKind;
  mediaType: string;
  /** bytes */
  size: number;
  /** lowercase hex */
  sha256: string;
}

export interface ManifestVersion {
  lang: Lang;
  slug: string;
  title: string;
  /** the article's page on the site */
  url: string;
  /** the ninjs item's `uri` */
  uri: string;
  published: string;
  updated: string;
}

export interface ManifestItem {
  key: string;
  languages: Lang[];
  versions: ManifestVersion[];
  files: ManifestFile[];
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: typeof MANIFEST_VERSION;
  site: { title: Record<Lang, string>; baseUrl: string };
  /** the build time: SOURCE_DATE_EPOCH, else the newest article's date */
  generatedAt: string;
  selection: { languages: Lang[]; since?: string; keys?: string[] };
  items: ManifestItem[];
  feeds: ManifestFile[];
}

/** A bundle file with what the manifest says about it. */
export interface BundleFile extends OutputFile {
  lang: Lang;
  kind: BundleFileKind;
  /** the translation key it belongs to; none for feeds */
  key?: string;
}

export function describeFile(file: BundleFile): ManifestFile {
  const bytes = typeof file.content === 'string' ? strToU8(file.content) : file.content;
  return {
    path: file.path,
    lang: file.lang,
    kind: file.kind,
    mediaType: file.kind === 'feed' ? feedMediaType(file.path) : MEDIA_TYPES[file.kind],
    size: bytes.length,
    sha256: sha256(bytes),
  };
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function feedMediaType(path: string): string {
  if (path.endsWith('.json')) return 'application/feed+json';
  if (path.endsWith('atom.xml')) return 'application/atom+xml';
  if (path.endsWith('rss.xml')) return 'application/rss+xml';
  return MEDIA_TYPES.feed;
}

export function manifestHeader(pub: Publication): Pick<Manifest, 'format' | 'version' | 'site' | 'generatedAt'> {
  const { settings } = pub.site;
  return {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    site: { title: { ko: settings.title.ko, en: settings.title.en }, baseUrl: pub.absolute('') },
    generatedAt: isoWithOffset(pub.buildTime, settings.timeZone),
  };
}

export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
