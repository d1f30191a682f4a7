import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { fallbackRouteId, isMissing, listWording, productionLikePhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'trial-in-production',
    group: 'kinds',
    description: 'A `provider-trial` route is in a production-like stage without unit, known failure billing, limits, data terms, support and a fallback to a non-trial route.',
    rationale: 'Is a provider trial safe for production? "Not by itself. Production requires price-unit clarity, failure billing, rate limits, data terms, support, and fallback planning."',
    defaults: perStage('error', 'error', 'off', 'off'),
    options: z.strictObject({}),
  },
  checkRoute({ route, productionLike, routes }) {
    if (route.kind !== 'provider-trial' || !productionLike) return [];
    const target = fallbackRouteId(route.fallback);
    const fallbackRoute = target && target !== route.id ? routes.get(target) : undefined;
    const gaps = [
      isMissing(route.billing?.unit) && '`billing.unit`',
      isMissing(route.billing?.failureBilling) && 'a known `billing.failureBilling`',
      isMissing(route.limits) && '`limits`',
      isMissing(route.dataTerms, true) && '`dataTerms`',
      isMissing(route.support) && '`support`',
      (!fallbackRoute || fallbackRoute.kind === 'provider-trial') && 'a `fallback: route:<id>` to a declared route that is not a trial',
    ].filter((gap): gap is string => typeof gap === 'string');
    if (gaps.length === 0) return [];
    return [
      {
        field: ['stage'],
        message: `a \`provider-trial\` route runs on temporary credit under the provider's terms, and ${productionLikePhrase(route.stage)}: declare ${listWording(gaps)}, or move the route to \`demo\` or \`exploration\``,
      },
    ];
  },
});
