// The stale-date tracking issue: a table of the routes to re-check, each with its file linked at
// the line, owner, checked date and the day it goes stale, and a mermaid `gantt` chart of the coming
// dates. Pure and deterministic, so an unchanged list gives a byte-identical body (and no edit).
import { markdownCode, markdownText, markdownUrl } from './escape.js';
import type { Report } from './schema.js';
import type { StaleReason, StaleRoute } from './stale.js';

export const STALE_MARKER = '<!-- image-route-policy:stale -->';

const REASONS: Record<StaleReason, string> = {
  'no-checked-date': 'no valid checked date',
  stale: 'stale',
  'goes-stale': 'goes stale soon',
  'trial-ended': 'trial ended',
  'trial-ends': 'trial ends soon',
};

export interface StaleIssueOptions {
  withinDays: number;
  /** Link for a place in the repository (a blob URL on the default branch). */
  fileUrl?: (file: string, line: number) => string | undefined;
}

export interface StaleIssue {
  title: string;
  body: string;
}

/** What the CLI and the job summary say when no route needs re-checking. */
export function formatNothingStale(today: string, withinDays: number): string {
  return `No route is stale or goes stale within ${withinDays} days of ${today}.\n`;
}

export function staleReasonText(route: StaleRoute): string {
  return route.reasons.map((reason) => REASONS[reason]).join(', ');
}

export function formatStaleIssue(report: Report, routes: readonly StaleRoute[], options: StaleIssueOptions): StaleIssue {
  const staleNow = routes.filter((route) => route.reasons.some((reason) => reason === 'stale' || reason === 'no-checked-date' || reason === 'trial-ended')).length;
  const title = `Image routes: ${routes.length} route${routes.length === 1 ? '' : 's'} to re-check (${staleNow} stale now)`;
  const rows = routes.map((route) => {
    const where = `${route.file}:${route.line}`;
    const url = options.fileUrl?.(route.file, route.line);
    const link = url && markdownUrl(url) ? `[${markdownText(where)}](${markdownUrl(url)})` : markdownText(where);
    return `| ${markdownCode(route.id)} | ${link} | ${route.keyOwner ? markdownText(route.keyOwner, { maxChars: 200 }) : '—'} | ${route.checked ?? '—'} | ${route.staleOn ?? 'now'} | ${route.trialEnds ?? '—'} | ${staleReasonText(route)} |`;
  });
  const body = [
    STALE_MARKER,
    `## Image routes to re-check`,
    '',
    `As of ${report.today}, these routes are stale or go stale within ${options.withinDays} days: verify each route's owner, billing, limits and terms, then update its \`checked\` date. This issue is kept up to date by image-route-policy and closes itself when no route is left.`,
    '',
    '| Route | File | Owner | Checked | Goes stale on | Trial ends | Why |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...touchCommands(routes),
    ...ganttChart(report.today, routes),
  ].join('\n');
  return { title, body: `${body}\n` };
}

/** The route names `touch` takes: the id, or FILE:ID where two manifests use the same id. */
export function touchNames(routes: readonly StaleRoute[]): string[] {
  const files = new Map<string, Set<string>>();
  for (const route of routes) files.set(route.id, (files.get(route.id) ?? new Set()).add(route.file));
  return routes.map((route) => (files.get(route.id)!.size > 1 ? `${route.file}:${route.id}` : route.id));
}

/** Per key owner, the command that records a re-verification (the loop this issue asks to close). */
function touchCommands(routes: readonly StaleRoute[]): string[] {
  const names = touchNames(routes);
  const byOwner = new Map<string, string[]>();
  routes.forEach((route, index) => {
    const owner = route.keyOwner ?? '';
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), names[index]!]);
  });
  const lines = ['### After re-verifying', '', 'Once the facts are verified again, the owner records it in the manifest (comments and layout are kept; add `--tested` after an end-to-end test):', ''];
  for (const [owner, ids] of [...byOwner].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(`- ${owner ? markdownText(owner, { maxChars: 200 }) : 'No key owner recorded'}: ${markdownCode(`image-route-policy touch ${ids.join(' ')}`, { maxChars: 2000 })}`);
  }
  return [...lines, ''];
}

/** Mermaid gantt of the coming stale dates. Only route ids (`[a-z0-9-]`) and dates go into it. */
function ganttChart(today: string, routes: readonly StaleRoute[]): string[] {
  const dated = routes.filter((route) => route.checked && route.staleOn);
  if (dated.length === 0) return [];
  const lines = ['```mermaid', 'gantt', '  title Checked dates and when they go stale', '  dateFormat YYYY-MM-DD', `  todayMarker on`, '  section Routes'];
  for (const route of dated) {
    const id = route.id.replace(/[^a-z0-9-]/g, '');
    const state = route.staleOn! <= today ? 'crit, ' : '';
    lines.push(`  ${id} :${state}${id}, ${route.checked}, ${route.staleOn}`);
  }
  lines.push('```');
  return lines;
}

export function formatStaleClosing(today: string): string {
  return `No route is stale or goes stale soon as of ${today}: closing this issue. image-route-policy reopens a new one when a checked date needs attention again.`;
}
