import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('trial-in-production', {
  valid: [
    {
      name: 'a trial that declares everything production needs',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: production
            billing:
              unit: image
              failureBilling: charged
            limits: "10 images/min"
            dataTerms: https://fal.ai/terms
            support: "@acme/growth"
            fallback: route:hero
          - id: hero
            kind: official-api
            stage: production
      `,
    },
    {
      name: 'a bare trial in demo (off)',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: demo
      `,
    },
  ],
  invalid: [
    {
      name: 'a bare trial in production lists every gap',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: production
      `,
      findings: [
        {
          line: 5,
          column: 12,
          field: 'stage',
          severity: 'error',
          message:
            'declare `billing.unit`, a known `billing.failureBilling`, `limits`, `dataTerms`, `support` and a `fallback: route:<id>` to a declared route that is not a trial, or move the route to `demo` or `exploration`',
        },
      ],
    },
    {
      name: 'internal: unknown failure billing and a fallback to another trial',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: internal
            billing:
              unit: image
              failureBilling: unknown
            limits: "10 images/min"
            dataTerms: https://fal.ai/terms
            support: "@acme/growth"
            fallback: route:other-trial
          - id: other-trial
            kind: provider-trial
            stage: demo
      `,
      findings: [
        { line: 5, column: 12, field: 'stage', severity: 'error', route: 'fal-trial', message: 'declare a known `billing.failureBilling` and a `fallback: route:<id>`' },
      ],
    },
    {
      name: 'a fallback in words is not enough',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: production
            billing: { unit: image, failureBilling: not-charged }
            limits: "10 images/min"
            dataTerms: https://fal.ai/terms
            support: "@acme/growth"
            fallback: switch to the official API by hand
      `,
      findings: [{ line: 5, column: 12, field: 'stage', severity: 'error', message: 'declare a `fallback: route:<id>` to a declared route that is not a trial' }],
    },
  ],
});
