// What `init` writes: a starter manifest and policy, commented so a new user can fill them in.
import { schemaId } from '../version.js';

export const MANIFEST_TEMPLATE = `# yaml-language-server: $schema=${schemaId('image-routes.schema.json')}
# Every image-generation route this project uses, with the facts the production stop rules ask for.
# Check it with: npx image-route-policy check      (rules: npx image-route-policy rules)
version: 1
defaults:
  # Fields set here apply to every route that does not set them.
  support: "@your-org/oncall"
routes:
  - id: main-images                    # lower-case letters, digits and dashes; unique in the repository
    kind: official-api                 # official-api | app-access | browser-playground | provider-trial
                                       # | provider-paid | user-pays | unknown-wrapper
    stage: production                  # production | internal | demo | exploration
    provider: openai
    model: gpt-image-2                 # the model id exactly as the route names it
    endpoint: https://api.openai.com/v1/images/generations
    keyOwner: "@your-org/platform"     # who owns the key or account
    secretRef: env:OPENAI_API_KEY      # where the key is kept: env:, secret:, vault: or none. Never the key.
    sharedKey: false
    billing:
      payer: our-account               # our-account | end-user | provider-credit | app-quota | unknown
      trigger: each successful generate or edit call, billed per token
      unit: token
      failureBilling: not-charged
    limits: "Tier 1: see the organisation's limits page"
    dataTerms: https://openai.com/policies/services-agreement/
    userData: true
    consent: not-required
    fallback: none                     # route:<id> of another route, or a plan in words
    tested:
      date: 2026-01-01                 # the last end-to-end test of one complete image path
      covers: [generate, errors, retries]
    checked: 2026-01-01                # the day these facts were last verified
`;

export const POLICY_TEMPLATE = `# yaml-language-server: $schema=${schemaId('image-route-policy.schema.json')}
# The policy that judges image-routes.yml. See what it resolves to with: npx image-route-policy explain
version: 1
extends:
  - recommended            # minimal | recommended | strict, ./local.yml, or OWNER/REPO/PATH@REF
failOn: error              # error | warning | never
rules: {}
  # checked-date-stale:
  #   severity: error
  #   maxAgeDays: 60
overrides: []
  # - routes: ["lab-*"]
  #   stages: [exploration]
  #   rules:
  #     fallback-missing: off
waivers: []
  # - rule: trial-in-production
  #   route: some-route
  #   reason: Why this is acceptable for now, in a sentence
  #   owner: "@your-org/ai-governance"
  #   expires: 2027-01-31
`;
