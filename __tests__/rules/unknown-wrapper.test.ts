import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('unknown-wrapper', {
  valid: [
    {
      name: 'a declared provider',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
      `,
    },
  ],
  invalid: [
    {
      name: 'error in production, internal and demo; warning in exploration',
      manifest: yaml`
        version: 1
        routes:
          - id: prod
            kind: unknown-wrapper
            stage: production
          - id: tools
            kind: unknown-wrapper
            stage: internal
          - id: demo
            kind: unknown-wrapper
            stage: demo
          - id: lab
            kind: unknown-wrapper
            stage: exploration
      `,
      findings: [
        { line: 4, column: 11, field: 'kind', severity: 'error', route: 'prod', message: 'replace it with an `official-api`, `provider-paid` or `user-pays` route' },
        { line: 7, column: 11, field: 'kind', severity: 'error', route: 'tools' },
        { line: 10, column: 11, field: 'kind', severity: 'error', route: 'demo' },
        { line: 13, column: 11, field: 'kind', severity: 'warning', route: 'lab' },
      ],
    },
  ],
});
