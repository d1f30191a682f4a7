import * as z from 'zod';
import type { Route } from '../manifest/schema.js';
import { perStage } from '../policy/severity.js';
import { isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

/** Kinds where a third party decides whether failed calls are charged. */
const THIRD_PARTY_KINDS: ReadonlySet<Route['kind']> = new Set(['provider-trial', 'provider-paid', 'unknown-wrapper']);

export default defineRule({
  meta: {
    id: 'failure-billing-unknown',
    group: 'kinds',
    fact: 'billing',
    description: 'A `provider-trial`, `provider-paid` or `unknown-wrapper` route does not say whether failed calls are charged (`billing.failureBilling`).',
    rationale: 'A provider trial "becomes risky when the provider hides failure charging, data retention, support, or fallback options."',
    defaults: perStage('error', 'error', 'warning', 'off'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    const failureBilling = route.billing?.failureBilling;
    if (!THIRD_PARTY_KINDS.has(route.kind) || !isMissing(failureBilling)) return [];
    return [
      {
        field: ['billing', 'failureBilling'],
        message: `${missingPhrase('billing.failureBilling', failureBilling)} on a route of kind \`${route.kind}\`: read the provider's terms and write \`not-charged\`, \`charged\` or \`partial\``,
      },
    ];
  },
});
