import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { missingPhrase, productionLikePhrase, stateOf } from './fields.js';
import { defineRule, type Violation } from './types.js';

export default defineRule({
  meta: {
    id: 'app-access-as-api',
    group: 'kinds',
    description: 'An `app-access` route is used like an API: in a production-like stage, with an `endpoint`, or with a `secretRef` other than `none`.',
    rationale: '"ChatGPT access is not API credit": app success does not prove deployable API capacity.',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkRoute({ route, productionLike }) {
    if (route.kind !== 'app-access') return [];
    const found: Violation[] = [];
    const instead = 'for backend calls declare an `official-api` (or `provider-paid`) route with its own key and billing';
    if (productionLike) {
      found.push({ field: ['stage'], message: `an \`app-access\` route is a person's app quota, not an API, and ${productionLikePhrase(route.stage)}: use it only in \`demo\` or \`exploration\`; ${instead}` });
    }
    if (route.endpoint !== undefined) {
      found.push({ field: ['endpoint'], message: `an \`app-access\` route has no API \`endpoint\`: remove \`endpoint\`; ${instead}` });
    }
    // `unknown` is not "no key": only `none` (or no `secretRef`) says the route holds none.
    const ref = stateOf(route.secretRef, true);
    if (ref === 'present' || ref === 'unknown') {
      found.push({ field: ['secretRef'], message: `an \`app-access\` route has no API key, yet ${missingPhrase('secretRef', route.secretRef)}: write \`secretRef: none\`; ${instead}` });
    }
    return found;
  },
});
