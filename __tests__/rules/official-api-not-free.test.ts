import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('official-api-not-free', {
  valid: [
    {
      name: 'our account pays per token',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            billing: { payer: our-account, unit: token }
            labels: ["GPT Image 2", "freedom of style"]
      `,
    },
    {
      name: 'other kinds may be free',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: demo
            billing: { payer: provider-credit, unit: none, trialEnds: 2027-01-15 }
            labels: [gratis]
      `,
    },
  ],
  invalid: [
    {
      name: 'no payer, in exploration too',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: exploration
      `,
      findings: [{ line: 3, column: 5, field: 'billing.payer', severity: 'error', message: '`billing.payer` is not set, but the official API has no free tier' }],
    },
    {
      name: 'payer unknown',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: demo
            billing:
              payer: unknown
      `,
      findings: [{ line: 7, column: 14, field: 'billing.payer', severity: 'error', message: '`billing.payer` is `unknown`' }],
    },
    {
      name: 'every problem, each at its own field',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            billing:
              payer: provider-credit
              unit: none
              trialEnds: 2026-12-31
            labels: ["GPT Image 2 API Gratis"]
            claims:
              - free for the first 100 images
              - text: Sin Costo
      `,
      findings: [
        { line: 7, column: 14, field: 'billing.payer', severity: 'error', message: '`billing.payer` is `provider-credit`' },
        { line: 8, column: 13, field: 'billing.unit', severity: 'error', message: '`billing.unit` is `none`' },
        { line: 9, column: 18, field: 'billing.trialEnds', severity: 'error', message: 'remove `trialEnds`' },
        { line: 10, column: 14, field: 'labels[0]', severity: 'error', message: '`GPT Image 2 API Gratis` calls the route free' },
        { line: 12, column: 9, field: 'claims[0]', severity: 'error' },
        { line: 13, column: 15, field: 'claims[1].text', severity: 'error' },
      ],
    },
  ],
});
