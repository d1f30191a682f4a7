import { testRule, yaml } from '../helpers/rule-tester.js';

const manifest = yaml`
  version: 1
  routes:
    - id: hero
      kind: official-api
      stage: production
      provider: OpenAI
      model: gpt-image-2
      endpoint: https://api.openai.com/v1/images/generations
      secretRef: env:OPENAI_API_KEY
`;

testRule('route-undeclared', {
  valid: [
    { name: 'no call sites', manifest, callSites: [] },
    { name: 'a call tied by its model', manifest, callSites: [{ model: 'gpt-image-2', line: 12, column: 9 }] },
    { name: 'a call tied by a snapshot of the declared model', manifest, callSites: [{ model: 'gpt-image-2-2026-04-21' }] },
    { name: 'a call that names no model, tied by its provider', manifest, callSites: [{ model: null }] },
    { name: 'a call tied by its comment', manifest, callSites: [{ provider: 'fal', api: 'fal.subscribe', model: 'fal-ai/flux/dev', routeComment: 'hero' }] },
    {
      name: 'a call tied by the code globs of a route',
      manifest: yaml`
        version: 1
        routes:
          - id: thumbs
            kind: provider-paid
            stage: production
            provider: replicate
            code: ["services/thumbs/**"]
      `,
      callSites: [{ file: 'services/thumbs/make.py', language: 'python', provider: 'replicate', api: 'replicate.run', model: 'black-forest-labs/flux-schnell' }],
    },
    { name: 'the scan did not run (--no-scan): no finding', manifest },
  ],
  invalid: [
    {
      name: 'a call of another provider',
      manifest,
      callSites: [{ file: 'src/fal.ts', line: 7, column: 22, provider: 'fal', api: 'fal.subscribe', model: 'fal-ai/flux-pro/v1.1-ultra' }],
      findings: [
        {
          file: 'src/fal.ts',
          line: 7,
          column: 22,
          field: null,
          severity: 'error',
          route: null,
          message: '`fal.subscribe` of fal with model `fal-ai/flux-pro/v1.1-ultra` is tied to no declared route: declare one (provider: fal, model: fal-ai/flux-pro/v1.1-ultra, code: ["src/fal.ts"]), or write `image-route: <route-id>` in a comment above the call',
        },
      ],
    },
    {
      name: 'a call of the same provider with a model no route declares',
      manifest,
      callSites: [{ line: 40, column: 3, model: 'dall-e-3' }],
      findings: [{ file: 'src/app.ts', line: 40, column: 3, field: null, severity: 'error', message: 'with model `dall-e-3` is tied to no declared route' }],
    },
    {
      name: 'a comment naming a route no manifest declares',
      manifest,
      callSites: [{ line: 3, column: 1, model: 'gpt-image-2', routeComment: 'hero-v2' }],
      findings: [{ file: 'src/app.ts', line: 3, column: 1, field: null, severity: 'error', message: 'the comment `image-route: hero-v2` names a route no manifest declares' }],
    },
    {
      name: 'two routes of the provider and a call without a model: ambiguous, so undeclared',
      manifest: yaml`
        version: 1
        routes:
          - id: a
            kind: official-api
            stage: production
            provider: openai
            model: gpt-image-2
          - id: b
            kind: official-api
            stage: internal
            provider: openai
            model: gpt-image-2.5-flare
      `,
      callSites: [{ line: 9, column: 5 }],
      findings: [{ file: 'src/app.ts', line: 9, column: 5, field: null, severity: 'error' }],
    },
  ],
});
