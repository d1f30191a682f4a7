import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { describeValue } from '../text/words.js';
import { saysFree } from './claim-lexicon.js';
import { claimTexts, isMissing, listWording, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'free-label-unqualified',
    group: 'claims',
    fact: 'billing',
    description: 'A label or claim says free/gratis/gratuito/sin costo while `billing.payer` or `billing.trigger` is missing.',
    rationale: 'The question is not only "is the first image free?" It is "free until what event, under whose terms, and with what support path?"',
    defaults: perStage('error', 'error', 'warning', 'notice'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    // Most routes have no label or claim: nothing to word then.
    if (!route.labels?.length && !route.claims?.length) return [];
    const { payer, trigger } = route.billing ?? {};
    const gaps = [
      isMissing(payer) && missingPhrase('billing.payer', payer),
      isMissing(trigger) && missingPhrase('billing.trigger', trigger),
    ].filter((gap): gap is string => typeof gap === 'string');
    if (gaps.length === 0) return [];
    return claimTexts(route)
      .filter(({ text }) => saysFree(text))
      .map(({ text, field }) => ({
        field,
        message: `${describeValue(text)} calls the route free, but ${listWording(gaps)}: say who pays and which event ends the free use (\`billing.payer\`, \`billing.trigger\`), or remove the word`,
      }));
  },
});
