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
      code: ["src/**"]
    - id: lab
      kind: provider-trial
      stage: demo
      provider: fal
      model: fal-ai/flux/dev
      code: ["lab/**"]
`;

testRule('route-drift', {
  valid: [
    { name: 'the call matches the route', manifest, callSites: [{ model: 'gpt-image-2', endpoint: 'https://api.openai.com/v1', keyEnv: 'OPENAI_API_KEY' }] },
    { name: 'a snapshot of the declared model', manifest, callSites: [{ model: 'gpt-image-2-2026-04-21' }] },
    { name: 'facts the file does not show are not drift', manifest, callSites: [{ model: null, endpoint: null, keyEnv: null }] },
    { name: 'an aggregator id of the declared model', manifest, callSites: [{ file: 'lab/try.py', language: 'python', provider: 'fal', api: 'fal.subscribe', model: 'fal-ai/flux/dev' }] },
  ],
  invalid: [
    {
      name: 'another model than the route declares, naming the route and its line',
      manifest,
      callSites: [{ file: 'src/hero.ts', line: 14, column: 18, model: 'dall-e-3' }],
      findings: [
        {
          file: 'src/hero.ts',
          line: 14,
          column: 18,
          field: null,
          severity: 'error',
          route: 'hero',
          message: 'the call names model `dall-e-3`, but route `hero` (image-routes.yml:3) declares `gpt-image-2`',
        },
      ],
    },
    {
      name: 'another endpoint host, and another key variable',
      manifest,
      callSites: [{ file: 'src/x.ts', line: 5, column: 16, model: 'gpt-image-2', endpoint: 'https://api.x.ai/v1', keyEnv: 'XAI_API_KEY' }],
      findings: [
        { file: 'src/x.ts', line: 5, column: 16, field: null, severity: 'error', message: 'the call goes to `api.x.ai`, but route `hero` (image-routes.yml:3) declares the endpoint host `api.openai.com`' },
        { file: 'src/x.ts', line: 5, column: 16, field: null, severity: 'error', message: 'the call reads its key from `XAI_API_KEY`, but route `hero` (image-routes.yml:3) declares `secretRef: env:OPENAI_API_KEY`' },
      ],
    },
    {
      name: "the severity follows the route's stage (demo: warning)",
      manifest,
      callSites: [{ file: 'lab/try.py', line: 2, column: 1, language: 'python', provider: 'fal', api: 'fal.subscribe', model: 'fal-ai/flux-pro/v1.1-ultra' }],
      findings: [{ file: 'lab/try.py', line: 2, column: 1, field: null, severity: 'warning', route: 'lab' }],
    },
  ],
});
