import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('payer-unknown', {
  valid: [
    {
      name: 'a payer is named',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            billing: { payer: our-account }
      `,
    },
  ],
  invalid: [
    {
      name: 'absent in production: error at the route id',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
      `,
      findings: [{ line: 3, column: 5, field: 'billing.payer', severity: 'error', message: '`billing.payer` is not set' }],
    },
    {
      name: 'unknown in internal: error',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: internal
            billing:
              payer: unknown
      `,
      findings: [{ line: 7, column: 14, field: 'billing.payer', severity: 'error', message: '`billing.payer` is `unknown`' }],
    },
    {
      name: 'demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-trial
            stage: demo
      `,
      findings: [{ line: 3, column: 5, field: 'billing.payer', severity: 'warning', message: '`our-account`, `end-user`' }],
    },
    {
      name: 'exploration: notice',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: browser-playground
            stage: exploration
      `,
      findings: [{ line: 3, column: 5, field: 'billing.payer', severity: 'notice' }],
    },
  ],
});
