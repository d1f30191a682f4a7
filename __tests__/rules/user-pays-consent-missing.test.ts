import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('user-pays-consent-missing', {
  valid: [
    {
      name: 'consent obtained',
      manifest: yaml`
        version: 1
        routes:
          - id: byok
            kind: user-pays
            stage: production
            userData: true
            consent: obtained
      `,
    },
    {
      name: 'no user data',
      manifest: yaml`
        version: 1
        routes:
          - id: byok
            kind: user-pays
            stage: production
            userData: false
      `,
    },
    {
      name: 'other kinds',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            userData: true
      `,
    },
  ],
  invalid: [
    {
      name: 'userData and consent absent: error at the route id',
      manifest: yaml`
        version: 1
        routes:
          - id: byok
            kind: user-pays
            stage: production
      `,
      findings: [{ line: 3, column: 5, field: 'consent', severity: 'error', message: '`consent` is not set while `userData` is not set (which means `unknown`)' }],
    },
    {
      name: 'consent unknown with user data, internal',
      manifest: yaml`
        version: 1
        routes:
          - id: byok
            kind: user-pays
            stage: internal
            userData: true
            consent: unknown
      `,
      findings: [{ line: 7, column: 14, field: 'consent', severity: 'error', message: '`consent` is `unknown` while `userData` is `true`' }],
    },
    {
      name: 'consent not-required with userData unknown, demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: byok
            kind: user-pays
            stage: demo
            userData: unknown
            consent: not-required
      `,
      findings: [{ line: 7, column: 14, field: 'consent', severity: 'warning', message: '`consent` is `not-required` while `userData` is `unknown`' }],
    },
    {
      name: 'exploration: notice',
      manifest: yaml`
        version: 1
        routes:
          - id: byok
            kind: user-pays
            stage: exploration
            userData: true
      `,
      findings: [{ line: 3, column: 5, field: 'consent', severity: 'notice', message: 'write `consent: obtained`' }],
    },
  ],
});
