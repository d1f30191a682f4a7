import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('model-unnamed', {
  valid: [
    {
      name: 'a model id',
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
      name: 'a deployment name counts as named',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: production
            model: img-prod-eastus
      `,
    },
  ],
  invalid: [
    {
      name: 'absent in production: error',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
      `,
      findings: [{ line: 3, column: 5, field: 'model', severity: 'error', message: '`model` is not set' }],
    },
    {
      name: 'unknown in internal: error',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: internal
            model: unknown
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'error', message: '`model` is `unknown`' }],
    },
    {
      name: 'empty in demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-trial
            stage: demo
            model: ""
      `,
      findings: [{ line: 6, column: 12, field: 'model', severity: 'warning', message: '`model` is empty' }],
    },
    {
      name: 'exploration: notice',
      manifest: yaml`
        version: 1
        routes:
          - id: lab
            kind: browser-playground
            stage: exploration
      `,
      findings: [{ line: 3, column: 5, field: 'model', severity: 'notice' }],
    },
  ],
});
