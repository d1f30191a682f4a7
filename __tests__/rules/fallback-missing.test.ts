import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('fallback-missing', {
  valid: [
    {
      name: 'a plan in words',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            fallback: queue the request and retry for 24 hours
      `,
    },
    {
      name: 'a route (resolution is another rule)',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            fallback: route:nowhere
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
            fallback: none
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
      findings: [{ line: 3, column: 5, field: 'fallback', severity: 'error', message: '`fallback` is not set' }],
    },
    {
      name: 'none in internal: error',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: internal
            fallback: none
      `,
      findings: [{ line: 6, column: 15, field: 'fallback', severity: 'error', message: '`fallback` is `none`' }],
    },
    {
      name: 'unknown in demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-trial
            stage: demo
            fallback: unknown
      `,
      findings: [{ line: 6, column: 15, field: 'fallback', severity: 'warning', message: '`fallback` is `unknown`' }],
    },
  ],
});
