// The stale-date sweep: which routes are stale today or go stale (or end their trial) soon. Pure,
// computed from a report, so the CLI's `stale` and the Action's tracking issue agree.
import type { Report, RouteSummary } from './schema.js';
import { addDays } from '../text/dates.js';
import { compareText } from '../text/paths.js';

export interface StaleRoute {
  id: string;
  file: string;
  line: number;
  keyOwner: string | null;
  checked: string | null;
  /** The day the checked date goes (or went) stale; null without a valid `checked`. */
  staleOn: string | null;
  trialEnds: string | null;
  /** Why the route is listed, most urgent first. */
  reasons: StaleReason[];
}

export type StaleReason = 'no-checked-date' | 'stale' | 'goes-stale' | 'trial-ended' | 'trial-ends';

export function staleRoutes(report: Report, withinDays: number): StaleRoute[] {
  const horizon = addDays(report.today, withinDays);
  const listed: StaleRoute[] = [];
  for (const route of report.routes) {
    const reasons = reasonsFor(route, report.today, horizon);
    if (reasons.length === 0) continue;
    listed.push({
      id: route.id,
      file: route.file,
      line: route.line,
      keyOwner: route.keyOwner,
      checked: route.checked,
      staleOn: route.staleOn,
      trialEnds: route.trialEnds,
      reasons,
    });
  }
  // Soonest first; routes without a date lead, since they are stale already.
  return listed.sort((a, b) => compareText(a.staleOn ?? '', b.staleOn ?? '') || compareText(a.id, b.id));
}

function reasonsFor(route: RouteSummary, today: string, horizon: string): StaleReason[] {
  const reasons: StaleReason[] = [];
  if (!route.staleOn) reasons.push('no-checked-date');
  else if (route.staleOn <= today) reasons.push('stale');
  else if (route.staleOn <= horizon) reasons.push('goes-stale');
  if (route.trialEnds && route.trialEnds < today) reasons.push('trial-ended');
  else if (route.trialEnds && route.trialEnds <= horizon) reasons.push('trial-ends');
  return reasons;
}
