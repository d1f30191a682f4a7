import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { describeValue } from '../text/words.js';
import { describeCall } from './code-words.js';
import { defineRule, type CodeViolation } from './types.js';

export default defineRule({
  meta: {
    id: 'route-undeclared',
    group: 'code',
    description: 'An image-API call site in the source is tied to no declared route (no `image-route:` comment, `code` glob, model or provider match), or its `image-route:` comment names no declared route.',
    rationale: '"If the route does not show who owns the key, who pays, what fails, and what data is stored, do not use it in production."',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkCode({ callSites }) {
    const found: CodeViolation[] = [];
    for (const site of callSites) {
      if (site.route !== null) continue;
      if (site.routeComment !== null) {
        found.push({
          callSite: site,
          message: `the comment \`image-route: ${site.routeComment}\` names a route no manifest declares: declare route ${describeValue(site.routeComment)} in an image-routes.yml, or name a declared route`,
        });
        continue;
      }
      const facts = [`provider: ${site.provider}`, site.model === null ? undefined : `model: ${site.model}`, `code: ["${site.file}"]`].filter(Boolean).join(', ');
      found.push({
        callSite: site,
        message: `${describeCall(site)} is tied to no declared route: declare one (${facts}), or write \`image-route: <route-id>\` in a comment above the call`,
      });
    }
    return found;
  },
});
