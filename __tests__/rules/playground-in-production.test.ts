import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('playground-in-production', {
  valid: [
    {
      name: 'a playground in demo and exploration',
      manifest: yaml`
        version: 1
        routes:
          - id: yingtu
            kind: browser-playground
            stage: demo
          - id: lab
            kind: browser-playground
            stage: exploration
      `,
    },
    {
      name: 'an official API in production',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
      `,
    },
  ],
  invalid: [
    {
      name: 'in production and internal',
      manifest: yaml`
        version: 1
        routes:
          - id: yingtu
            kind: browser-playground
            stage: production
          - id: tools
            kind: browser-playground
            stage: internal
      `,
      findings: [
        { line: 5, column: 12, field: 'stage', severity: 'error', route: 'yingtu', message: '`stage: production` is production-like: move it to `demo` or `exploration`' },
        { line: 8, column: 12, field: 'stage', severity: 'error', route: 'tools' },
      ],
    },
  ],
});
