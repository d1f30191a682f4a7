import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { mayCarryUserData, missingPhrase, userDataPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'user-pays-consent-missing',
    group: 'kinds',
    fact: 'billing',
    description: 'A `user-pays` route may carry user data (`userData` true or unknown) and `consent` is not `obtained`.',
    rationale: 'User-pays "reduces your central API bill but changes onboarding, privacy copy, abuse controls, and support"; reject flows where you do not know "whether users consented to the route".',
    defaults: perStage('error', 'error', 'warning', 'notice'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (route.kind !== 'user-pays' || !mayCarryUserData(route) || route.consent === 'obtained') return [];
    const consent = route.consent === 'not-required' ? '`consent` is `not-required`' : missingPhrase('consent', route.consent);
    return [
      {
        field: ['consent'],
        message: `${consent} while ${userDataPhrase(route.userData)} on a \`user-pays\` route: obtain users' consent to the route and write \`consent: obtained\`, or set \`userData: false\` if no real user data is sent`,
      },
    ];
  },
});
