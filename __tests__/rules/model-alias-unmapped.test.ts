import { testRule, yaml } from '../helpers/rule-tester.js';

/** A one-route manifest: `kind`, `stage`, and the lines given (provider, model, aliasOf). */
function route(kind: string, stage: string, ...lines: string[]): string {
  return ['version: 1', 'routes:', '  - id: r', `    kind: ${kind}`, `    stage: ${stage}`, ...lines.map((line) => `    ${line}`), ''].join('\n');
}

testRule('model-alias-unmapped', {
  valid: [
    { name: 'official API with the canonical id', manifest: route('official-api', 'production', 'provider: openai', 'model: gpt-image-2') },
    { name: 'official API with a dated snapshot and no provider (OpenAI ids apply)', manifest: route('official-api', 'production', 'model: gpt-image-2-2026-04-21') },
    { name: 'the provider as people write it: `OpenAI`', manifest: route('official-api', 'production', 'provider: OpenAI', 'model: gpt-image-2.6-sunburst') },
    { name: 'Azure OpenAI by its display name, with its own entry', manifest: route('official-api', 'production', 'provider: Azure OpenAI', 'model: gpt-image-1.5') },
    { name: 'Vertex AI takes the Gemini ids as its own', manifest: route('official-api', 'production', 'provider: Vertex AI', 'model: gemini-3-pro-image') },
    { name: 'Google official API', manifest: route('official-api', 'production', 'provider: google', 'model: gemini-nano-banana-2.1') },
    { name: 'BFL official API', manifest: route('official-api', 'production', 'provider: Black Forest Labs', 'model: flux-pro-1.1-ultra') },
    { name: 'a known aggregator alias maps by itself (fal)', manifest: route('provider-paid', 'production', 'provider: fal', 'model: fal-ai/flux-pro/v1.1-ultra') },
    { name: 'a known alias with a matching aliasOf', manifest: route('provider-trial', 'demo', 'provider: fal.ai', 'model: openai/gpt-image-2', 'aliasOf: gpt-image-2') },
    { name: 'a LiteLLM naming pattern (bedrock/<Bedrock id>)', manifest: route('provider-paid', 'production', 'provider: LiteLLM', 'model: bedrock/amazon.nova-canvas-v1:0') },
    { name: 'a deployment name mapped with aliasOf', manifest: route('provider-paid', 'production', 'provider: azure-openai', 'model: img-prod-eastus', 'aliasOf: gpt-image-2') },
    {
      name: 'a missing model is left to model-unnamed',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            model: unknown
          - id: other
            kind: provider-paid
            stage: production
      `,
    },
  ],
  invalid: [
    {
      name: 'an unknown deployment name with aliasOf unknown; internal: error',
      manifest: route('provider-paid', 'internal', 'model: img-prod-eastus', 'aliasOf: unknown'),
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: 'neither a canonical id, a snapshot nor a known alias of the model catalog, and `aliasOf` is `unknown`' }],
    },
    {
      name: 'a reseller id in demo: warning',
      manifest: route('unknown-wrapper', 'demo', 'model: gpt-image-2-all'),
      findings: [{ line: 6, column: 12, field: 'model', severity: 'warning' }],
    },
    {
      name: 'exploration: notice',
      manifest: route('browser-playground', 'exploration', 'model: gpt-image-2-web'),
      findings: [{ line: 6, column: 12, field: 'model', severity: 'notice', message: 'add `aliasOf`' }],
    },
    {
      name: 'aliasOf that contradicts the catalog',
      manifest: route('provider-paid', 'production', 'provider: fal', 'model: openai/gpt-image-2', 'aliasOf: gpt-image-1.5'),
      findings: [{ line: 8, column: 14, field: 'aliasOf', severity: 'error', message: '`aliasOf: gpt-image-1.5` contradicts the model catalog, where `openai/gpt-image-2` is `gpt-image-2`: write `aliasOf: gpt-image-2`' }],
    },
    {
      name: 'aliasOf that names no model of the catalog',
      manifest: route('provider-paid', 'production', 'model: img-prod-eastus', 'aliasOf: gpt-image-9'),
      findings: [{ line: 7, column: 14, field: 'aliasOf', severity: 'error', message: '`aliasOf` `gpt-image-9` names no model of the catalog' }],
    },
    {
      name: 'aliasOf that is itself an alias',
      manifest: route('provider-paid', 'production', 'model: img-prod-eastus', 'aliasOf: openai/gpt-image-2'),
      findings: [{ line: 7, column: 14, field: 'aliasOf', severity: 'error', message: 'is itself an alias of `gpt-image-2`: write `aliasOf: gpt-image-2`' }],
    },
    {
      name: 'official API with an alias: aliasOf does not excuse it',
      manifest: route('official-api', 'production', 'model: openai/gpt-image-2', 'aliasOf: gpt-image-2'),
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: "is an id other platforms use for `gpt-image-2`, not OpenAI's own id" }],
    },
    {
      name: 'official API with a model outside the catalog',
      manifest: route('official-api', 'production', 'provider: openai', 'model: gpt-image-2-vip'),
      findings: [{ line: 7, column: 12, field: 'model', severity: 'error', message: 'is not in the model catalog' }],
    },
    {
      name: 'official API of another provider than the model',
      manifest: route('official-api', 'production', 'provider: Gemini API', 'model: gpt-image-2'),
      findings: [{ line: 7, column: 12, field: 'model', severity: 'error', message: 'is a model of OpenAI, not of Google Gemini API' }],
    },
    {
      name: "Azure's entries are Azure's: a 2.6 model has no Azure entry",
      manifest: route('official-api', 'production', 'provider: Azure OpenAI', 'model: gpt-image-2.6-sunburst'),
      findings: [{ line: 7, column: 12, field: 'model', severity: 'error', message: 'is a model of OpenAI, not of Azure OpenAI' }],
    },
    {
      name: 'a provider the catalog does not know: allowed, and the message says so',
      manifest: route('official-api', 'production', 'provider: acme', 'model: acme-image-1'),
      findings: [{ line: 7, column: 12, field: 'model', severity: 'error', message: "`provider` `acme` is not in the provider catalog; if it is right, add it under the policy's `providers:`" }],
    },
    {
      name: 'a misspelt provider gets a suggestion',
      manifest: route('official-api', 'production', 'provider: Stabilty AI', 'model: stable-image-ultra'),
      findings: [{ line: 7, column: 12, field: 'model', severity: 'error', message: '(did you mean `stability`?)' }],
    },
  ],
});
