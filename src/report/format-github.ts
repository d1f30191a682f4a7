// `--format github`: workflow-command annotations on the manifests and call sites, open findings
// only, errors first (on a pull request, the new ones first). GitHub keeps only the first 10 annotations of each severity per step, the
// step's own failure message included, and drops the rest silently: past that a last notice says how
// many more there are.
import { isOpen, newFirst, plural, SEVERITY_ORDER, type ReportSeverity } from './common.js';
import { commandData, commandProperty } from './escape.js';
import type { Finding, Report } from './schema.js';

/** Annotations GitHub shows per severity and step. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface GithubOptions {
  /** Annotations per severity before the "N more" one; default 10, `Infinity` for every finding. */
  limit?: number;
  /**
   * Slots the caller's own annotations take from the same 10 (the Action's failure message is an
   * error annotation; its warnings are warning annotations), so GitHub drops none of them.
   */
  reserve?: Partial<Record<ReportSeverity, number>>;
}

export function formatGithub(report: Report, options: GithubOptions = {}): string {
  const limit = options.limit ?? ANNOTATIONS_PER_SEVERITY;
  const open = report.findings.filter(isOpen);
  // On a pull request the findings it introduced come first within each severity.
  const ordered = newFirst(open);
  const groups = SEVERITY_ORDER.map((severity) => ({ severity, findings: ordered.filter((finding) => finding.severity === severity) }));
  // Errors and warnings fill their own 10; a notice counts what did not fit, so the notices keep a
  // slot for it.
  const overflows = groups.some(({ severity, findings }) => findings.length > limit - (options.reserve?.[severity] ?? 0) - (severity === 'notice' ? 1 : 0));
  const lines: string[] = [];
  const hidden: string[] = [];
  for (const { severity, findings } of groups) {
    const room = (severity === 'notice' && overflows ? limit - 1 : limit) - (options.reserve?.[severity] ?? 0);
    const shown = findings.slice(0, Math.max(0, room));
    for (const finding of shown) lines.push(annotation(finding));
    const rest = findings.length - shown.length;
    if (rest > 0) hidden.push(plural(rest, `more ${severity}`, `more ${severity}s`));
  }
  if (hidden.length > 0) {
    lines.push(command('notice', { title: 'image-route-policy' }, `${hidden.join(', ')} not annotated (GitHub shows ${limit} per level): see the job summary or run image-route-policy check`));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function annotation(finding: Finding): string {
  const title = `${finding.new ? '[new] ' : ''}${finding.route === null ? finding.rule : `${finding.rule} (${finding.route})`}`;
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
