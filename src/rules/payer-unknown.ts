import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'payer-unknown',
    group: 'production',
    fact: 'billing',
    description: 'The route does not say who pays (`billing.payer`).',
    rationale: '"Second, identify the payer."',
    defaults: perStage('error', 'error', 'warning', 'notice'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    const payer = route.billing?.payer;
    if (!isMissing(payer)) return [];
    return [
      {
        field: ['billing', 'payer'],
        message: `${missingPhrase('billing.payer', payer)}: write who pays, \`our-account\`, \`end-user\`, \`provider-credit\` or \`app-quota\``,
      },
    ];
  },
});
