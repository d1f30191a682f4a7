import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'billing-trigger-missing',
    group: 'facts',
    fact: 'billing',
    description: 'The route does not say which event charges someone (`billing.trigger`).',
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    const trigger = route.billing?.trigger;
    if (!isMissing(trigger)) return [];
    return [
      {
        field: ['billing', 'trigger'],
        message: `${missingPhrase('billing.trigger', trigger)}: write the event that charges, such as "each generated image" or "after the $5 trial credit is used up"`,
      },
    ];
  },
});
