import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { suggest } from '../text/words.js';
import { fallbackRouteId, NON_PRODUCTION_KINDS, productionLikePhrase } from './fields.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'fallback-unresolved',
    group: 'production',
    fact: 'fallback',
    description: '`fallback: route:<id>` names no declared route, the route itself, or (from a production-like route) a route that cannot serve production.',
    rationale: 'Do not ship a route "if you cannot identify the key owner, billing trigger, route limit, support owner, data terms, and fallback plan".',
    defaults: perStage('error', 'error', 'error', 'warning'),
    options: z.strictObject({}),
  },
  checkRoute({ route, routes, productionLike }) {
    const target = fallbackRouteId(route.fallback);
    if (target === undefined) return [];
    const fail = (message: string) => [{ field: ['fallback'], message }];
    if (target === '') return fail('`fallback: route:` names no route: write `route:<id>` with the id of another declared route');
    if (target === route.id) return fail(`\`fallback: route:${target}\` names the route itself: name another declared route that can take over`);
    const named = routes.get(target);
    if (!named) {
      const close = suggest(target, [...routes.keys()].filter((id) => id !== route.id));
      const hint = close ? ` (did you mean \`route:${close}\`?)` : '';
      return fail(`\`fallback: route:${target}\` names no declared route${hint}: declare that route in an image-routes manifest, or name an existing one`);
    }
    if (productionLike && NON_PRODUCTION_KINDS.has(named.kind)) {
      return fail(
        `\`fallback: route:${target}\` names a route of kind \`${named.kind}\`, which cannot serve production, and ${productionLikePhrase(route.stage)}: fall back to an \`official-api\`, \`provider-paid\` or \`user-pays\` route`,
      );
    }
    return [];
  },
});
