import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('billing-trigger-missing', {
  valid: [
    {
      name: 'a trigger is written',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            billing:
              trigger: each generated image
      `,
    },
  ],
  invalid: [
    {
      name: 'no billing block at all: points at the route id',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: exploration
      `,
      findings: [{ line: 3, column: 5, field: 'billing.trigger', severity: 'error', message: '`billing.trigger` is not set' }],
    },
    {
      name: 'billing without a trigger',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: demo
            billing:
              payer: our-account
      `,
      findings: [{ line: 3, column: 5, field: 'billing.trigger', severity: 'error', message: '`billing.trigger` is not set' }],
    },
    {
      name: 'explicit unknown',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-trial
            stage: internal
            billing:
              trigger: Unknown
      `,
      findings: [{ line: 7, column: 16, field: 'billing.trigger', severity: 'error', message: '`billing.trigger` is `unknown`' }],
    },
    {
      name: 'empty',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: user-pays
            stage: production
            billing: { trigger: "  " }
      `,
      findings: [{ line: 6, column: 25, field: 'billing.trigger', severity: 'error', message: '`billing.trigger` is empty' }],
    },
  ],
});
