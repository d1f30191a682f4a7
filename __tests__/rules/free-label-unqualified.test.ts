import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('free-label-unqualified', {
  valid: [
    {
      name: 'free, with payer and trigger',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: production
            billing:
              payer: provider-credit
              trigger: trial credit, then per image on the card on file
            labels: [gratis, free trial]
      `,
    },
    {
      name: 'no free word (whole words only)',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            labels: ["freedom of style", "freestyle"]
            claims: [gratisimo]
      `,
    },
  ],
  invalid: [
    {
      name: 'a free label without payer or trigger',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: production
            labels: ["GRATIS"]
      `,
      findings: [{ line: 6, column: 14, field: 'labels[0]', severity: 'error', message: '`GRATIS` calls the route free, but `billing.payer` is not set and `billing.trigger` is not set' }],
    },
    {
      name: 'claims in Spanish, accents ignored; payer unknown; internal',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: internal
            billing:
              payer: unknown
              trigger: after the trial credit
            claims:
              - Generación gratuíta
              - text: Sin costo alguno
      `,
      findings: [
        { line: 10, column: 9, field: 'claims[0]', severity: 'error', message: 'but `billing.payer` is `unknown`:' },
        { line: 11, column: 15, field: 'claims[1].text', severity: 'error' },
      ],
    },
    {
      name: 'trigger empty in demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: demo
            billing: { payer: provider-credit, trigger: "" }
            labels: [Free]
      `,
      findings: [{ line: 7, column: 14, field: 'labels[0]', severity: 'warning', message: 'but `billing.trigger` is empty' }],
    },
    {
      name: 'exploration: notice',
      manifest: yaml`
        version: 1
        routes:
          - id: lab
            kind: browser-playground
            stage: exploration
            labels: [free-to-try]
      `,
      findings: [{ line: 6, column: 14, field: 'labels[0]', severity: 'notice' }],
    },
  ],
});
