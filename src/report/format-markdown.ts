// Markdown for GitHub: the sticky PR comment (`--format markdown`) and the job summary. Both are
// tables of rows built from the report; when a body would pass its size limit, whole rows are
// dropped from the end (least important first) and a line says how many are missing.
import { ruleById } from '../rules/index.js';
import { CHECKLIST } from '../rules/types.js';
import { ruleDocsUrl } from '../version.js';
import { bySeverity, groupBy, isOpen, missingFacts, newFirst, place, plural, routeKey, tally, FACT_RULES, SEVERITY_ORDER, type ReportSeverity } from './common.js';
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
  return linked(cell(place(file, line)), file, line, fileUrl);
}

/** Escaped `text`, linked to a line of the repository when there is a safe link for it. */
function linked(text: string, file: string, line: number, fileUrl: MarkdownOptions['fileUrl']): string {
  const url = fileUrl && fileUrl(file, line);
  const safe = url === undefined ? undefined : markdownUrl(url);
  return safe ? `[${text}](${safe})` : text;
}

/**
 * `L12`, linked to the line, when the group's heading names the file; `name.ts:12` for another file
 * (its full path is in the link: a long path would make the column too wide to read).
 */
function lineCell(finding: Finding, otherFile: string | undefined, fileUrl: MarkdownOptions['fileUrl']): string {
  const text = otherFile === undefined ? `L${finding.line}` : cell(place(otherFile.slice(otherFile.lastIndexOf('/') + 1), finding.line));
  return linked(text, finding.file, finding.line, fileUrl);
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
  return `## ${title}\n\n**${tally(report)}** · fails on ${codeCell(report.failOn)} · today ${cell(report.today)}\n\n${newLine(report)}`;
}

/** On a pull request: how many open findings it introduced, and how many the base branch already had. */
function newLine(report: Report): string {
  const open = report.findings.filter(isOpen);
  if (!open.some((finding) => finding.new !== undefined)) return '';
  const fresh = open.filter((finding) => finding.new === true);
  const old = open.length - fresh.length;
  const kinds = SEVERITY_ORDER.map((severity) => ({ severity, count: fresh.filter((finding) => finding.severity === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => plural(count, severity))
    .join(', ');
  const lead = fresh.length === 0 ? `${NEW_MARK} **This pull request adds no finding.**` : `${NEW_MARK} **${plural(fresh.length, 'finding')} new in this pull request** (${kinds}), marked ${NEW_MARK} below.`;
  return `${lead} ${plural(old, 'finding was', 'findings were')} already on the base branch.\n\n`;
}

function policyLines(report: Report): string {
  const sources = report.policy.sources.map((source) => codeCell(source)).join(', ') || '—';
  const note = report.policy.note ? `\n> [!NOTE]\n> ${cell(report.policy.note)}\n` : '';
  return `<sub>Policy: ${sources}</sub>\n${note}`;
}

/** Rows of the stop-rule matrix in the comment; the job summary has them all. */
const MATRIX_ROWS_IN_COMMENT = 25;

/** Marks what a pull request introduced. */
const NEW_MARK = '🆕';

/** `🆕 ` before a cell's text for a finding the pull request introduced. */
function newCell(finding: Finding | undefined): string {
  return finding?.new ? `${NEW_MARK} ` : '';
}

/** The message, and for a fixable finding what the fix does and the one command that applies it. */
function messageWithFix(finding: Finding): string {
  const fix = finding.fix && isOpen(finding) ? `<br>${finding.fix.safe ? 'Fix' : 'Suggestion'}: ${messageCell(finding.fix.description)} with <code>image-route-policy fix${finding.fix.safe ? '' : ' --suggestions'}</code>` : '';
  return messageCell(finding.message) + fix;
}

/** Severity, rule, route, place, message: the cells every finding table starts from. */
function findingCells(finding: Finding, fileUrl: MarkdownOptions['fileUrl']): string[] {
  return [`${newCell(finding)}${severityCell(finding.severity)}`, ruleCell(finding), routeCell(finding.route), placeCell(finding.file, finding.line, fileUrl), messageWithFix(finding)];
}

const FINDING_HEADERS = ['Severity', 'Rule', 'Route', 'File', 'Message'];
const CALL_SITE_HEADERS = ['File', 'Provider and call', 'Model'];

function callSiteCells(site: ReportedCallSite, fileUrl: MarkdownOptions['fileUrl']): string[] {
  return [placeCell(site.file, site.line, fileUrl), `${codeCell(site.provider)}<br>${codeCell(site.api)}`, site.model === null ? '—' : codeCell(site.model)];
}

const CHECK_ICON: Record<CheckState, string> = { pass: '✅', error: '❌', warning: '⚠️', notice: 'ℹ️', waived: '💤', 'not-required': '—' };

/**
 * The stop-rule matrix: one row per route with open findings, one column per fact of the article's
 * checklist; clean routes are counted in one line under it.
 */
function matrixSection(report: Report, fileUrl: MarkdownOptions['fileUrl'], limit = Infinity): Section {
  // Each route's findings, open and waived (a fact judged only by waived findings shows as waived).
  const byRoute = groupBy(report.findings, (finding) => (finding.route === null ? undefined : routeKey(finding.file, finding.route)));
  const openOf = (route: RouteSummary): Finding[] => (byRoute.get(routeKey(route.file, route.id)) ?? []).filter(isOpen);
  const rows = report.routes.filter((route) => openOf(route).length > 0);
  // Routes with new findings first; the report's order (file, line) within each half.
  const isNew = (route: RouteSummary): boolean => openOf(route).some((finding) => finding.new);
  const ordered = [...rows.filter(isNew), ...rows.filter((route) => !isNew(route))];
  const clean = report.routes.length - rows.length;
  const legend = `${CHECK_ICON.pass} passes · ${CHECK_ICON.error} error · ${CHECK_ICON.warning} warning · ${CHECK_ICON.notice} notice · ${CHECK_ICON.waived} waived · ${CHECK_ICON['not-required']} not required at the route's stage`;
  return {
    head: `### Stop-rule matrix\n\nThe article's checklist for each route with open findings (Billing: payer and trigger; Terms: data terms; Tested: an end-to-end test of the path; "other": findings of other rules, listed below). ${legend}.\n\n${table(['Route', ...CHECKLIST.map(({ short }) => `<sub>${short}</sub>`)])}`,
    rows: ordered.slice(0, limit).map((route) => {
      const findings = byRoute.get(routeKey(route.file, route.id))!;
      const open = findings.filter(isOpen);
      const marked = open.some((finding) => finding.new) ? ` ${NEW_MARK}` : '';
      const others = open.filter((finding) => ruleById(finding.rule)?.meta.fact === undefined);
      const other = others.length === 0 ? '' : ` · ${CHECK_ICON[worstOf(others)]} ${others.length} other`;
      const notRequired = route.notRequired ?? report.checklist?.notRequired[route.stage] ?? [];
      const facts = CHECKLIST.map(({ fact }) => CHECK_ICON[cellState(findings, fact, notRequired.includes(fact))]);
      return { text: row([`${linked(codeCell(route.id), route.file, route.line, fileUrl)}${marked}<br><sub>${cell(route.stage)}${other}</sub>`, ...facts]), count: 0 };
    }),
    foot: `\n${ordered.length > limit ? `${plural(ordered.length - limit, 'more route')} with findings: see the job summary.\n\n` : ''}${clean > 0 ? `${plural(clean, 'other route passes', 'other routes pass')} every check.\n\n` : ''}`,
  };
}

type CheckState = ReportSeverity | 'pass' | 'waived' | 'not-required';

/** A fact's cell: its worst open finding, else waived when waived findings judge it, else pass or not required at the stage. */
function cellState(findings: readonly Finding[], fact: string, notRequired: boolean): CheckState {
  const judged = findings.filter((finding) => ruleById(finding.rule)?.meta.fact === fact);
  const open = judged.filter(isOpen);
  if (open.length > 0) return worstOf(open);
  if (judged.length > 0) return 'waived';
  return notRequired ? 'not-required' : 'pass';
}

function worstOf(findings: readonly Finding[]): ReportSeverity {
  return SEVERITY_ORDER.find((severity) => findings.some((finding) => finding.severity === severity)) ?? 'notice';
}

/** "`image-route-policy fix` applies N safe fixes …": the one command, when any open finding has a fix. */
function fixLine(report: Report): string {
  const fixable = report.findings.filter((finding) => isOpen(finding) && finding.fix);
  const safe = fixable.filter((finding) => finding.fix!.safe).length;
  const suggested = fixable.length - safe;
  if (fixable.length === 0) return '';
  const parts = [
    safe > 0 ? `<code>image-route-policy fix</code> applies ${plural(safe, 'safe fix', 'safe fixes')} (misspelt keys and values)` : '',
    suggested > 0 ? `<code>image-route-policy fix --suggestions</code> also applies ${plural(suggested, 'suggestion')} to review (such as a retired model's replacement)` : '',
  ].filter(Boolean);
  return `### Fix with one command\n\n${parts.join('; ')}. Each edits the manifest in place and keeps its comments and layout.\n\n`;
}

// ---------------------------------------------------------------------------------------------
// The PR comment

/**
 * The sticky PR comment: the three facts, the stop-rule matrix, the call sites no route covers, the
 * other open findings grouped by route (new ones first and marked), the fix command, waived findings
 * folded away.
 */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const { fileUrl } = options;
  const facts = missingFacts(report);
  const uncovered = (report.callSites ?? []).filter((site) => site.route === null);
  const atUncovered = new Set(uncovered.map((site) => `${site.file}:${site.line}:${site.column}`));
  const findingAt = new Map(report.findings.filter(isOpen).map((finding) => [`${finding.file}:${finding.line}:${finding.column}`, finding]));
  // Findings the sections above already show: the three facts, and the undeclared calls.
  const others = report.findings.filter(
    (finding) => isOpen(finding) && !(finding.route !== null && FACT_RULES.has(finding.rule)) && !(finding.route === null && atUncovered.has(`${finding.file}:${finding.line}:${finding.column}`)),
  );
  const waived = report.findings.filter((finding) => !isOpen(finding));

  const sections: Section[] = [
    {
      head: `### Routes missing an owner, a billing trigger or a checked date\n\n${table(['Route', 'File', 'Missing'])}`,
      rows: facts.map((fact) => ({
        text: row([`${codeCell(fact.route)}${fact.findings.some((finding) => finding.new) ? ` ${NEW_MARK}` : ''}`, placeCell(fact.file, fact.line, fileUrl), fact.missing.join(', ')]),
        count: fact.findings.length,
      })),
      foot: '\n',
    },
    // A glance, not a list: the job summary holds every route's row.
    matrixSection(report, fileUrl, MATRIX_ROWS_IN_COMMENT),
    {
      head: `### Call sites no route covers\n\nImage-API calls in the source that no route of the manifests declares: declare a route for each (with \`code\` globs naming the file), or tie the call to one with an \`image-route: <route-id>\` comment.\n\n${table(CALL_SITE_HEADERS)}`,
      rows: [...uncovered]
        .sort((a, b) => Number(Boolean(findingAt.get(`${b.file}:${b.line}:${b.column}`)?.new)) - Number(Boolean(findingAt.get(`${a.file}:${a.line}:${a.column}`)?.new)))
        .map((site) => {
          const finding = findingAt.get(`${site.file}:${site.line}:${site.column}`);
          const [where, ...rest] = callSiteCells(site, fileUrl);
          return { text: row([`${newCell(finding)}${where}`, ...rest]), count: 1 };
        }),
      foot: '\n',
    },
    ...groupSections(others, report, fileUrl),
  ];
  const fixes = fixLine(report);
  const folded: Section = {
    head: `<details>\n<summary>${plural(waived.length, 'waived finding')}</summary>\n\n${table([...FINDING_HEADERS, 'Waived by', 'Reason', 'Expires'])}`,
    rows: waived.map((finding) => ({ text: row([...findingCells(finding, fileUrl), ...waiverCells(finding)]), count: 1 })),
    foot: '\n</details>\n\n',
  };

  return fitLayout(
    {
      top: `${COMMENT_MARKER}\n${heading(report)}`,
      sections: [...sections, folded],
      bottom: fixes + policyLines(report),
      more: (count) => `_${plural(count, 'more finding', 'more findings')}: see the job summary._\n\n`,
    },
    options.maxLength ?? MAX_COMMENT_LENGTH,
    (text) => text.length,
  );
}

/**
 * One section per route (and per file for findings of no route), those with new findings first: a
 * heading with the route's place, then its findings, new first, each at its linked line (with its
 * file when that is not the route's manifest, as for a call site).
 */
function groupSections(findings: readonly Finding[], report: Report, fileUrl: MarkdownOptions['fileUrl']): Section[] {
  // A route is its manifest and id (an id declared twice is two routes); a finding at a call site
  // belongs to the route it is tied to, declared first.
  const declared = new Map<string, RouteSummary>();
  for (const route of report.routes) if (!declared.has(route.id)) declared.set(route.id, route);
  const byPlace = new Map(report.routes.map((route) => [routeKey(route.file, route.id), route]));
  const manifests = new Set(report.manifests.map((manifest) => manifest.file));
  const routeOf = (finding: Finding): RouteSummary | undefined =>
    finding.route === null ? undefined : manifests.has(finding.file) ? byPlace.get(routeKey(finding.file, finding.route)) : declared.get(finding.route);
  const groups = groupBy(findings, (finding) => (finding.route === null ? `file\u0000${finding.file}` : `route\u0000${routeOf(finding)?.file ?? finding.file}\u0000${finding.route}`));
  const ordered = [...groups.values()].sort((a, b) => Number(b.some((finding) => finding.new)) - Number(a.some((finding) => finding.new)));
  return ordered.map((group, index) => {
    const first = group[0]!;
    const route = routeOf(first);
    const home = route?.file ?? first.file;
    const title = first.route === null ? cell(first.file) : `${codeCell(first.route)}${route ? ` · ${placeCell(route.file, route.line, fileUrl)}` : ''}`;
    return {
      head: `${index === 0 ? '### Findings by route\n\n' : ''}#### ${title}\n\n${table(['Severity', 'Rule', 'Line', 'Message'])}`,
      rows: newFirst(bySeverity(group)).map((finding) => ({
        text: row([`${newCell(finding)}${severityCell(finding.severity)}`, ruleCell(finding), lineCell(finding, finding.file === home ? undefined : finding.file, fileUrl), messageWithFix(finding)]),
        count: 1,
      })),
      foot: '\n',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The job summary

/** The job summary: the stop-rule matrix, every route with its status, every call site, every finding (new first), under 1 MiB. */
export function formatSummary(report: Report, options: SummaryOptions = {}): string {
  const { fileUrl } = options;
  const byRoute = groupBy(report.findings.filter(isOpen), (finding) => routeKey(finding.file, finding.route));
  const findings = [...newFirst(bySeverity(report.findings.filter(isOpen))), ...report.findings.filter((finding) => !isOpen(finding))];

  const sections: Section[] = [
    // Every route's row; the routes table below links each route's line.
    matrixSection(report, undefined),
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
      head: `### Findings (${report.findings.length})\n\n${table(FINDING_HEADERS)}`,
      rows: findings.map((finding) => {
        const cells = findingCells(finding, fileUrl);
        // Open is the rule here; a waived finding says so, with who waived it, until when and why.
        const waiver = finding.waiver;
        if (waiver) cells[cells.length - 1] += `<br>Waived by ${cell(waiver.owner)} until ${cell(waiver.expires)}: ${cell(waiver.reason)}`;
        return { text: row(cells), count: 1 };
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
