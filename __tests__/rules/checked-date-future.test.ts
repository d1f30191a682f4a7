import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('checked-date-future', {
  valid: [
    {
      name: 'every date today or earlier',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            claims:
              - text: never blocked
                evidence: { type: terms, url: "https://fal.ai/terms", checked: 2026-11-23 }
              - unlimited
            tested: { date: 2026-11-02, covers: [generate] }
            checked: 2026-11-23
      `,
    },
    {
      name: 'a future date is fine once that day has come',
      today: '2027-01-01',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            checked: 2026-12-31
      `,
    },
  ],
  invalid: [
    {
      name: 'each future date is its own finding, in every stage',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: exploration
            claims:
              - text: never blocked
                evidence: { type: terms, url: "https://fal.ai/terms", checked: 2026-11-22 }
              - text: sin límites
                evidence: { type: contract, url: "https://fal.ai/contract", checked: 2027-11-01 }
            tested:
              date: 2026-11-24
            checked: 2062-11-23
      `,
      findings: [
        { line: 10, column: 78, field: 'claims[1].evidence.checked', severity: 'error', message: 'the evidence `checked` is 2027-11-01, after today (2026-11-23)' },
        { line: 12, column: 13, field: 'tested.date', severity: 'error', message: '`tested.date` is 2026-11-24' },
        { line: 13, column: 14, field: 'checked', severity: 'error', message: '`checked` is 2062-11-23, after today' },
      ],
    },
  ],
});
