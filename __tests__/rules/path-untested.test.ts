import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('path-untested', {
  valid: [
    {
      name: 'a recent test covering the required parts',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            tested:
              date: 2026-06-01
              covers: [generate, edit, errors, retries]
      `,
    },
    {
      name: 'exactly maxAgeDays old',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            tested: { date: 2026-05-27, covers: [generate, errors, retries] }
      `,
    },
    {
      name: 'demo and exploration routes are not judged',
      manifest: yaml`
        version: 1
        routes:
          - id: demo
            kind: provider-trial
            stage: demo
          - id: lab
            kind: browser-playground
            stage: exploration
      `,
    },
    {
      name: 'requiredCovers narrowed by option',
      options: { requiredCovers: ['generate'] },
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            tested: { date: 2026-11-01, covers: [generate] }
      `,
    },
  ],
  invalid: [
    {
      name: 'no test in production: error at the route id',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
      `,
      findings: [{ line: 3, column: 5, field: 'tested', severity: 'error', message: '`tested` is not set and `stage: production` is production-like' }],
    },
    {
      name: 'no test in internal: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: internal
      `,
      findings: [{ line: 3, column: 5, field: 'tested', severity: 'warning', message: 'at least `generate`, `errors` and `retries`' }],
    },
    {
      name: 'covers lack parts, and the test is old',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            tested:
              date: 2026-05-26
              covers: [generate, storage]
      `,
      findings: [
        { line: 7, column: 13, field: 'tested.date', severity: 'error', message: '181 days ago (more than 180)' },
        { line: 8, column: 15, field: 'tested.covers', severity: 'error', message: '`tested.covers` lacks `errors` and `retries`' },
      ],
    },
    {
      name: 'no covers and no date',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            tested: {}
      `,
      findings: [
        { line: 3, column: 5, field: 'tested.covers', severity: 'error', message: '`tested.covers` is not set' },
        { line: 3, column: 5, field: 'tested.date', severity: 'error', message: '`tested.date` is not set' },
      ],
    },
    {
      name: 'options: more required parts and a shorter age',
      options: { requiredCovers: ['generate', 'storage'], maxAgeDays: 30 },
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            tested: { date: 2026-10-23, covers: [generate, errors, retries] }
      `,
      findings: [
        { line: 6, column: 21, field: 'tested.date', severity: 'error', message: 'more than 30' },
        { line: 6, column: 41, field: 'tested.covers', severity: 'error', message: 'lacks `storage`' },
      ],
    },
  ],
});
