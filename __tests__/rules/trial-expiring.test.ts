import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('trial-expiring', {
  valid: [
    {
      name: 'the trial ends after warnDays',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: production
            billing: { trialEnds: 2026-12-08 }
      `,
    },
    {
      name: 'no trial',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
      `,
    },
    {
      name: 'a shorter warnDays',
      options: { warnDays: 3 },
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: production
            billing: { trialEnds: 2026-11-27 }
      `,
    },
  ],
  invalid: [
    {
      name: 'ended yesterday: the stage severity',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: demo
            billing:
              trialEnds: 2026-11-22
      `,
      findings: [{ line: 7, column: 18, field: 'billing.trialEnds', severity: 'error', message: 'the trial ended on 2026-11-22, 1 day ago' }],
    },
    {
      name: 'ended, in exploration: warning',
      manifest: yaml`
        version: 1
        routes:
          - id: lab
            kind: provider-trial
            stage: exploration
            billing:
              trialEnds: 2026-10-01
      `,
      findings: [{ line: 7, column: 18, field: 'billing.trialEnds', severity: 'warning', message: 'ended on 2026-10-01' }],
    },
    {
      name: 'ends today, and ends on the last warning day: warnings even in production',
      manifest: yaml`
        version: 1
        routes:
          - id: today
            kind: provider-trial
            stage: production
            billing: { trialEnds: 2026-11-23 }
          - id: soon
            kind: provider-trial
            stage: production
            billing: { trialEnds: 2026-12-07 }
      `,
      findings: [
        { line: 6, column: 27, field: 'billing.trialEnds', severity: 'warning', route: 'today', message: 'the trial ends on 2026-11-23, today' },
        { line: 10, column: 27, field: 'billing.trialEnds', severity: 'warning', route: 'soon', message: 'in 14 days' },
      ],
    },
    {
      name: 'a longer warnDays',
      options: { warnDays: 30 },
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: internal
            billing: { trialEnds: 2026-12-20 }
      `,
      findings: [{ line: 6, column: 27, field: 'billing.trialEnds', severity: 'warning', message: 'in 27 days' }],
    },
  ],
});
