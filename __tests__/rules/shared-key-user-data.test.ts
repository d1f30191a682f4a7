import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('shared-key-user-data', {
  valid: [
    {
      name: 'an owned, unshared key with user data',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            keyOwner: "@acme/platform"
            sharedKey: false
            userData: true
      `,
    },
    {
      name: 'a shared key with test data only',
      manifest: yaml`
        version: 1
        routes:
          - id: relay
            kind: unknown-wrapper
            stage: exploration
            sharedKey: true
            userData: false
      `,
    },
  ],
  invalid: [
    {
      name: 'sharedKey true with user data',
      manifest: yaml`
        version: 1
        routes:
          - id: pool
            kind: provider-paid
            stage: exploration
            keyOwner: "@vendor/demo"
            sharedKey: true
            userData: true
      `,
      findings: [{ line: 7, column: 16, field: 'sharedKey', severity: 'error', message: '`sharedKey` is `true`, and `userData` is `true`' }],
    },
    {
      name: 'an unknown wrapper with userData absent',
      manifest: yaml`
        version: 1
        routes:
          - id: relay
            kind: unknown-wrapper
            stage: demo
            keyOwner: "@someone"
      `,
      findings: [{ line: 4, column: 11, field: 'kind', severity: 'error', message: ', and `userData` is not set (which means `unknown`)' }],
    },
    {
      name: 'no key owner with userData unknown',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: production
            keyOwner: unknown
            userData: unknown
      `,
      findings: [{ line: 6, column: 15, field: 'keyOwner', severity: 'error', message: '`keyOwner` is `unknown`, so nobody can say whose key it is, and `userData` is `unknown`' }],
    },
    {
      name: 'keyOwner absent: at the route id',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: internal
            userData: true
      `,
      findings: [{ line: 3, column: 5, field: 'keyOwner', severity: 'error', message: '`keyOwner` is not set' }],
    },
  ],
});
