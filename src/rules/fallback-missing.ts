import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'fallback-missing',
    group: 'production',
    fact: 'fallback',
    description: 'The route has no fallback plan (`fallback` missing or `none`).',
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage('error', 'error', 'warning', 'off'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (!isMissing(route.fallback, true)) return [];
    return [
      {
        field: ['fallback'],
        message: `${missingPhrase('fallback', route.fallback, true)}: name another declared route as \`route:<id>\`, or describe the plan in words ("queue and retry for 24 hours")`,
      },
    ];
  },
});
