import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('limit-missing', {
  valid: [
    {
      name: 'a limit as text',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            limits: "Tier 3: 50 images/min"
      `,
    },
    {
      name: 'a list of limits',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            limits: ["2 concurrent requests", unknown]
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
      findings: [{ line: 3, column: 5, field: 'limits', severity: 'error', message: '`limits` is not set' }],
    },
    {
      name: 'unknown in internal: error',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: internal
            limits: unknown
      `,
      findings: [{ line: 6, column: 13, field: 'limits', severity: 'error', message: '`limits` is `unknown`' }],
    },
    {
      name: 'an empty list in demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-trial
            stage: demo
            limits: []
      `,
      findings: [{ line: 6, column: 13, field: 'limits', severity: 'warning', message: '`limits` is empty' }],
    },
    {
      name: 'a list of only unknown',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: production
            limits:
              - unknown
      `,
      findings: [{ line: 7, column: 7, field: 'limits', severity: 'error', message: '`limits` is `unknown`' }],
    },
  ],
});
