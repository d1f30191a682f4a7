import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('model-retired', {
  valid: [
    {
      name: 'an active model',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            model: gpt-image-2
      `,
    },
    {
      name: 'an alias of an active model',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            model: openai/gpt-image-2
            aliasOf: gpt-image-2
      `,
    },
    {
      name: "Azure's own lifecycle: gpt-image-1.5 on Azure outlives OpenAI's shutdown day",
      today: '2026-12-01',
      manifest: yaml`
        version: 1
        routes:
          - id: azure
            kind: official-api
            stage: production
            provider: Azure OpenAI
            model: gpt-image-1.5
      `,
    },
    {
      name: 'an active model with a shutdown day further away than warnDays',
      today: '2026-12-01',
      manifest: yaml`
        version: 1
        routes:
          - id: azure
            kind: official-api
            stage: production
            provider: azure-openai
            model: gpt-image-1-mini
      `,
    },
    {
      name: 'a model the catalog does not know',
      manifest: yaml`
        version: 1
        routes:
          - id: azure
            kind: provider-paid
            stage: production
            model: img-prod-eastus
      `,
    },
  ],
  invalid: [
    {
      name: 'shut down: error in production',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            model: dall-e-3
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: '`dall-e-3` was shut down on 2026-05-12 and no longer answers; OpenAI advises moving to `gpt-image-2.5-sunburst` (https://developers.openai.com/api/docs/models/dall-e-3' }],
    },
    {
      name: 'shut down: warning in demo, notice in exploration',
      manifest: yaml`
        version: 1
        routes:
          - id: demo
            kind: provider-paid
            stage: demo
            model: gpt-image-1
          - id: lab
            kind: browser-playground
            stage: exploration
            model: dall-e-2
      `,
      findings: [
        { line: 6, column: 12, field: 'model', severity: 'warning', route: 'demo' },
        { line: 10, column: 12, field: 'model', severity: 'notice', route: 'lab' },
      ],
    },
    {
      name: 'deprecated: a warning even in production, naming date and replacement',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            model: gpt-image-1.5
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'warning', message: '`gpt-image-1.5` is deprecated and shuts down on 2026-12-01; OpenAI advises moving to `gpt-image-2.6-sunburst` or `gpt-image-2.6-flare`' }],
    },
    {
      name: 'deprecated: still a warning in exploration',
      manifest: yaml`
        version: 1
        routes:
          - id: lab
            kind: browser-playground
            stage: exploration
            model: gpt-image-1-mini
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'warning' }],
    },
    {
      name: 'deprecated with the shutdown day reached: shut down',
      today: '2026-12-01',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: internal
            model: gpt-image-1.5-2025-12-16
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: 'was shut down on 2026-12-01' }],
    },
    {
      name: 'gpt-image-1.5 is a warning on 2026-11-30',
      today: '2026-11-30',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            model: gpt-image-1.5
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'warning', message: 'shuts down on 2026-12-01' }],
    },
    {
      name: '...and an error on 2026-12-01',
      today: '2026-12-01',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            model: gpt-image-1.5
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: '`gpt-image-1.5` was shut down on 2026-12-01 and no longer answers; OpenAI advises moving to `gpt-image-2.6-sunburst` or `gpt-image-2.6-flare`' }],
    },
    {
      name: 'an active model within warnDays of its announced shutdown: warning',
      today: '2027-02-01',
      manifest: yaml`
        version: 1
        routes:
          - id: azure
            kind: official-api
            stage: production
            provider: azure-openai
            model: gpt-image-1-mini
      `,
      findings: [{ line: 7, column: 12, field: 'model', severity: 'warning', message: '`gpt-image-1-mini` is scheduled to retire and shuts down on 2027-04-07; Azure OpenAI names no replacement' }],
    },
    {
      name: 'every provider: a retired xAI model names the advice',
      manifest: yaml`
        version: 1
        routes:
          - id: grok
            kind: official-api
            stage: production
            provider: xAI
            model: grok-imagine-image-quality
      `,
      findings: [{ line: 7, column: 12, field: 'model', severity: 'error', message: 'was shut down on 2026-11-02 and no longer answers; xAI advises moving to `grok-imagine-image-2.0`' }],
    },
    {
      name: 'through a LiteLLM naming pattern, with the Vertex AI lifecycle',
      manifest: yaml`
        version: 1
        routes:
          - id: vertex
            kind: provider-paid
            stage: production
            provider: litellm
            model: vertex_ai/imagen-3.0-generate-002
      `,
      findings: [{ line: 7, column: 12, field: 'model', severity: 'error', message: '`vertex_ai/imagen-3.0-generate-002` (`imagen-3.0-generate-002`) was shut down on 2026-06-30' }],
    },
    {
      name: 'followed through aliasOf',
      manifest: yaml`
        version: 1
        routes:
          - id: venice
            kind: provider-paid
            stage: production
            model: venice-image
            aliasOf: gpt-image-1.5
      `,
      findings: [{ line: 7, column: 14, field: 'aliasOf', severity: 'warning', message: '`gpt-image-1.5` is deprecated' }],
    },
  ],
});
