import { testRule, yaml } from '../helpers/rule-tester.js';

const manifest = yaml`
  version: 1
  routes:
    - id: hero
      kind: official-api
      stage: production
      provider: openai
      model: gpt-image-2
      endpoint: https://api.openai.com/v1/images/generations
    - id: thumbs
      kind: provider-paid
      stage: internal
      provider: replicate
      code: ["services/thumbs/**"]
    - id: sketch
      kind: browser-playground
      stage: exploration
      endpoint: https://example.com/playground
`;

testRule('route-unused', {
  valid: [
    {
      name: 'every code-bearing route has its call site',
      manifest,
      callSites: [{ model: 'gpt-image-2' }, { file: 'services/thumbs/run.py', language: 'python', provider: 'replicate', api: 'replicate.run', model: null }],
    },
    { name: 'a scan of some paths only cannot know the rest', manifest, callSites: [], wholeTree: false },
    { name: 'the scan did not run', manifest },
  ],
  invalid: [
    {
      name: 'no call site anywhere: the endpoint route and the code route',
      manifest,
      callSites: [],
      findings: [
        { line: 8, column: 15, field: 'endpoint', severity: 'warning', route: 'hero', message: 'no call site in the source is tied to this `official-api` route' },
        { line: 13, column: 11, field: 'code', severity: 'warning', route: 'thumbs', message: 'the files `code` names (services/thumbs/**) hold no image-API call site' },
      ],
    },
  ],
});
