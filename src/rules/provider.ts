// A route's `provider`, read through the provider catalog's names: `OpenAI`, `openai` and
// `Azure OpenAI` each resolve to their id. A provider the catalog does not know is allowed; the
// messages of the rules that depend on it say so.
import type { ProviderCatalog, ProviderEntry } from '../catalog/providers.js';
import type { Route } from '../manifest/schema.js';
import { describeValue, suggest } from '../text/words.js';
import { isMissing } from './fields.js';

export interface RouteProvider {
  /** The provider as written, trimmed; undefined when missing. */
  written?: string;
  /** The catalog entry the name resolves to. */
  entry?: ProviderEntry;
  /** The key models are filed under: the catalog id, else the written name normalised (a policy's `models:` may name a provider the catalog does not know). */
  id?: string;
}

export function routeProvider(route: Route, providers: ProviderCatalog): RouteProvider {
  if (isMissing(route.provider)) return {};
  const written = route.provider!.trim();
  return { written, entry: providers.resolve(written), id: providers.idOf(written) };
}

/** "provider `acme` is not in the provider catalog (did you mean `fal`?); add it under the policy's `providers:`". */
export function unknownProviderPhrase(written: string, providers: ProviderCatalog): string {
  const named = providers.namedEntries();
  const guess = suggest(written, named.map(([name]) => name));
  const hint = guess ? ` (did you mean \`${named.find(([name]) => name === guess)![1].id}\`?)` : '';
  return `\`provider\` ${describeValue(written)} is not in the provider catalog${hint}; if it is right, add it under the policy's \`providers:\``;
}

/** The vendor's display name for messages ("OpenAI"), or the id when the catalog does not know it. */
export function vendorName(providers: ProviderCatalog, id: string): string {
  return providers.get(id)?.name ?? id;
}
