// A clean production route and source files around it, for the tests that run `check --changed`
// (the CLI's own and the pre-commit hook's): one call tied to the route by its model, one no route
// declares.
import { yaml } from './rule-tester.js';

/** One official-api route with every fact the stop rules ask for: no finding as of TODAY. */
export const CLEAN_MANIFEST = yaml`
  version: 1
  routes:
    - id: storefront-hero
      kind: official-api
      stage: production
      provider: openai
      model: gpt-image-2
      endpoint: https://api.openai.com/v1/images/generations
      keyOwner: "@acme/platform"
      secretRef: env:OPENAI_API_KEY
      sharedKey: false
      support: "@acme/platform-oncall"
      billing:
        payer: our-account
        trigger: each successful generate or edit call, billed per token
        unit: token
        failureBilling: not-charged
      limits: "Tier 3: 50 images/min"
      dataTerms: https://openai.com/policies/services-agreement/
      userData: true
      consent: not-required
      fallback: a static placeholder image and a retry banner
      tested:
        date: 2026-11-02
        covers: [generate, edit, storage, logs, retries, output-count, errors]
      checked: 2026-11-02
`;

export const TODAY = '2026-11-23';

/** Tied to `storefront-hero` by its model. */
export const TIED_SOURCE = `import OpenAI from "openai";
const client = new OpenAI();

export async function hero(prompt: string) {
  return client.images.generate({ model: "gpt-image-2", prompt });
}
`;

/** A call no route declares (no route has model gpt-image-1.5). */
export const UNDECLARED_SOURCE = `// Renders thumbnails.
import OpenAI from "openai";
const c = new OpenAI();
await c.images.generate({ model: "gpt-image-1.5", prompt: "x" });
`;

/** Where the scan locates UNDECLARED_SOURCE's call: the callee `c.images.generate`. */
export const UNDECLARED_AT = (() => {
  const lines = UNDECLARED_SOURCE.split('\n');
  const index = lines.findIndex((line) => line.includes('images.generate'));
  return { line: index + 1, column: lines[index]!.indexOf('c.images') + 1 };
})();
