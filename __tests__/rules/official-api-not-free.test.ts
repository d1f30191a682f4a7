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
    {
      name: 'a vendor with free credits (fal): a free route that states its terms is not called false',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: official-api
            stage: demo
            provider: fal
            billing: { payer: provider-credit, trigger: charged per image once the grant is used up }
            limits: "2 concurrent requests"
            dataTerms: https://fal.ai/terms
            labels: [free credits]
      `,
    },
  ],
  invalid: [
    {
      name: 'a vendor with free credits: a free route without its terms is asked for them (warning)',
      manifest: yaml`
        version: 1
        routes:
          - id: fal
            kind: official-api
            stage: production
            provider: fal.ai
            billing: { payer: provider-credit }
      `,
      findings: [
        {
          line: 7,
          column: 23,
          field: 'billing.payer',
          severity: 'warning',
          message: "`billing.payer` is `provider-credit`: fal.ai's official API has free credits for some image use (",
        },
      ],
    },
    {
      name: 'a vendor with no free tier (xAI) names it and its source',
      manifest: yaml`
        version: 1
        routes:
          - id: grok
            kind: official-api
            stage: production
            provider: xai
            labels: [free]
            billing: { payer: our-account }
      `,
      findings: [{ line: 7, column: 14, field: 'labels[0]', severity: 'error', message: "`free` calls the route free, but xAI's official API has no free tier for image models (https://docs.x.ai/" }],
    },
    {
      name: 'a vendor whose free tier the catalog does not record (Google): judged as paid, and the message says why',
      manifest: yaml`
        version: 1
        routes:
          - id: gemini
            kind: official-api
            stage: production
            provider: Google AI Studio
            billing: { payer: provider-credit }
      `,
      findings: [{ line: 7, column: 23, field: 'billing.payer', severity: 'error', message: "the provider catalog records no free tier for Google Gemini API's image models" }],
    },
    {
      name: 'a provider the catalog does not know: judged as paid, and the message says so',
      manifest: yaml`
        version: 1
        routes:
          - id: acme
            kind: official-api
            stage: production
            provider: acme
            billing: { payer: unknown }
      `,
      findings: [{ line: 7, column: 23, field: 'billing.payer', severity: 'error', message: '`provider` `acme` is not in the provider catalog' }],
    },
    {
      name: 'no payer, in exploration too',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: exploration
      `,
      findings: [{ line: 3, column: 5, field: 'billing.payer', severity: 'error', message: "`billing.payer` is not set, but OpenAI's official API has no free tier for image models" }],
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
