import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { isMissing, mayCarryUserData, missingPhrase, userDataPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'shared-key-user-data',
    group: 'claims',
    fact: 'dataTerms',
    description: 'The key is shared (`sharedKey: true`, no `keyOwner`, or an `unknown-wrapper`) and `userData` is true or unknown.',
    rationale: '"Reject shared-key flows for real user data. If you do not know whose key is being used, how prompts and images are logged, or whether users consented to the route, the issue becomes privacy, security, rights, and support risk."',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (!mayCarryUserData(route)) return [];
    // The finding sits on the fact that makes the key shared: that is what has to change.
    const shared: [field: string, why: string] | undefined =
      route.sharedKey === true
        ? ['sharedKey', '`sharedKey` is `true`']
        : route.kind === 'unknown-wrapper'
          ? ['kind', 'an `unknown-wrapper` route runs on a key nobody can vouch for']
          : isMissing(route.keyOwner)
            ? ['keyOwner', `${missingPhrase('keyOwner', route.keyOwner)}, so nobody can say whose key it is`]
            : undefined;
    if (!shared) return [];
    return [
      {
        field: [shared[0]],
        message: `${shared[1]}, and ${userDataPhrase(route.userData)}: real users' prompts and images must not go through a shared key; use a key your organisation owns (with \`keyOwner\` and \`sharedKey: false\`), or set \`userData: false\` if only test data is sent`,
      },
    ];
  },
});
