import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { productionLikePhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'playground-in-production',
    group: 'kinds',
    description: 'A `browser-playground` route is in a production-like stage.',
    rationale: 'A browser test "can save time before developers build key management, storage, and retries"; keep the boundary clear: "it is not official OpenAI API credit".',
    defaults: perStage('error', 'error', 'off', 'off'),
    options: z.strictObject({}),
  },
  checkRoute({ route, productionLike }) {
    if (route.kind !== 'browser-playground' || !productionLike) return [];
    return [
      {
        field: ['stage'],
        message: `a \`browser-playground\` route is for prompt tests, and ${productionLikePhrase(route.stage)}: move it to \`demo\` or \`exploration\`, and serve the product through an \`official-api\`, \`provider-paid\` or \`user-pays\` route`,
      },
    ];
  },
});
