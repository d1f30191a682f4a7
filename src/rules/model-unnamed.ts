import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'model-unnamed',
    group: 'production',
    fact: 'model',
    description: 'The route does not name the model it calls (`model`).',
    rationale: '"First, confirm the model name."',
    defaults: perStage('error', 'error', 'warning', 'notice'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (!isMissing(route.model)) return [];
    return [
      {
        field: ['model'],
        message: `${missingPhrase('model', route.model)}: write the model id exactly as the route calls it (\`gpt-image-2\`, a provider alias or a deployment name)`,
      },
    ];
  },
});
