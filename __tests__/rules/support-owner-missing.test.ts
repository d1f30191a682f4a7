import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('support-owner-missing', {
  valid: [
    {
      name: 'support from defaults',
      manifest: yaml`
        version: 1
        defaults:
          support: "@acme/platform-oncall"
        routes:
          - id: hero
            kind: official-api
            stage: production
      `,
    },
    {
      name: 'off in exploration',
      manifest: yaml`
        version: 1
        routes:
          - id: lab
            kind: browser-playground
            stage: exploration
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
      findings: [{ line: 3, column: 5, field: 'support', severity: 'error', message: '`support` is not set' }],
    },
    {
      name: 'unknown in demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-trial
            stage: demo
            support: unknown
      `,
      findings: [{ line: 6, column: 14, field: 'support', severity: 'warning', message: '`support` is `unknown`' }],
    },
    {
      name: 'empty from defaults in internal: error, inherited',
      manifest: yaml`
        version: 1
        defaults:
          support: ""
        routes:
          - id: hero
            kind: provider-paid
            stage: internal
      `,
      findings: [{ line: 5, column: 5, field: 'support', severity: 'error', message: '`support` is empty' }],
    },
  ],
});
