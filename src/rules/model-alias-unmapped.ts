import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { describeValue } from '../text/words.js';
import { isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'model-alias-unmapped',
    group: 'production',
    description: '`model` is not a canonical catalog id and `aliasOf` is missing; on `official-api`, `model` is not a canonical id or snapshot of that provider.',
    rationale: '"First, confirm the model name. If the route does not name gpt-image-2, it may be a different model or a provider alias."',
    defaults: perStage('error', 'error', 'warning', 'notice'),
    options: z.strictObject({}),
  },
  checkRoute({ route, catalog }) {
    const model = route.model;
    // A route without a model is `model-unnamed`'s finding.
    if (model === undefined || isMissing(model)) return [];
    const match = catalog.lookup(model);
    const canonical = catalog.isCanonical(model);
    if (route.kind === 'official-api') {
      // The vendor's own API has no aliases; without a `provider` the catalog's OpenAI entries apply.
      const written = isMissing(route.provider) ? 'openai' : route.provider!.trim();
      // Compared lower-cased, quoted as written: a lower-cased key would escape redaction.
      const provider = written.toLowerCase();
      if (canonical && match!.entry.provider.toLowerCase() === provider) return [];
      const why = !match
        ? 'is not in the model catalog'
        : canonical
          ? `is a model of \`${match.entry.provider}\`, not of ${describeValue(written)}`
          : `is an alias of \`${match.entry.id}\`, not a canonical id`;
      const instead = match && !canonical ? `write \`model: ${match.entry.id}\`` : 'write the vendor\'s canonical model id or a dated snapshot (such as `gpt-image-2`), or add the model to the policy\'s `models:`';
      return [{ field: ['model'], message: `\`model\` ${describeValue(model)} ${why}, and an \`official-api\` route calls the vendor's own ids (\`aliasOf\` does not change that): ${instead}` }];
    }
    if (canonical || !isMissing(route.aliasOf)) return [];
    const instead = match ? `add \`aliasOf: ${match.entry.id}\`` : 'add `aliasOf` with the canonical id it stands for (such as `aliasOf: gpt-image-2`)';
    const what = match ? `a known alias of \`${match.entry.id}\`` : 'not a canonical id of the model catalog';
    return [{ field: ['model'], message: `\`model\` ${describeValue(model)} is ${what} and ${missingPhrase('aliasOf', route.aliasOf)}: ${instead}` }];
  },
});
