import { testRule, yaml } from '../helpers/rule-tester.js';

testRule('fallback-unresolved', {
  valid: [
    {
      name: 'names a declared paid route',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            fallback: route:azure-images
          - id: azure-images
            kind: provider-paid
            stage: production
      `,
    },
    {
      name: 'a plan in words is not checked',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            fallback: route around the outage by hand
      `,
    },
    {
      name: 'a demo route may fall back to a playground',
      manifest: yaml`
        version: 1
        routes:
          - id: demo-trial
            kind: provider-trial
            stage: demo
            fallback: route:lab
          - id: lab
            kind: browser-playground
            stage: exploration
      `,
    },
  ],
  invalid: [
    {
      name: 'no such route, with a suggestion',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            fallback: route:azure-image
          - id: azure-images
            kind: provider-paid
            stage: production
      `,
      findings: [{ line: 6, column: 15, field: 'fallback', severity: 'error', message: 'names no declared route (did you mean `route:azure-images`?)' }],
    },
    {
      name: 'an empty route id',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: demo
            fallback: "route:"
      `,
      findings: [{ line: 6, column: 15, field: 'fallback', severity: 'error', message: 'names no route' }],
    },
    {
      name: 'names itself; exploration is a warning',
      manifest: yaml`
        version: 1
        routes:
          - id: lab
            kind: provider-trial
            stage: exploration
            fallback: route:lab
      `,
      findings: [{ line: 6, column: 15, field: 'fallback', severity: 'warning', message: 'names the route itself' }],
    },
    {
      name: 'a production route falling back to routes that cannot serve production',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            fallback: route:chatgpt
          - id: thumbs
            kind: official-api
            stage: internal
            fallback: route:relay
          - id: chatgpt
            kind: app-access
            stage: demo
          - id: relay
            kind: unknown-wrapper
            stage: demo
      `,
      findings: [
        { line: 6, column: 15, field: 'fallback', severity: 'error', route: 'hero', message: 'names a route of kind `app-access`, which cannot serve production' },
        { line: 10, column: 15, field: 'fallback', severity: 'error', route: 'thumbs', message: '`stage: internal` is production-like' },
      ],
    },
  ],
});
