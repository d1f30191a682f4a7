// Pieces every human-readable format shares: which findings are open, their order, the "three facts"
// and the one-line tally, so the terminal, the comment and the summary always agree.
import { compareText } from '../text/paths.js';
import type { Finding, Report } from './schema.js';

export type ReportSeverity = Finding['severity'];

export const SEVERITY_ORDER: readonly ReportSeverity[] = ['error', 'warning', 'notice'];

/** The rules of the three facts every route must carry, with what each one means is missing. */
export const FACT_RULES: ReadonlyMap<string, string> = new Map([
  ['key-owner-missing', 'key owner'],
  ['billing-trigger-missing', 'billing trigger'],
  ['checked-date-missing', 'checked date'],
]);

export function isOpen(finding: Finding): boolean {
  return finding.status === 'open';
}

/** Findings a pull request introduced first, the rest after; each part keeps its order. */
export function newFirst(findings: readonly Finding[]): Finding[] {
  return [...findings.filter((finding) => finding.new === true), ...findings.filter((finding) => finding.new !== true)];
}

/** Items grouped by a key, each group in the items' order, groups in the order of their first item. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The summary's counts of a set of findings: open ones by severity, and the waived. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number; notices: number; waived: number } {
  const counts = { errors: 0, warnings: 0, notices: 0, waived: 0 };
  for (const finding of findings) {
    if (!isOpen(finding)) counts.waived++;
    else if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.notices++;
  }
  return counts;
}

/** Errors first, then warnings, then notices; report order (file, line, column, rule) within each. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return SEVERITY_ORDER.flatMap((severity) => findings.filter((finding) => finding.severity === severity));
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "3 errors, 2 warnings, 1 notice, 0 waived in 4 routes (2 manifests)". */
export function tally(report: Report): string {
  const { summary } = report;
  return (
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}, ` +
    `${summary.waived} waived in ${plural(summary.routes, 'route')} (${plural(report.manifests.length, 'manifest')})` +
    (summary.callSites === undefined ? '' : `, ${plural(summary.callSites, 'call site')} in the source`)
  );
}

/** `file:line`, the way every format points at a place. */
export function place(file: string, line: number): string {
  return `${file}:${line}`;
}

/** A route's key within the report (ids are unique per repository, but a duplicate is still listed). */
export function routeKey(file: string, route: string | null): string {
  return `${file}\u0000${route ?? ''}`;
}

export interface FactRow {
  route: string;
  file: string;
  line: number;
  /** The missing facts, in the order of FACT_RULES. */
  missing: string[];
  findings: Finding[];
}

/** One row per route that misses a key owner, a billing trigger or a checked date (open findings). */
export function missingFacts(report: Report): FactRow[] {
  const lines = new Map(report.routes.map((route) => [routeKey(route.file, route.id), route.line]));
  const rows = new Map<string, FactRow>();
  for (const finding of report.findings) {
    if (!isOpen(finding) || finding.route === null || !FACT_RULES.has(finding.rule)) continue;
    const key = routeKey(finding.file, finding.route);
    let row = rows.get(key);
    if (!row) {
      row = { route: finding.route, file: finding.file, line: lines.get(key) ?? finding.line, missing: [], findings: [] };
      rows.set(key, row);
    }
    row.findings.push(finding);
  }
  const order = [...FACT_RULES.keys()];
  for (const row of rows.values()) {
    const rules = new Set(row.findings.map((finding) => finding.rule));
    row.missing = order.filter((rule) => rules.has(rule)).map((rule) => FACT_RULES.get(rule)!);
  }
  return [...rows.values()].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.route, b.route));
}
