import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'support-owner-missing',
    group: 'production',
    fact: 'support',
    description: 'The route does not say who handles its failures (`support`).',
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage('error', 'error', 'warning', 'off'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (!isMissing(route.support)) return [];
    return [
      {
        field: ['support'],
        message: `${missingPhrase('support', route.support)}: name the team, on-call rotation, contact or vendor channel that handles the route's failures`,
      },
    ];
  },
});
