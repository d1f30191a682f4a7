// `--format text`: for people at a terminal. Findings grouped by file, then route, one line each
// (`line:col  severity  message  rule`), and one summary line at the end.
import { isOpen, tally, type ReportSeverity } from './common.js';
import { terminalText } from './escape.js';
import type { Finding, Report } from './schema.js';

export interface TextOptions {
  /** ANSI colours; the CLI turns them on for a TTY without NO_COLOR. Off: no escape code at all. */
  color?: boolean;
}

type Style = 'bold' | 'dim' | 'underline' | 'red' | 'yellow' | 'cyan' | 'green';
const SGR: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
};
const SEVERITY_STYLE: Record<ReportSeverity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };

type Paint = (text: string, ...styles: Style[]) => string;

function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) => styles.reduce((inner, style) => `\u001b[${SGR[style][0]}m${inner}\u001b[${SGR[style][1]}m`, text);
}

const INDENT = { route: '  ', finding: '    ' };

export function formatText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.color ?? false);
  const positionWidth = widest(report.findings, position);
  const severityWidth = widest(report.findings, severityLabel);
  const lines: string[] = [];

  const manifests = new Set(report.manifests.map((manifest) => manifest.file));
  for (const [file, byRoute] of group(report.findings)) {
    lines.push(paint(terminalText(file), 'bold', 'underline'));
    // Findings in a source file are at its call sites: grouped by the route each is tied to.
    const noRoute = manifests.has(file) || !report.callSites ? '(manifest)' : '(call sites tied to no route)';
    for (const [route, findings] of byRoute) {
      lines.push(INDENT.route + (route === null ? paint(noRoute, 'dim') : paint(terminalText(route), 'bold')));
      for (const finding of findings) {
        const label = severityLabel(finding);
        const severity = paint(label, isOpen(finding) ? SEVERITY_STYLE[finding.severity] : 'dim') + ' '.repeat(severityWidth - label.length);
        const lead = `${INDENT.finding}${paint(position(finding).padEnd(positionWidth), 'dim')}  ${severity}  `;
        // A message may span lines: continuation lines line up under its first line.
        const message = terminalText(finding.message, { multiline: true }).replace(/\n/g, `\n${' '.repeat(INDENT.finding.length + positionWidth + severityWidth + 4)}`);
        lines.push(`${lead}${message}  ${paint(terminalText(finding.rule), 'dim')}`);
        if (finding.waiver) {
          const { owner, expires, reason } = finding.waiver;
          lines.push(
            `${' '.repeat(INDENT.finding.length + positionWidth + 2)}${paint(
              `↳ ${finding.severity} waived by ${terminalText(owner)} until ${terminalText(expires)}: ${terminalText(reason)}`,
              'dim',
            )}`,
          );
        }
      }
    }
    lines.push('');
  }

  if (report.policy.note) lines.push(paint(`policy: ${terminalText(report.policy.note)}`, 'yellow'), '');
  lines.push(summaryLine(report, paint));
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: Report, paint: Paint): string {
  const openCount = report.summary.errors + report.summary.warnings + report.summary.notices;
  if (!report.passed) return paint(`✖ ${tally(report)}`, 'red', 'bold');
  if (openCount > 0) return paint(`⚠ ${tally(report)}`, 'yellow', 'bold');
  return paint(`✔ ${tally(report)}`, 'green', 'bold');
}

// Not Math.max(...spread): a large report would overflow the argument list.
function widest(findings: readonly Finding[], text: (finding: Finding) => string): number {
  return findings.reduce((width, finding) => Math.max(width, text(finding).length), 0);
}

function position(finding: Finding): string {
  return `${finding.line}:${finding.column}`;
}

function severityLabel(finding: Finding): string {
  return isOpen(finding) ? finding.severity : 'waived';
}

/** Findings by file, then by route, each in order of first appearance (the report's sort order). */
function group(findings: readonly Finding[]): Map<string, Map<string | null, Finding[]>> {
  const files = new Map<string, Map<string | null, Finding[]>>();
  for (const finding of findings) {
    let routes = files.get(finding.file);
    if (!routes) files.set(finding.file, (routes = new Map()));
    let list = routes.get(finding.route);
    if (!list) routes.set(finding.route, (list = []));
    list.push(finding);
  }
  return files;
}
