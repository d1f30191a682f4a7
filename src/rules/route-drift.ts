import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { envOfSecretRef, hostOf } from '../engine/route-facts.js';
import { modelKey } from '../engine/tie.js';
import { describeValue } from '../text/words.js';
import { defineRule, type CodeViolation } from './types.js';

export default defineRule({
  meta: {
    id: 'route-drift',
    group: 'code',
    description: "A call site tied to a route calls another model than the route's `model`/`aliasOf`, goes to another endpoint host than its `endpoint`, or reads its key from another variable than its `secretRef: env:NAME`.",
    rationale: '"First, confirm the model name. If the route does not name gpt-image-2, it may be a different model or a provider alias."',
    defaults: perStage('error', 'error', 'warning', 'notice'),
    options: z.strictObject({}),
  },
  checkCode({ callSites, routes, declaredAt, catalog, providers }) {
    const found: CodeViolation[] = [];
    for (const site of callSites) {
      if (site.route === null) continue;
      const route = routes.get(site.route)!;
      const where = declaredAt.get(route.id);
      const named = `route \`${route.id}\`${where ? ` (${where.file}:${where.line})` : ''}`;
      const provider = route.provider ? providers.resolve(route.provider.trim())?.id : undefined;
      // A call tied by its file's `code` glob may be another provider's; one tied by its host is the route's by definition.
      const callHost = site.endpoint ? hostOf(site.endpoint) : undefined;
      const routeHostOf = route.endpoint ? hostOf(route.endpoint) : undefined;
      if (site.tiedBy === 'code' && provider && provider !== site.provider && callHost !== routeHostOf && !(callHost && providers.providerHostMatches(provider, callHost))) {
        found.push({ callSite: site, message: `the call goes to ${providers.get(site.provider)?.name ?? site.provider}, but ${named} declares the provider ${providers.get(provider)?.name ?? provider}: declare the call's provider as a route of its own, or call the declared provider` });
        continue;
      }
      const declaredModels = [route.model, route.aliasOf].filter((name): name is string => Boolean(name && name.trim() && name.trim() !== 'unknown'));
      // An Azure call names the deployment its route's endpoint names.
      const deployment = route.endpoint ? /\/deployments\/([^/?#]+)/.exec(route.endpoint)?.[1] : undefined;
      if (site.model !== null && declaredModels.length > 0 && site.model !== deployment) {
        const called = modelKey(catalog, site.model, site.provider);
        if (!declaredModels.some((name) => modelKey(catalog, name.trim(), provider ?? site.provider) === called)) {
          found.push({ callSite: site, message: `the call names model ${describeValue(site.model)}, but ${named} declares ${describeValue(declaredModels[0])}: update the route's \`model\` (and check it again), or call the declared model` });
        }
      }
      if (routeHostOf && callHost && routeHostOf !== callHost) {
        found.push({ callSite: site, message: `the call goes to \`${callHost}\`, but ${named} declares the endpoint host \`${routeHostOf}\`: update the route's \`endpoint\`, or declare the other host as a route of its own` });
      }
      const routeEnv = envOfSecretRef(route.secretRef);
      if (routeEnv && site.keyEnv && routeEnv !== site.keyEnv) {
        found.push({ callSite: site, message: `the call reads its key from \`${site.keyEnv}\`, but ${named} declares \`secretRef: env:${routeEnv}\`: whose key is \`${site.keyEnv}\`? Update \`secretRef\` (and \`keyOwner\`), or read the declared variable` });
      }
    }
    return found;
  },
});
