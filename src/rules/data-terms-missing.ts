import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { describeValue } from '../text/words.js';
import { isHttpUrl, isMissing, missingPhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'data-terms-missing',
    group: 'production',
    fact: 'dataTerms',
    description: '`dataTerms` is missing or not an http(s) URL.',
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage('error', 'error', 'warning', 'off'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    const terms = route.dataTerms;
    const instead = 'link the terms that cover prompts and outputs (retention, training use) as an http(s) URL';
    if (isMissing(terms, true)) return [{ field: ['dataTerms'], message: `${missingPhrase('dataTerms', terms, true)}: ${instead}` }];
    if (isHttpUrl(terms)) return [];
    return [{ field: ['dataTerms'], message: `\`dataTerms\` is ${describeValue(terms)}, not an http(s) URL: ${instead}` }];
  },
});
