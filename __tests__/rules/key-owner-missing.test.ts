import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('key-owner-missing', {
  valid: [
    {
      name: 'an owner is named',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            keyOwner: "@acme/platform"
      `,
    },
    {
      name: 'the owner comes from defaults',
      manifest: yaml`
        version: 1
        defaults:
          keyOwner: "@acme/platform"
        routes:
          - id: hero
            kind: official-api
            stage: exploration
      `,
    },
  ],
  invalid: [
    {
      name: 'absent: points at the route id',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: exploration
      `,
      findings: [{ line: 3, column: 5, field: 'keyOwner', severity: 'error', route: 'hero', message: '`keyOwner` is not set' }],
    },
    {
      name: 'explicit unknown',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: unknown-wrapper
            stage: demo
            keyOwner: unknown
      `,
      findings: [{ line: 6, column: 15, field: 'keyOwner', severity: 'error', message: '`keyOwner` is `unknown`' }],
    },
    {
      name: 'empty string',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: internal
            keyOwner: ""
      `,
      findings: [{ line: 6, column: 15, field: 'keyOwner', severity: 'error', message: '`keyOwner` is empty' }],
    },
    {
      name: 'unknown inherited from defaults says so',
      manifest: yaml`
        version: 1
        defaults:
          keyOwner: unknown
        routes:
          - id: hero
            kind: official-api
            stage: production
      `,
      findings: [{ line: 5, column: 5, field: 'keyOwner', severity: 'error', message: '(inherited from `defaults`)' }],
    },
  ],
});
