// Markdown for GitHub: the sticky PR comment (`--format markdown`) and the job summary. Both are
// tables of rows built from the report; when a body would pass its size limit, whole rows are
// dropped from the end (least important first) and a line says how many are missing.
import { ruleDocsUrl } from '../version.js';
import { bySeverity, isOpen, missingFacts, place, plural, routeKey, tally, FACT_RULES, SEVERITY_ORDER, type ReportSeverity } from './common.js';
import { markdownCode, markdownMessage, markdownText, markdownUrl } from './escape.js';
import type { Finding, Report, ReportedCallSite, RouteSummary } from './schema.js';

/** Finds the sticky comment: the Action matches on it, never on the author. */
export const COMMENT_MARKER = '<!-- image-route-policy:report -->';
/** GitHub rejects longer comment bodies (counted in UTF-16 code units, like String#length). */
export const MAX_COMMENT_LENGTH = 65_536;
/** A step summary may hold 1 MiB; stay clear of it so the Action can add a line or two. */
export const MAX_SUMMARY_BYTES = 1_000_000;

export interface MarkdownOptions {
  /** Upper bound of the body in characters (UTF-16 code units). Default 65,536. */
  maxLength?: number;
  /** Link for a place in the repository (e.g. a blob URL at the head SHA); plain text without it. */
  fileUrl?: (file: string, line: number) => string | undefined;
}

export interface SummaryOptions {
  /** Upper bound of the summary in UTF-8 bytes. Default 1,000,000. */
  maxBytes?: number;
  fileUrl?: MarkdownOptions['fileUrl'];
}

// One user value never takes more than this much of a cell, so one claim of a megabyte costs one
// short row rather than the whole body.
const CELL_CHARS = 1_000;
const SEVERITY_ICON: Record<ReportSeverity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

// ---------------------------------------------------------------------------------------------
// Cells

function cell(text: string): string {
  return markdownText(text, { maxChars: CELL_CHARS });
}

function codeCell(text: string): string {
  return markdownCode(text, { maxChars: CELL_CHARS });
}

function messageCell(text: string): string {
  return markdownMessage(text, { maxChars: CELL_CHARS });
}

function severityCell(severity: ReportSeverity): string {
  return `${SEVERITY_ICON[severity]} ${severity}`;
}

function ruleCell(finding: Finding): string {
  const url = markdownUrl(finding.docs) ?? markdownUrl(ruleDocsUrl(finding.rule));
  return `[${cell(finding.rule)}](${url})`;
}

function routeCell(route: string | null): string {
  return route === null ? '—' : codeCell(route);
}

function placeCell(file: string, line: number, fileUrl: MarkdownOptions['fileUrl']): string {
  const text = cell(place(file, line));
  const url = fileUrl && fileUrl(file, line);
  const safe = url === undefined ? undefined : markdownUrl(url);
  return safe ? `[${text}](${safe})` : text;
}

function waiverCells(finding: Finding): string[] {
  const waiver = finding.waiver;
  return waiver ? [cell(waiver.owner), cell(waiver.reason), cell(waiver.expires)] : ['—', '—', '—'];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

function table(headers: readonly string[]): string {
  return `${row(headers)}${row(headers.map(() => '---'))}`;
}

// ---------------------------------------------------------------------------------------------
// Layout: a top, sections of rows, a bottom; rows dropped from the end to fit a limit.

export interface Row {
  text: string;
  /** Findings (or routes) the row stands for, for the "N more" line. */
  count: number;
}

export interface Section {
  /** Heading and table head, printed only when at least one row is kept. */
  head: string;
  rows: Row[];
  foot?: string;
}

export interface Layout {
  top: string;
  sections: Section[];
  bottom: string;
  /** The line that replaces dropped rows. */
  more(count: number): string;
}

/** The body, whole if it fits in `max` (as `measure` counts), else with trailing rows dropped. */
export function fitLayout(layout: Layout, max: number, measure: (text: string) => number): string {
  const all = layout.sections.map((section) => section.rows.length);
  const whole = render(layout, all, 0);
  if (measure(whole) <= max) return whole;

  const total = layout.sections.reduce((sum, section) => sum + section.rows.reduce((rows, item) => rows + item.count, 0), 0);
  // The "N more" line for every row is the longest it can get.
  let budget = max - measure(layout.top) - measure(layout.bottom) - measure(layout.more(total));
  const kept = layout.sections.map(() => 0);
  let dropped = 0;
  let full = false;
  layout.sections.forEach((section, index) => {
    for (const item of section.rows) {
      const count = kept[index]!;
      const cost = measure(item.text) + (count === 0 ? measure(section.head) + measure(section.foot ?? '') : 0);
      if (!full && cost <= budget) {
        budget -= cost;
        kept[index] = count + 1;
      } else {
        // Once one row does not fit, later ones are dropped too: importance is the row order.
        full = true;
        dropped += item.count;
      }
    }
  });
  return render(layout, kept, dropped);
}

function render(layout: Layout, kept: readonly number[], dropped: number): string {
  let text = layout.top;
  layout.sections.forEach((section, index) => {
    const count = kept[index] ?? 0;
    if (count === 0) return;
    text += section.head + section.rows.slice(0, count).map((item) => item.text).join('') + (section.foot ?? '');
  });
  if (dropped > 0) text += layout.more(dropped);
  return text + layout.bottom;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of the comment and the summary

function heading(report: Report): string {
  const open = report.findings.filter(isOpen).length;
  const title = !report.passed
    ? '❌ Image route policy: failed'
    : open > 0
      ? '✅ Image route policy: passed, with findings'
      : report.summary.routes > 0
        ? '✅ Image route policy: all routes pass'
        : '✅ Image route policy: no routes to check';
  return `## ${title}\n\n**${tally(report)}** · fails on ${codeCell(report.failOn)} · today ${cell(report.today)}\n\n`;
}

function policyLines(report: Report): string {
  const sources = report.policy.sources.map((source) => codeCell(source)).join(', ') || '—';
  const note = report.policy.note ? `\n> [!NOTE]\n> ${cell(report.policy.note)}\n` : '';
  return `<sub>Policy: ${sources}</sub>\n${note}`;
}

/** Severity, rule, route, place, message: the cells every finding table starts from. */
function findingCells(finding: Finding, fileUrl: MarkdownOptions['fileUrl']): string[] {
  // A safe fix names the one command that applies it.
  const fix = finding.fix && isOpen(finding) ? `<br>${finding.fix.safe ? 'Fix' : 'Suggestion'}: ${messageCell(finding.fix.description)} with <code>image-route-policy fix${finding.fix.safe ? '' : ' --suggestions'}</code>` : '';
  return [severityCell(finding.severity), ruleCell(finding), routeCell(finding.route), placeCell(finding.file, finding.line, fileUrl), messageCell(finding.message) + fix];
}

const FINDING_HEADERS = ['Severity', 'Rule', 'Route', 'File', 'Message'];
const CALL_SITE_HEADERS = ['File', 'Provider', 'Call', 'Model'];

function callSiteCells(site: ReportedCallSite, fileUrl: MarkdownOptions['fileUrl']): string[] {
  return [placeCell(site.file, site.line, fileUrl), codeCell(site.provider), codeCell(site.api), site.model === null ? '—' : codeCell(site.model)];
}

// ---------------------------------------------------------------------------------------------
// The PR comment

/** The sticky PR comment: the three facts first, every other open finding, waived ones folded. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const { fileUrl } = options;
  const facts = missingFacts(report);
  const others = bySeverity(report.findings.filter((finding) => isOpen(finding) && !(finding.route !== null && FACT_RULES.has(finding.rule))));
  const waived = report.findings.filter((finding) => !isOpen(finding));

  const sections: Section[] = [
    {
      head: `### Routes missing an owner, a billing trigger or a checked date\n\n${table(['Route', 'File', 'Missing'])}`,
      rows: facts.map((fact) => ({
        text: row([codeCell(fact.route), placeCell(fact.file, fact.line, fileUrl), fact.missing.join(', ')]),
        count: fact.findings.length,
      })),
      foot: '\n',
    },
    {
      head: `### Call sites no route covers\n\nImage-API calls in the source that no route of the manifests declares: declare a route for each (with \`code\` globs naming the file), or tie the call to one with an \`image-route: <route-id>\` comment.\n\n${table(CALL_SITE_HEADERS)}`,
      rows: (report.callSites ?? []).filter((site) => site.route === null).map((site) => ({ text: row(callSiteCells(site, fileUrl)), count: 1 })),
      foot: '\n',
    },
    {
      head: `### ${facts.length > 0 ? 'Other findings' : 'Findings'}\n\n${table(FINDING_HEADERS)}`,
      rows: others.map((finding) => ({ text: row(findingCells(finding, fileUrl)), count: 1 })),
      foot: '\n',
    },
    {
      head: `<details>\n<summary>${plural(waived.length, 'waived finding')}</summary>\n\n${table([...FINDING_HEADERS, 'Waived by', 'Reason', 'Expires'])}`,
      rows: waived.map((finding) => ({ text: row([...findingCells(finding, fileUrl), ...waiverCells(finding)]), count: 1 })),
      foot: '\n</details>\n\n',
    },
  ];

  return fitLayout(
    {
      top: `${COMMENT_MARKER}\n${heading(report)}`,
      sections,
      bottom: policyLines(report),
      more: (count) => `_${plural(count, 'more finding', 'more findings')}: see the job summary._\n\n`,
    },
    options.maxLength ?? MAX_COMMENT_LENGTH,
    (text) => text.length,
  );
}

// ---------------------------------------------------------------------------------------------
// The job summary

/** The job summary: every route with its status, then every finding, under 1 MiB. */
export function formatSummary(report: Report, options: SummaryOptions = {}): string {
  const { fileUrl } = options;
  const byRoute = new Map<string, Finding[]>();
  for (const finding of report.findings.filter(isOpen)) {
    const key = routeKey(finding.file, finding.route);
    const list = byRoute.get(key);
    if (list) list.push(finding);
    else byRoute.set(key, [finding]);
  }
  const findings = [...bySeverity(report.findings.filter(isOpen)), ...report.findings.filter((finding) => !isOpen(finding))];

  const sections: Section[] = [
    {
      head: `### Routes (${report.routes.length})\n\n${table(['Route', 'File', 'Kind', 'Stage', 'Checked', 'Goes stale on', 'Status'])}`,
      rows: report.routes.map((route) => ({
        text: row([
          codeCell(route.id),
          placeCell(route.file, route.line, fileUrl),
          cell(route.kind),
          cell(route.stage),
          route.checked ? cell(route.checked) : '—',
          staleCell(route, report.today),
          routeStatus(byRoute.get(routeKey(route.file, route.id)) ?? []),
        ]),
        count: 1,
      })),
      foot: '\n',
    },
    {
      head: `### Call sites (${(report.callSites ?? []).length})\n\n${table([...CALL_SITE_HEADERS, 'Route'])}`,
      rows: (report.callSites ?? []).map((site) => ({ text: row([...callSiteCells(site, fileUrl), site.route === null ? '**none**' : `${codeCell(site.route)} (by ${cell(site.tiedBy ?? '')})`]), count: 1 })),
      foot: '\n',
    },
    {
      head: `### Findings (${report.findings.length})\n\n${table(['Severity', 'Status', ...FINDING_HEADERS.slice(1)])}`,
      rows: findings.map((finding) => {
        const [severity, ...rest] = findingCells(finding, fileUrl);
        const status = finding.waiver
          ? `waived by ${cell(finding.waiver.owner)} until ${cell(finding.waiver.expires)}: ${cell(finding.waiver.reason)}`
          : cell(finding.status);
        return { text: row([severity!, status, ...rest]), count: 1 };
      }),
      foot: '\n',
    },
  ];

  return fitLayout(
    {
      top: heading(report),
      sections,
      bottom: policyLines(report),
      more: (count) => `_${plural(count, 'more row', 'more rows')} left out to stay under the size limit: the JSON report (\`--format json\`, the Action's \`report\` output) has every route and finding._\n\n`,
    },
    options.maxBytes ?? MAX_SUMMARY_BYTES,
    (text) => Buffer.byteLength(text, 'utf8'),
  );
}

function staleCell(route: RouteSummary, today: string): string {
  if (!route.staleOn) return '—';
  return route.staleOn <= today ? `⚠️ ${cell(route.staleOn)} (stale)` : cell(route.staleOn);
}

function routeStatus(findings: readonly Finding[]): string {
  const counts = SEVERITY_ORDER.map((severity) => ({ severity, count: findings.filter((finding) => finding.severity === severity).length })).filter(({ count }) => count > 0);
  if (counts.length === 0) return '✅ pass';
  return `${SEVERITY_ICON[counts[0]!.severity]} ${counts.map(({ severity, count }) => plural(count, severity)).join(', ')}`;
}
