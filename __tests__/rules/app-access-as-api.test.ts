import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('app-access-as-api', {
  valid: [
    {
      name: 'app access for a demo, without endpoint or key',
      manifest: yaml`
        version: 1
        routes:
          - id: chatgpt
            kind: app-access
            stage: demo
            secretRef: none
      `,
    },
    {
      name: 'other kinds may have endpoints and keys in production',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            endpoint: https://api.openai.com/v1/images/generations
            secretRef: env:OPENAI_API_KEY
      `,
    },
  ],
  invalid: [
    {
      name: 'in a production-like stage',
      manifest: yaml`
        version: 1
        routes:
          - id: chatgpt
            kind: app-access
            stage: internal
      `,
      findings: [{ line: 5, column: 12, field: 'stage', severity: 'error', message: '`stage: internal` is production-like' }],
    },
    {
      name: 'with an endpoint and a key, even in exploration',
      manifest: yaml`
        version: 1
        routes:
          - id: chatgpt
            kind: app-access
            stage: exploration
            endpoint: https://chatgpt.com/backend-api
            secretRef: env:CHATGPT_SESSION
      `,
      findings: [
        { line: 6, column: 15, field: 'endpoint', severity: 'error', message: 'remove `endpoint`' },
        { line: 7, column: 16, field: 'secretRef', severity: 'error', message: '`secretRef` is set: write `secretRef: none`' },
      ],
    },
    {
      name: 'every problem at once, secretRef unknown',
      manifest: yaml`
        version: 1
        routes:
          - id: chatgpt
            kind: app-access
            stage: production
            endpoint: https://chatgpt.com/backend-api
            secretRef: unknown
      `,
      findings: [
        { line: 5, column: 12, field: 'stage', severity: 'error' },
        { line: 6, column: 15, field: 'endpoint', severity: 'error' },
        { line: 7, column: 16, field: 'secretRef', severity: 'error', message: '`secretRef` is `unknown`' },
      ],
    },
  ],
});
