import { Minimatch } from 'minimatch';
import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import type { Route } from '../manifest/schema.js';
import { defineRule, type CodeViolation } from './types.js';

/** Kinds whose routes are called from code: with an `endpoint`, the code should show the call. */
const CODE_KINDS: ReadonlySet<Route['kind']> = new Set(['official-api', 'provider-trial', 'provider-paid', 'unknown-wrapper']);

export default defineRule({
  meta: {
    id: 'route-unused',
    group: 'code',
    description: "A route's `code` globs hold no call site, or (when the scan read the whole tree) a route of a code-bearing kind with an `endpoint` has no call site tied to it.",
    rationale: '"Treat today\'s route evidence as current evidence, not a permanent promise": a route no code calls is a promise about code that is gone.',
    defaults: perStage('warning', 'warning', 'notice', 'off'),
    options: z.strictObject({}),
  },
  checkCode({ callSites, routes, wholeTree }) {
    // A scan of some paths only cannot know the rest of the tree: quiet.
    if (!wholeTree) return [];
    const found: CodeViolation[] = [];
    const tied = new Set(callSites.map((site) => site.route));
    const files = [...new Set(callSites.map((site) => site.file))];
    for (const route of routes.values()) {
      if (route.code && route.code.length > 0) {
        const globs = route.code.map((glob) => new Minimatch(glob, { dot: true }));
        if (!files.some((file) => globs.some((glob) => glob.match(file)))) {
          found.push({ route: route.id, field: ['code'], message: `the files \`code\` names (${route.code.join(', ')}) hold no image-API call site: fix the globs, or remove the route if the code is gone` });
        }
        continue;
      }
      if (CODE_KINDS.has(route.kind) && route.endpoint && !tied.has(route.id)) {
        found.push({ route: route.id, field: ['endpoint'], message: `no call site in the source is tied to this \`${route.kind}\` route: add \`code\` globs naming the files that call it (or an \`image-route: ${route.id}\` comment at the call), or remove the route if nothing calls it` });
      }
    }
    return found;
  },
});
