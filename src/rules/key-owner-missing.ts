import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'key-owner-missing',
    group: 'facts',
    fact: 'keyOwner',
    description: 'The route does not name who owns its API key or account (`keyOwner`).',
    rationale: 'Do not ship a route "if you cannot identify the key owner".',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (!isMissing(route.keyOwner)) return [];
    return [
      {
        field: ['keyOwner'],
        message: `${missingPhrase('keyOwner', route.keyOwner)}: name the team, person or organisation that owns the key (\`end-user\` for user-pays routes)`,
      },
    ];
  },
});
