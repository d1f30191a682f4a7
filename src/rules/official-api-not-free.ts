import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { describeValue } from '../text/words.js';
import { saysFree } from './claim-lexicon.js';
import { claimTexts, isMissing, missingPhrase } from './fields.js';
import { defineRule, type Violation } from './types.js';

export default defineRule({
  meta: {
    id: 'official-api-not-free',
    group: 'kinds',
    description: 'An `official-api` route is described as free: payer not `our-account`, unit `none`, a `trialEnds`, or a free/gratis label.',
    rationale: '"Do not plan around an official free OpenAI API key for gpt-image-2": the official API means your account pays.',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (route.kind !== 'official-api') return [];
    const found: Violation[] = [];
    const billing = route.billing;
    const paid = 'the official API has no free tier (your account pays)';
    if (billing?.payer !== 'our-account') {
      const payer = isMissing(billing?.payer) ? missingPhrase('billing.payer', billing?.payer) : `\`billing.payer\` is \`${billing!.payer}\``;
      found.push({ field: ['billing', 'payer'], message: `${payer}, but ${paid}: write \`payer: our-account\`, or declare the route as the kind it really is` });
    }
    if (billing?.unit === 'none') {
      found.push({ field: ['billing', 'unit'], message: `\`billing.unit\` is \`none\`, but ${paid}: write the price unit (\`token\` for GPT Image models)` });
    }
    if (billing?.trialEnds !== undefined) {
      found.push({ field: ['billing', 'trialEnds'], message: `\`billing.trialEnds\` is set, but ${paid} and has no trial: remove \`trialEnds\`, or declare a \`provider-trial\` route for the trial` });
    }
    for (const { text, field } of claimTexts(route)) {
      if (!saysFree(text)) continue;
      found.push({ field, message: `${describeValue(text)} calls the route free, but ${paid}: remove the word, or label the route with what it costs` });
    }
    return found;
  },
});
