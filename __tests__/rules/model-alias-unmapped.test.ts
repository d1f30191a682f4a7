import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('model-alias-unmapped', {
  valid: [
    {
      name: 'official API with the canonical id',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            provider: openai
            model: gpt-image-2
      `,
    },
    {
      name: 'official API with a dated snapshot and no provider',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            model: gpt-image-2-2026-04-21
      `,
    },
    {
      name: 'provider alias mapped with aliasOf',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-trial
            stage: demo
            model: openai/gpt-image-2
            aliasOf: gpt-image-2
      `,
    },
    {
      name: 'deployment name mapped with aliasOf',
      manifest: yaml`
        version: 1
        routes:
          - id: azure
            kind: provider-paid
            stage: production
            model: img-prod-eastus
            aliasOf: gpt-image-2
      `,
    },
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
      name: 'known alias without aliasOf: suggests the canonical id',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            model: openai/gpt-image-2
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: 'a known alias of `gpt-image-2` and `aliasOf` is not set: add `aliasOf: gpt-image-2`' }],
    },
    {
      name: 'unknown deployment name with aliasOf unknown; internal: error',
      manifest: yaml`
        version: 1
        routes:
          - id: azure
            kind: provider-paid
            stage: internal
            model: img-prod-eastus
            aliasOf: unknown
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: 'not a canonical id of the model catalog and `aliasOf` is `unknown`' }],
    },
    {
      name: 'reseller id in demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: relay
            kind: unknown-wrapper
            stage: demo
            model: gpt-image-2-all
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'warning' }],
    },
    {
      name: 'exploration: notice',
      manifest: yaml`
        version: 1
        routes:
          - id: relay
            kind: browser-playground
            stage: exploration
            model: gpt-image-1-5
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'notice', message: 'add `aliasOf: gpt-image-1.5`' }],
    },
    {
      name: 'official API with an alias: aliasOf does not excuse it',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            model: openai/gpt-image-2
            aliasOf: gpt-image-2
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: 'is an alias of `gpt-image-2`, not a canonical id' }],
    },
    {
      name: 'official API with a model outside the catalog',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            model: gpt-image-2-vip
            aliasOf: gpt-image-2
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: 'is not in the model catalog' }],
    },
    {
      name: 'official API of another provider than the model',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            provider: acme
            model: gpt-image-2
      `,
      findings: [{ line: 7, column: 12, field: 'model', severity: 'error', message: 'is a model of `openai`, not of `acme`' }],
    },
  ],
});
