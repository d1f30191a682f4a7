import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('checked-date-stale', {
  valid: [
    {
      name: 'checked exactly maxAgeDays (90) ago',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            checked: 2026-08-25
      `,
    },
    {
      name: 'a volatile kind checked exactly 30 days ago',
      manifest: yaml`
        version: 1
        routes:
          - id: fal-trial
            kind: provider-trial
            stage: demo
            checked: 2026-10-24
      `,
    },
    {
      name: 'no checked date is left to checked-date-missing',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
      `,
    },
    {
      name: 'a longer maxAgeDays',
      options: { maxAgeDays: 365 },
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: production
            checked: 2026-01-01
      `,
    },
  ],
  invalid: [
    {
      name: '91 days old: warning in production',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            checked: 2026-08-24
      `,
      findings: [{ line: 6, column: 14, field: 'checked', severity: 'warning', message: 'more than 90 days ago (stale since 2026-11-23)' }],
    },
    {
      name: 'volatile kinds go stale after 30 days; notice in exploration',
      manifest: yaml`
        version: 1
        routes:
          - id: chatgpt
            kind: app-access
            stage: internal
            checked: 2026-10-23
          - id: lab
            kind: browser-playground
            stage: exploration
            checked: 2026-09-01
      `,
      findings: [
        { line: 6, column: 14, field: 'checked', severity: 'warning', route: 'chatgpt', message: 'more than 30 days ago for a route of kind `app-access`' },
        { line: 10, column: 14, field: 'checked', severity: 'notice', route: 'lab' },
      ],
    },
    {
      name: 'options: shorter limits',
      options: { maxAgeDays: 60, volatileMaxAgeDays: 7 },
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: demo
            checked: 2026-09-23
          - id: relay
            kind: unknown-wrapper
            stage: demo
            checked: 2026-11-15
      `,
      findings: [
        { line: 6, column: 14, field: 'checked', severity: 'warning', route: 'hero', message: 'more than 60 days ago' },
        { line: 10, column: 14, field: 'checked', severity: 'warning', route: 'relay', message: 'more than 7 days ago' },
      ],
    },
  ],
});
