import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'limit-missing',
    group: 'production',
    fact: 'limits',
    description: 'The route does not state the rate or quota limits that apply (`limits`).',
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage('error', 'error', 'warning', 'off'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (!isMissing(route.limits)) return [];
    return [
      {
        field: ['limits'],
        message: `${missingPhrase('limits', route.limits)}: write the rate or quota limits that apply, such as "Tier 3: 50 images/min" or a list of them`,
      },
    ];
  },
});
