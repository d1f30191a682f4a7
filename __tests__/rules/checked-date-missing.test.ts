import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('checked-date-missing', {
  valid: [
    {
      name: 'a valid date',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            checked: 2026-11-02
      `,
    },
    {
      name: 'a date from defaults',
      manifest: yaml`
        version: 1
        defaults:
          checked: 2026-11-02
        routes:
          - id: hero
            kind: browser-playground
            stage: exploration
      `,
    },
  ],
  invalid: [
    {
      name: 'absent, in every stage',
      manifest: yaml`
        version: 1
        routes:
          - id: prod
            kind: official-api
            stage: production
          - id: lab
            kind: browser-playground
            stage: exploration
      `,
      findings: [
        { line: 3, column: 5, field: 'checked', severity: 'error', route: 'prod', message: '`checked` is not set to a valid date' },
        { line: 6, column: 5, field: 'checked', severity: 'error', route: 'lab', message: 'checked: YYYY-MM-DD' },
      ],
    },
  ],
});
