import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'unknown-wrapper',
    group: 'kinds',
    fact: 'keyOwner',
    description: 'The route is an `unknown-wrapper`: its owner, key or terms are not shown.',
    rationale: 'No-login sites are safe "only if they disclose route owner, key handling, limits, billing trigger, data terms, and support path. If those pieces are missing, reject them for production and sensitive prompts."',
    defaults: perStage('error', 'error', 'error', 'warning'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (route.kind !== 'unknown-wrapper') return [];
    return [
      {
        field: ['kind'],
        message: 'an `unknown-wrapper` route hides who owns the key, who pays and which terms apply: replace it with an `official-api`, `provider-paid` or `user-pays` route, or, if its owner and terms are now known, declare it as that kind',
      },
    ];
  },
});
