import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { describeValue } from '../text/words.js';
import { saysFree } from './claim-lexicon.js';
import { claimTexts, isMissing, missingPhrase } from './fields.js';
import { routeProvider, unknownProviderPhrase } from './provider.js';
import { defineRule, type RouteContext, type Violation } from './types.js';

/** The fields that make an `official-api` route read as free, each with what to write instead. */
function freeSignals(route: RouteContext<unknown>['route']): { field: Violation['field']; what: string; instead: string }[] {
  const found: { field: Violation['field']; what: string; instead: string }[] = [];
  const billing = route.billing;
  if (billing?.payer !== 'our-account') {
    const payer = isMissing(billing?.payer) ? missingPhrase('billing.payer', billing?.payer) : `\`billing.payer\` is \`${billing!.payer}\``;
    found.push({ field: ['billing', 'payer'], what: payer, instead: 'write `payer: our-account`, or declare the route as the kind it really is' });
  }
  if (billing?.unit === 'none') found.push({ field: ['billing', 'unit'], what: '`billing.unit` is `none`', instead: 'write the price unit (`token` for GPT Image models)' });
  if (billing?.trialEnds !== undefined) {
    found.push({ field: ['billing', 'trialEnds'], what: '`billing.trialEnds` is set', instead: 'remove `trialEnds`, or declare a `provider-trial` route for the trial' });
  }
  for (const { text, field } of claimTexts(route)) {
    if (saysFree(text)) found.push({ field, what: `${describeValue(text)} calls the route free`, instead: 'remove the word, or label the route with what it costs' });
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'official-api-not-free',
    group: 'kinds',
    fact: 'billing',
    description: "An `official-api` route is described as free (payer not `our-account`, unit `none`, a `trialEnds`, a free/gratis label) while the provider catalog records no free tier for the provider's image models; where the vendor has one, the route must state its terms.",
    rationale: '"Do not plan around an official free OpenAI API key for gpt-image-2": the official API means your account pays.',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkRoute({ route, providers }) {
    if (route.kind !== 'official-api') return [];
    const signals = freeSignals(route);
    if (signals.length === 0) return [];
    const { written, entry } = routeProvider(route, providers);
    // Without a provider, an official API route is judged as OpenAI's (the article's case).
    const provider = entry ?? (written === undefined ? providers.get('openai') : undefined);
    const tier = provider?.freeTier;
    if (provider && tier && (tier.images === 'free-tier' || tier.images === 'credits')) {
      // The vendor offers something free: ask for the facts that say what ends it, do not call the route false.
      const missing = [
        isMissing(route.billing?.trigger) ? '`billing.trigger` (the event that starts charging)' : '',
        isMissing(route.limits) ? '`limits` (the free allowance)' : '',
        isMissing(route.dataTerms) ? '`dataTerms` (the terms the free use falls under)' : '',
      ].filter(Boolean);
      if (missing.length === 0) return [];
      const first = signals[0]!;
      return [
        {
          field: first.field,
          severity: 'warning',
          message: `${first.what}: ${provider.name}'s official API has ${tier.images === 'credits' ? 'free credits' : 'a free tier'} for some image use ("${tier.summary}", ${tier.source ?? 'policy'}), so a free route may be real, but it must say what ends it: write ${missing.join(', ')}`,
        },
      ];
    }
    const why = provider
      ? tier?.images === 'none'
        ? `${provider.name}'s official API has no free tier for image models (${tier.source ?? 'policy'})`
        : `the provider catalog records no free tier for ${provider.name}'s image models, so the route is taken to be paid by your account (if ${provider.name} has one, record it under the policy's \`providers:\`)`
      : `${unknownProviderPhrase(written!, providers)}; without a recorded free tier its official API is taken to be paid by your account`;
    return signals.map(({ field, what, instead }) => ({ field, message: `${what}, but ${why}: ${instead}` }));
  },
});
