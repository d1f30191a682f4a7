import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('data-terms-missing', {
  valid: [
    {
      name: 'an https URL',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            dataTerms: https://openai.com/policies/services-agreement/
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
            dataTerms: standard terms
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
      findings: [{ line: 3, column: 5, field: 'dataTerms', severity: 'error', message: '`dataTerms` is not set' }],
    },
    {
      name: 'unknown in internal',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: internal
            dataTerms: unknown
      `,
      findings: [{ line: 6, column: 16, field: 'dataTerms', severity: 'error', message: '`dataTerms` is `unknown`' }],
    },
    {
      name: 'none in demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-trial
            stage: demo
            dataTerms: none
      `,
      findings: [{ line: 6, column: 16, field: 'dataTerms', severity: 'warning', message: '`dataTerms` is `none`' }],
    },
    {
      name: 'words instead of a URL',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: production
            dataTerms: standard vendor terms
      `,
      findings: [{ line: 6, column: 16, field: 'dataTerms', severity: 'error', message: '`dataTerms` is `standard vendor terms`, not an http(s) URL' }],
    },
    {
      name: 'another scheme',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: production
            dataTerms: ftp://example.com/terms
      `,
      findings: [{ line: 6, column: 16, field: 'dataTerms', severity: 'error', message: 'not an http(s) URL' }],
    },
  ],
});
