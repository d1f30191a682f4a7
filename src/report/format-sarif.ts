// `--format sarif`: SARIF 2.1.0 for GitHub code scanning. One descriptor per enabled rule, results
// at repository-relative places, a fingerprint that survives edits above the finding, and waived
// findings kept as suppressions (so an alert is dismissed, not silently gone).
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../policy/severity.js';
import { RULES, ruleById } from '../rules/index.js';
import { ISSUES_URL, ruleDocsUrl, TOOL_NAME } from '../version.js';
import { isOpen } from './common.js';
import { plainText, sarifText } from './escape.js';
import { fingerprints } from './fingerprint.js';
import type { Finding, Report } from './schema.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Versioned key: a change of what the hash covers gets a new key, so old alerts are not confused. */
export const FINGERPRINT_KEY = 'imageRoutePolicy/v1';

export interface SarifOptions {
  /** Ids of the rules the policy enables (default: the whole catalog). Rules with findings are always described. */
  rules?: readonly string[];
}

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note', off: 'none' };

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const ids = describedRules(options.rules ?? RULES.map((rule) => rule.meta.id), report.findings);
  const index = new Map(ids.map((id, position) => [id, position]));
  const prints = fingerprints(report);

  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: plainText(report.tool.version),
            semanticVersion: plainText(report.tool.version),
            informationUri: ISSUES_URL.replace(/\/issues$/, ''),
            rules: ids.map(describe),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding, position) => result(finding, index.get(finding.rule)!, prints[position]!)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Enabled rules in catalog order, then any other rule a finding names (e.g. `manifest-invalid`). */
function describedRules(enabled: readonly string[], findings: readonly Finding[]): string[] {
  const wanted = new Set([...enabled, ...findings.map((finding) => finding.rule)]);
  const known = RULES.map((rule) => rule.meta.id).filter((id) => wanted.has(id));
  const catalog = new Set(known);
  return [...known, ...[...wanted].filter((id) => !catalog.has(id)).sort()];
}

function describe(id: string): ReportingDescriptor {
  const rule = ruleById(id);
  const helpUri = ruleDocsUrl(plainText(id));
  if (!rule) return { id: plainText(id), helpUri };
  const { description, rationale, defaults, group } = rule.meta;
  return {
    id,
    name: id.replace(/(?:^|-)([a-z0-9])/g, (_, char: string) => char.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: rationale },
    help: { text: `${description}\n\n${rationale}\n\nSee ${helpUri}` },
    helpUri,
    // The production default: the stage where the rule matters most.
    defaultConfiguration: { level: LEVEL[defaults.production] },
    properties: { tags: [TOOL_NAME, group] },
  };
}

function result(finding: Finding, ruleIndex: number, fingerprint: string): Result {
  const prefix = finding.route === null ? '' : `${finding.route}: `;
  const sarif: Result = {
    ruleId: plainText(finding.rule),
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: sarifText(prefix + finding.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(finding.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { route: finding.route === null ? null : plainText(finding.route), field: finding.field === null ? null : plainText(finding.field) },
  };
  if (finding.fix) {
    // SARIF regions: 1-based lines and columns, the end column exclusive, as the report gives them.
    sarif.fixes = [
      {
        description: { text: sarifText(`${finding.fix.safe ? '' : 'suggestion: '}${finding.fix.description}`) },
        artifactChanges: finding.fix.edits.map((edit) => ({
          artifactLocation: { uri: fileUri(edit.file), uriBaseId: '%SRCROOT%' },
          replacements: [{ deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn }, insertedContent: { text: edit.text } }],
        })),
      },
    ];
  }
  if (!isOpen(finding) && finding.waiver) {
    const { reason, owner, expires } = finding.waiver;
    sarif.suppressions = [{ kind: 'external', status: 'accepted', justification: plainText(`${reason} (waived by ${owner} until ${expires})`) }];
  }
  return sarif;
}

/** Repository-relative URI reference: each path segment percent-encoded. */
function fileUri(file: string): string {
  return plainText(file).split('/').map(encodeURIComponent).join('/');
}
