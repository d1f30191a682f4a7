// `--format github`: workflow-command annotations on the manifests, open findings only, errors
// first. GitHub keeps only the first 10 annotations of each severity per step and drops the rest
// silently, so past that a last annotation says how many more there are.
import { isOpen, plural, SEVERITY_ORDER, type ReportSeverity } from './common.js';
import { commandData, commandProperty } from './escape.js';
import type { Finding, Report } from './schema.js';

/** Annotations GitHub shows per severity and step. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface GithubOptions {
  /** Annotations per severity before the "N more" one; default 10, `Infinity` for every finding. */
  limit?: number;
}

export function formatGithub(report: Report, options: GithubOptions = {}): string {
  const limit = options.limit ?? ANNOTATIONS_PER_SEVERITY;
  const lines: string[] = [];
  const open = report.findings.filter(isOpen);
  for (const severity of SEVERITY_ORDER) {
    const findings = open.filter((finding) => finding.severity === severity);
    // Keep the last slot for the "N more" annotation when they do not all fit.
    const shown = findings.length > limit ? findings.slice(0, Math.max(0, limit - 1)) : findings;
    for (const finding of shown) lines.push(annotation(finding));
    const hidden = findings.length - shown.length;
    if (hidden > 0) {
      lines.push(
        command(severity, { title: 'image-route-policy' }, `${plural(hidden, `more ${severity}`, `more ${severity}s`)} not annotated: see the job summary or run image-route-policy check`),
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function annotation(finding: Finding): string {
  const title = finding.route === null ? finding.rule : `${finding.rule} (${finding.route})`;
  return command(
    finding.severity,
    { file: finding.file, line: String(finding.line), col: String(finding.column), title },
    `${finding.message} (${finding.docs})`,
  );
}

function command(severity: ReportSeverity, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([name, value]) => `${name}=${commandProperty(value)}`)
    .join(',');
  // The severity names are the command names (`::error`, `::warning`, `::notice`).
  return `::${severity} ${props}::${commandData(message)}`;
}
