import * as z from 'zod';
import type { Route } from '../manifest/schema.js';
import { perStage } from '../policy/severity.js';
import { addDays, isCalendarDate } from '../text/dates.js';
import { VOLATILE_KINDS } from './fields.js';
import { defineRule } from './types.js';

const options = z.strictObject({
  maxAgeDays: z.int().min(1).max(3650).default(90),
  volatileMaxAgeDays: z.int().min(1).max(3650).default(30),
});
type Options = z.infer<typeof options>;

function maxAge(route: Route, { maxAgeDays, volatileMaxAgeDays }: Options): number {
  return VOLATILE_KINDS.has(route.kind) ? volatileMaxAgeDays : maxAgeDays;
}

/** The first day on which the route's `checked` date counts as stale; undefined without a valid date. */
export function staleOn(route: Route, settings: Options): string | undefined {
  if (!route.checked || !isCalendarDate(route.checked)) return undefined;
  return addDays(route.checked, maxAge(route, settings) + 1);
}

export default defineRule({
  meta: {
    id: 'checked-date-stale',
    group: 'freshness',
    fact: 'checked',
    description: '`checked` is older than `maxAgeDays` (90), or `volatileMaxAgeDays` (30) for trials, playgrounds, app access and wrappers.',
    rationale: '"Treat today\'s route evidence as current evidence, not a permanent promise."',
    defaults: perStage('warning', 'warning', 'warning', 'notice'),
    options,
  },
  checkRoute({ route, options: settings, today }) {
    const stale = staleOn(route, settings);
    if (!stale || today < stale) return [];
    const days = maxAge(route, settings);
    const volatile = VOLATILE_KINDS.has(route.kind) ? ` for a route of kind \`${route.kind}\`` : '';
    return [
      {
        field: ['checked'],
        message: `the route was last checked on ${route.checked}, more than ${days} days ago${volatile} (stale since ${stale}): verify its owner, billing, limits and terms again and update \`checked\``,
      },
    ];
  },
});
