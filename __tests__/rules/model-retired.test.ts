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
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: '`dall-e-3` was shut down on 2026-05-12 and no longer answers; move to `gpt-image-2`' }],
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
      findings: [{ line: 6, column: 12, field: 'model', severity: 'warning', message: '`gpt-image-1.5` is deprecated and shuts down on 2026-12-01; move to `gpt-image-2`' }],
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
