import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { addDays, daysBetween } from '../text/dates.js';
import { dayCount } from './fields.js';
import { defineRule } from './types.js';

const options = z.strictObject({
  warnDays: z.int().min(0).max(365).default(14),
});

export default defineRule({
  meta: {
    id: 'trial-expiring',
    group: 'kinds',
    description: '`billing.trialEnds` has passed (error), or falls within `warnDays` days of today (warning).',
    rationale: 'The question is "free until what event, under whose terms, and with what support path?"',
    defaults: perStage('error', 'error', 'error', 'warning'),
    options,
  },
  checkRoute({ route, options: { warnDays }, today }) {
    const ends = route.billing?.trialEnds;
    if (!ends || ends > addDays(today, warnDays)) return [];
    const instead = 'move the route to a paid account (`provider-paid`, `official-api`) or a `user-pays` route, or retire it, and update `billing`';
    if (ends < today) {
      return [{ field: ['billing', 'trialEnds'], message: `the trial ended on ${ends}, ${dayCount(daysBetween(ends, today))} ago, so calls now fail or are charged: ${instead}` }];
    }
    const when = ends === today ? 'today' : `in ${dayCount(daysBetween(today, ends))}`;
    return [{ field: ['billing', 'trialEnds'], severity: 'warning', message: `the trial ends on ${ends}, ${when}: ${instead} before then` }];
  },
});
