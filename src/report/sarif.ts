/**
 * `check --format sarif`: SARIF 2.1.0, one run, every rule listed in
 * `tool.driver.rules` (with its help), each finding a result pointing at its
 * file relative to `%SRCROOT%` (the site root), so code-scanning services
 * can place it in the repository.
 */
import { DEFAULT_SEVERITY } from '../check/rules/index.js';
import type { CheckResult, Diagnostic, RuleId } from '../types.js';
import type { ReportOptions, RuleInfo } from './options.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning';

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

interface Location {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Region };
  message?: { text: string };
}

export interface SarifRule {
  id: RuleId;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: Level };
}

export interface SarifResult {
  ruleId: RuleId;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: [Location];
  relatedLocations?: Location[];
  properties?: { translationKey: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; version: string; semanticVersion: string; rules: SarifRule[] } };
      originalUriBaseIds: Record<string, { description: { text: string } }>;
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    },
  ];
}

export function toSarif(result: CheckResult, options: Pick<ReportOptions, 'rules'>): SarifLog {
  const rules = ruleList(options.rules, result.diagnostics);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, rules } },
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The site root (the folder given with --root).' } } },
        // Columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results: result.diagnostics.map((d) => sarifResult(d, index.get(d.rule)!)),
      },
    ],
  };
}

export function formatSarif(result: CheckResult, options: Pick<ReportOptions, 'rules'>): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}

/** The registry's rules, plus any rule a finding names that the registry did not (never silently dropped). */
function ruleList(known: ReadonlyArray<RuleInfo>, diagnostics: Diagnostic[]): SarifRule[] {
  const infos = [...known];
  const ids = new Set(infos.map((r) => r.id));
  for (const d of diagnostics) {
    if (ids.has(d.rule)) continue;
    ids.add(d.rule);
    infos.push({ id: d.rule, description: d.rule, help: `See the pairpress documentation of "${d.rule}".` });
  }
  return infos.map((r) => ({
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: r.help },
    defaultConfiguration: { level: DEFAULT_SEVERITY[r.id] ?? 'warning' },
  }));
}

function sarifResult(d: Diagnostic, ruleIndex: number): SarifResult {
  const location: Location = { physicalLocation: { artifactLocation: artifact(d.file), region: regionOf(d) } };
  return {
    ruleId: d.rule,
    ruleIndex,
    level: d.severity,
    message: { text: d.message },
    locations: [location],
    ...(d.related && {
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: artifact(d.related.file),
            region: { startLine: atLeastOne(d.related.line), startColumn: atLeastOne(d.related.column) },
          },
          message: { text: 'the same place in the other version' },
        },
      ],
    }),
    ...(d.key !== undefined && { properties: { translationKey: d.key } }),
  };
}

/** SARIF regions end at the column after the last character, as diagnostics do; an end before the start is dropped. */
function regionOf(d: Diagnostic): Region {
  const startLine = atLeastOne(d.line);
  const startColumn = atLeastOne(d.column);
  const endsAfter = d.endLine > startLine || (d.endLine === startLine && d.endColumn >= startColumn);
  return endsAfter ? { startLine, startColumn, endLine: d.endLine, endColumn: atLeastOne(d.endColumn) } : { startLine, startColumn };
}

/** A root-relative path as a URI reference: each segment percent-encoded (spaces, Hangul). */
function artifact(path: string): { uri: string; uriBaseId: string } {
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function atLeastOne(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

/** `frontmatter-mismatch` → `FrontmatterMismatch` */
function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}
