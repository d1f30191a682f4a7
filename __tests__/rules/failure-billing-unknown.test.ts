import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('failure-billing-unknown', {
  valid: [
    {
      name: 'known failure billing',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            billing: { failureBilling: partial }
      `,
    },
    {
      name: 'kinds the rule does not judge',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
          - id: byok
            kind: user-pays
            stage: production
      `,
    },
    {
      name: 'off in exploration',
      manifest: yaml`
        version: 1
        routes:
          - id: lab
            kind: provider-trial
            stage: exploration
      `,
    },
  ],
  invalid: [
    {
      name: 'absent on a paid provider in production',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
      `,
      findings: [{ line: 3, column: 5, field: 'billing.failureBilling', severity: 'error', message: '`billing.failureBilling` is not set on a route of kind `provider-paid`' }],
    },
    {
      name: 'unknown on a trial in internal',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: internal
            billing:
              failureBilling: unknown
      `,
      findings: [{ line: 7, column: 23, field: 'billing.failureBilling', severity: 'error', message: '`billing.failureBilling` is `unknown`' }],
    },
    {
      name: 'a wrapper in demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: relay
            kind: unknown-wrapper
            stage: demo
      `,
      findings: [{ line: 3, column: 5, field: 'billing.failureBilling', severity: 'warning', message: 'write `not-charged`, `charged` or `partial`' }],
    },
  ],
});
