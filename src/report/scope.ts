// What a pull request introduced, and which findings decide the step. Pure functions of reports: the
// Action judges the base tree with the same policy and hands both reports here.
import { fails, severityRank } from '../policy/severity.js';
import { countFindings, isOpen } from './common.js';
import { fingerprints } from './fingerprint.js';
import type { Finding, Report } from './schema.js';

export const FAIL_SCOPES = ['all', 'new'] as const;
export type FailScope = (typeof FAIL_SCOPES)[number];

/**
 * Marks each finding of `head` `new: true` unless `base` has a finding with the same fingerprint at
 * the same severity or higher (a pull request that turns a warning into an error introduced the
 * error). `renamed` maps a base path to its head path, so a moved file's findings stay the same ones.
 */
export function markNew(head: Report, base: Pick<Report, 'findings' | 'callSites'>, renamed: ReadonlyMap<string, string> = new Map()): Report {
  const moved = <T extends { file: string }>(item: T): T => (renamed.has(item.file) ? { ...item, file: renamed.get(item.file)! } : item);
  const baseFindings = base.findings.map(moved);
  const basePrints = fingerprints({ findings: baseFindings, callSites: base.callSites?.map(moved) });
  const known = new Map<string, number>();
  basePrints.forEach((print, index) => known.set(print, Math.max(known.get(print) ?? 0, severityRank(baseFindings[index]!.severity))));
  const prints = fingerprints(head);
  return { ...head, findings: head.findings.map((finding, index) => ({ ...finding, new: (known.get(prints[index]!) ?? 0) < severityRank(finding.severity) })) };
}

/**
 * `passed` under a fail scope: `all` counts every open finding at or above `failOn`; `new` only the
 * findings the pull request introduced. A finding with no base to compare (`new` absent) counts:
 * when the base could not be judged, nothing is let through unjudged.
 */
export function applyFailScope(report: Report, scope: FailScope): Report {
  const counts = (finding: Finding): boolean => scope === 'all' || finding.new !== false;
  const passed = !report.findings.some((finding) => isOpen(finding) && counts(finding) && fails(finding.severity, report.failOn));
  return passed === report.passed ? report : { ...report, passed };
}

/**
 * The report narrowed to findings located in `files` (repository paths): the whole repository is
 * judged, so a call tied to a route in a file not given is still tied, but only the given files'
 * findings are reported, counted and decide `passed`.
 */
export function onlyFiles(report: Report, files: ReadonlySet<string>): Report {
  const findings = report.findings.filter((finding) => files.has(finding.file));
  return {
    ...report,
    findings,
    passed: !findings.some((finding) => isOpen(finding) && fails(finding.severity, report.failOn)),
    summary: { ...report.summary, ...countFindings(findings) },
  };
}
