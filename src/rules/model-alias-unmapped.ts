import * as z from 'zod';
import type { ModelCatalog, ModelEntry } from '../catalog/models.js';
import { perStage } from '../policy/severity.js';
import { describeValue } from '../text/words.js';
import { isMissing, missingPhrase } from './fields.js';
import { routeProvider, unknownProviderPhrase, vendorName } from './provider.js';
import { defineRule, type Violation } from './types.js';

/** Two names stand for one model when they resolve to the same id (OpenAI's and Azure's `gpt-image-1` are one model). */
function sameModel(a: ModelEntry, b: ModelEntry): boolean {
  return a.id === b.id;
}

function aliasOfViolation(catalog: ModelCatalog, model: string, aliasOf: string, mapped: ModelEntry | undefined, provider: string | undefined): Violation | undefined {
  const target = catalog.lookup(aliasOf, provider);
  if (!target) {
    return { field: ['aliasOf'], message: `\`aliasOf\` ${describeValue(aliasOf)} names no model of the catalog: write the canonical id ${describeValue(model)} stands for, or add that model to the policy's \`models:\`` };
  }
  if (target.via === 'alias') {
    return { field: ['aliasOf'], message: `\`aliasOf\` ${describeValue(aliasOf)} is itself an alias of \`${target.entry.id}\`: write \`aliasOf: ${target.entry.id}\`` };
  }
  if (mapped && !sameModel(mapped, target.entry)) {
    return { field: ['aliasOf'], message: `\`aliasOf: ${target.entry.id}\` contradicts the model catalog, where ${describeValue(model)} is \`${mapped.id}\`: write \`aliasOf: ${mapped.id}\`, or remove \`aliasOf\` (a known id maps by itself)` };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'model-alias-unmapped',
    group: 'production',
    fact: 'model',
    description: '`model` is neither a canonical id, a snapshot nor a known alias of the model catalog and `aliasOf` is missing, or `aliasOf` contradicts the catalog; on `official-api`, `model` is not a canonical id or snapshot of the route\'s provider.',
    rationale: '"First, confirm the model name. If the route does not name gpt-image-2, it may be a different model or a provider alias."',
    defaults: perStage('error', 'error', 'warning', 'notice'),
    options: z.strictObject({}),
  },
  checkRoute({ route, catalog, providers }) {
    const model = route.model;
    // A route without a model is `model-unnamed`'s finding.
    if (model === undefined || isMissing(model)) return [];
    const { written, entry: provider, id: providerKey } = routeProvider(route, providers);
    const unknownProvider = written !== undefined && !provider ? `; ${unknownProviderPhrase(written, providers)}` : '';

    if (route.kind === 'official-api') {
      // The vendor's own API has no aliases. Without a `provider`, the catalog's OpenAI ids apply.
      const providerId = providerKey ?? 'openai';
      const match = catalog.lookup(model, providerId);
      if (match?.ownId) return [];
      const whose = provider || written === undefined ? vendorName(providers, providerId) : describeValue(written);
      const why = !match
        ? 'is not in the model catalog'
        : match.via === 'alias'
          ? `is an id other platforms use for \`${match.entry.id}\`, not ${whose}'s own id`
          : `is a model of ${vendorName(providers, match.entry.provider)}, not of ${whose}`;
      // Only a catalog id is quoted in the command: a name the catalog does not know is quoted as written, above.
      const listing = provider || written === undefined ? `image-route-policy models ${providerId}` : 'image-route-policy models';
      const instead =
        match && match.via === 'alias'
          ? `write \`model: ${match.entry.id}\``
          : `write ${whose}'s canonical model id or a dated snapshot (\`${listing}\` lists them), or add the model to the policy's \`models:\``;
      return [{ field: ['model'], message: `\`model\` ${describeValue(model)} ${why}, and an \`official-api\` route calls the vendor's own ids (\`aliasOf\` does not change that): ${instead}${unknownProvider}` }];
    }

    const match = catalog.lookup(model, providerKey);
    if (!isMissing(route.aliasOf)) {
      const violation = aliasOfViolation(catalog, model, route.aliasOf!.trim(), match?.entry, providerKey);
      return violation ? [{ ...violation, message: violation.message + unknownProvider }] : [];
    }
    if (match) return [];
    return [
      {
        field: ['model'],
        message: `\`model\` ${describeValue(model)} is neither a canonical id, a snapshot nor a known alias of the model catalog, and ${missingPhrase('aliasOf', route.aliasOf)}: add \`aliasOf\` with the canonical id it stands for (such as \`aliasOf: gpt-image-2\`), or add the model to the policy's \`models:\`${unknownProvider}`,
      },
    ];
  },
});
