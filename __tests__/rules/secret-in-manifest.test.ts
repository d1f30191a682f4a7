import { findingsOf, runManifest, testRule, yaml } from '../helpers/rule-tester.js';

// Fake keys are assembled at run time so that no key-shaped literal is ever committed.
const OPENAI_PROJECT = 'sk-proj-' + 'A'.repeat(40);
const OPENAI = 'sk-' + 'b1'.repeat(24);
const ANTHROPIC = 'sk-ant-' + 'api03-' + 'C'.repeat(93) + 'AA';
const OPENROUTER = 'sk-or-v1-' + 'd0'.repeat(32);
const GOOGLE = 'AIza' + 'E'.repeat(35);
const HUGGING_FACE = 'hf_' + 'f'.repeat(34);
const REPLICATE = 'r8_' + 'G'.repeat(37);

testRule('secret-in-manifest', {
  valid: [
    {
      name: 'references and ordinary text',
      manifest: yaml`
        version: 1
        defaults:
          secretRef: none
        routes:
          - id: hero
            kind: official-api
            stage: production
            secretRef: env:OPENAI_API_KEY
            notes: "keys start with sk- and are kept in vault:kv/openai; task-sk-1234 is a ticket"
          - id: fal
            kind: provider-paid
            stage: production
            secretRef: vault:kv/fal#key
          - id: azure
            kind: provider-paid
            stage: production
            secretRef: secret:AZURE_KEY
      `,
    },
  ],
  invalid: [
    {
      name: 'a project key pasted into secretRef, in exploration too',
      manifest: yaml`
        version: 1
        routes:
          - id: lab
            kind: official-api
            stage: exploration
            secretRef: ${OPENAI_PROJECT}
      `,
      findings: [
        { line: 6, column: 16, field: 'secretRef', severity: 'error', route: 'lab', message: 'holds what looks like an OpenAI project key (sk-p... (48 characters))' },
      ],
    },
    {
      name: 'a secretRef that is not a reference',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: official-api
            stage: production
            secretRef: my-team-password
      `,
      findings: [{ line: 6, column: 16, field: 'secretRef', severity: 'error', message: 'a value that is not a reference (my-t... (16 characters))' }],
    },
    {
      name: 'a key in defaults belongs to no route',
      manifest: yaml`
        version: 1
        defaults:
          secretRef: ${OPENAI}
        routes: []
      `,
      findings: [{ line: 3, column: 14, field: 'defaults.secretRef', severity: 'error', route: null, message: 'an OpenAI key or Stability API key' }],
    },
    {
      name: 'keys of every provider in free text',
      manifest: yaml`
        version: 1
        routes:
          - id: hero
            kind: provider-paid
            stage: production
            notes: "old key ${ANTHROPIC} revoked"
            labels: ["${OPENROUTER}", "${GOOGLE}"]
            claims:
              - text: "${HUGGING_FACE}"
            support: ${REPLICATE}
      `,
      findings: [
        { line: 6, column: 12, field: 'notes', severity: 'error', message: 'an Anthropic key (sk-a... (108 characters))' },
        { line: 7, column: 14, field: 'labels[0]', severity: 'error', message: 'an OpenRouter API key (sk-o... (73 characters))' },
        { line: 7, column: 91, field: 'labels[1]', severity: 'error', message: 'a Google API key (AIza... (39 characters))' },
        { line: 9, column: 15, field: 'claims[0].text', severity: 'error', message: 'a Hugging Face access token (hf_f... (37 characters))' },
        { line: 10, column: 14, field: 'support', severity: 'error', message: 'a Replicate API token (r8_G... (40 characters))' },
      ],
    },
  ],
});

describe('secret-in-manifest never prints a key', () => {
  const keys = [OPENAI_PROJECT, OPENAI, ANTHROPIC, OPENROUTER, GOOGLE, HUGGING_FACE, REPLICATE];

  it('keeps every key out of the whole report, wherever it was written', () => {
    const report = runManifest(
      yaml`
        version: 1
        defaults:
          notes: ${OPENAI}
        routes:
          - id: hero
            kind: official-api
            stage: production
            secretRef: ${OPENAI_PROJECT}
            notes: "${ANTHROPIC} ${OPENROUTER}"
            labels: ["${GOOGLE}"]
            claims: ["${HUGGING_FACE}"]
            support: ${REPLICATE}
      `,
      'secret-in-manifest',
    );
    // One finding per value: the notes holding two keys are reported once.
    expect(findingsOf(report, 'secret-in-manifest')).toHaveLength(6);
    const json = JSON.stringify(report);
    for (const key of keys) expect(json).not.toContain(key);
  });

  it('finds keys outside any valid route, and in mapping keys, without echoing them', () => {
    const report = runManifest(
      yaml`
        version: 1
        extra: ${GOOGLE}
        routes:
          - id: hero
            kind: official-api
            stage: production
            ${OPENAI_PROJECT}: pasted by mistake
            labels: { ${OPENAI_PROJECT}: [x, "${GOOGLE}"] }
      `,
      'secret-in-manifest',
    );
    const found = findingsOf(report, 'secret-in-manifest');
    expect(found.map(({ line, column, field, route }) => ({ line, column, field, route }))).toEqual([
      { line: 2, column: 8, field: 'extra', route: null },
      { line: 4, column: 5, field: null, route: 'hero' },
      // A key under a key-shaped key is reported at the parent, so no path prints the outer key.
      { line: 8, column: 13, field: 'labels', route: 'hero' },
      { line: 8, column: 13, field: 'labels', route: 'hero' },
    ]);
    expect(findingsOf(report, 'manifest-invalid').length).toBeGreaterThan(0);
    // Only this rule's findings: the engine's `manifest-invalid` finding for the unknown key still
    // carries the key as its `field` (reported to the engine's owners).
    const json = JSON.stringify(found);
    expect(json).not.toContain(GOOGLE);
    expect(json).not.toContain(OPENAI_PROJECT);
  });
});
