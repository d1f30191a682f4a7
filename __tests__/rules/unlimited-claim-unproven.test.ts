import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('unlimited-claim-unproven', {
  valid: [
    {
      name: 'no promise from the lexicon (whole words only)',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            labels: ["limited beta", "unlimitedly fast"]
            claims: ["fast", "sin limitaciones de estilo"]
      `,
    },
    {
      name: 'unlimited use backed by a current contract',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            claims:
              - text: Sin Límites
                evidence: { type: contract, url: "https://example.com/contract.pdf", checked: 2026-08-25 }
      `,
    },
    {
      name: 'lesser promises accept terms or a dashboard',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            claims:
              - text: never blocked
                evidence: { type: terms, url: "https://fal.ai/terms", checked: 2026-11-10 }
              - text: Gratis para siempre
                evidence: { type: dashboard, url: "https://fal.ai/dashboard", checked: 2026-11-10 }
      `,
    },
    {
      name: 'older evidence within a longer maxAgeDays',
      options: { maxAgeDays: 365 },
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            claims:
              - text: uptime guaranteed
                evidence: { type: contract, url: "https://example.com/sla", checked: 2026-01-01 }
      `,
    },
  ],
  invalid: [
    {
      name: 'a label cannot carry evidence',
      manifest: yaml`
        version: 1
        routes:
          - id: relay
            kind: unknown-wrapper
            stage: production
            labels: [Unlimited]
      `,
      findings: [{ line: 6, column: 14, field: 'labels[0]', severity: 'error', message: 'the label `Unlimited` promises unlimited use, and a label cannot carry evidence' }],
    },
    {
      name: 'plain claims without evidence, English and Spanish, in internal',
      manifest: yaml`
        version: 1
        routes:
          - id: relay
            kind: unknown-wrapper
            stage: internal
            claims:
              - API gratis ILIMITADA
              - No  Limits
              - without-limits
              - FALLOS SIN CARGO
              - sin bloqueos
      `,
      findings: [
        { line: 7, column: 9, field: 'claims[0]', severity: 'error', message: 'promises unlimited use without evidence' },
        { line: 8, column: 9, field: 'claims[1]', severity: 'error', message: 'promises unlimited use' },
        { line: 9, column: 9, field: 'claims[2]', severity: 'error', message: 'promises unlimited use' },
        { line: 10, column: 9, field: 'claims[3]', severity: 'error', message: 'promises uncharged failures without evidence: write it as `{text, evidence: {type, url, checked}}` with evidence of type `contract`' },
        { line: 11, column: 9, field: 'claims[4]', severity: 'error', message: 'evidence of type `contract`, `terms` or `dashboard` with a `url` and a `checked` date within 90 days' },
      ],
    },
    {
      name: 'a claim object without evidence',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            claims:
              - text: failures not charged
      `,
      findings: [{ line: 7, column: 15, field: 'claims[0].text', severity: 'error', message: 'without evidence' }],
    },
    {
      name: 'terms are not enough for unlimited use, and the date is missing too; demo: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: demo
            claims:
              - text: sin límites
                evidence: { type: terms, url: "https://fal.ai/terms" }
      `,
      findings: [
        {
          line: 8,
          column: 27,
          field: 'claims[0].evidence.type',
          severity: 'warning',
          message: 'its evidence is of type `terms`, which is not enough for this promise and its evidence has no `checked` date',
        },
      ],
    },
    {
      name: 'evidence without a url: at the route id; exploration: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: lab
            kind: provider-trial
            stage: exploration
            claims:
              - text: uptime garantizado
                evidence: { type: contract, checked: 2026-11-01 }
      `,
      findings: [{ line: 3, column: 5, field: 'claims[0].evidence.url', severity: 'warning', message: 'its evidence has no `url`' }],
    },
    {
      name: 'evidence older than maxAgeDays',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            claims:
              - text: free forever
                evidence:
                  type: dashboard
                  url: https://fal.ai/dashboard
                  checked: 2026-08-24
      `,
      findings: [{ line: 11, column: 20, field: 'claims[0].evidence.checked', severity: 'error', message: 'checked on 2026-08-24, more than 90 days ago' }],
    },
    {
      name: 'a shorter maxAgeDays',
      options: { maxAgeDays: 7 },
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: provider-paid
            stage: production
            claims:
              - text: never blocked
                evidence: { type: terms, url: "https://fal.ai/terms", checked: 2026-11-10 }
      `,
      findings: [{ line: 8, column: 72, field: 'claims[0].evidence.checked', severity: 'error', message: 'more than 7 days ago' }],
    },
  ],
});
