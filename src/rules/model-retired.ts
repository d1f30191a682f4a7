import * as z from 'zod';
import { lifecycleOn, replacementsOf, type ModelEntry } from '../catalog/models.js';
import type { ProviderCatalog } from '../catalog/providers.js';
import { perStage } from '../policy/severity.js';
import { addDays } from '../text/dates.js';
import { describeValue } from '../text/words.js';
import { routeProvider, vendorName } from './provider.js';
import { defineRule, type Violation } from './types.js';

/** "OpenAI advises `gpt-image-2.6-sunburst` or `gpt-image-2.6-flare` (https://…)". */
function advice(entry: ModelEntry, providers: ProviderCatalog): string {
  const vendor = vendorName(providers, entry.provider);
  const replacements = replacementsOf(entry);
  const source = entry.source ? ` (${entry.source})` : '';
  if (replacements.length === 0) return `${vendor} names no replacement${source}: move to an active model (\`image-route-policy models ${entry.provider}\` lists them)`;
  const list = replacements.map((id) => `\`${id}\``);
  const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
  return `${vendor} advises moving to ${joined}${source}`;
}

export default defineRule({
  meta: {
    id: 'model-retired',
    group: 'production',
    fact: 'model',
    description: 'The model catalog marks `model` (or `aliasOf`) as deprecated or shutting down within `warnDays` (warning), or shut down as of today (error), for the route\'s provider.',
    rationale: '"First, confirm the model name": a retired model id fails every call, with no automatic upgrade.',
    defaults: perStage('error', 'error', 'warning', 'notice'),
    options: z.strictObject({
      warnDays: z.int().min(0).max(3650).default(90).meta({ description: 'Warn this many days before an announced shutdown day, even while the catalog still says `active`.' }),
    }),
  },
  checkRoute({ route, catalog, providers, today, options }) {
    const provider = routeProvider(route, providers).id;
    // Both `model` and `aliasOf` are judged; the worse finding is reported (a shut-down model before a deprecated alias target).
    let worst: Violation | undefined;
    for (const field of ['model', 'aliasOf'] as const) {
      const name = route[field]?.trim();
      const entry = name ? catalog.lookup(name, provider)?.entry : undefined;
      if (!name || !entry) continue;
      const state = lifecycleOn(entry, today);
      const soon = state === 'active' && entry.shutdown && entry.shutdown <= addDays(today, options.warnDays);
      if (state === 'active' && !soon) continue;
      const own = entry.id === name ? `\`${entry.id}\`` : `${describeValue(name)} (\`${entry.id}\`)`;
      // One advised replacement is a suggestion `fix --suggestions` can write (two leave the choice to a person).
      const [only, ...more] = replacementsOf(entry);
      const suggest = only && more.length === 0 ? { value: only, description: `replace \`${name}\` with \`${only}\`, which ${vendorName(providers, entry.provider)} advises` } : undefined;
      if (state === 'shutdown') {
        return [{ field: [field], message: `${own} was shut down${entry.shutdown ? ` on ${entry.shutdown}` : ''} and no longer answers; ${advice(entry, providers)}`, ...(suggest ? { suggest } : {}) }];
      }
      worst ??= {
        field: [field],
        ...(suggest ? { suggest } : {}),
        severity: 'warning',
        message: `${own} ${state === 'deprecated' ? 'is deprecated' : 'is scheduled to retire'}${entry.shutdown ? ` and shuts down on ${entry.shutdown}` : ' (no shutdown day announced yet)'}; ${advice(entry, providers)}`,
      };
    }
    return worst ? [worst] : [];
  },
});
