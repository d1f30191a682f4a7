// Shared wording for findings at call sites: what the scan saw, in a few words.
import type { TiedCallSite } from '../scan/types.js';
import { describeValue } from '../text/words.js';

/** "`images.generate` of openai with model `dall-e-3`". */
export function describeCall(site: TiedCallSite): string {
  const model = site.model === null ? 'no model the file shows' : `model ${describeValue(site.model)}`;
  return `\`${site.api}\` of ${site.provider} with ${model}`;
}
