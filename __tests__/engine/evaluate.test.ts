import { evaluate } from '../../src/engine/evaluate.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { loadBuiltinCatalogs } from '../../src/catalog/load.js';
import { parseLayer } from '../../src/policy/load.js';
import { resolvePolicy } from '../../src/policy/resolve.js';
import { readBuiltin } from '../../src/policy/builtin.js';
import { formatJson } from '../../src/report/format-json.js';
import { reportSchema, type Report } from '../../src/report/schema.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { scanOf, TODAY, yaml } from '../helpers/rule-tester.js';

const manifest = yaml`
  version: 1
  routes:
    - id: fal-trial
      kind: provider-trial
      stage: production
      keyOwner: "@acme/growth"
      billing: { payer: provider-credit, trigger: trial credit then per image }
      checked: 2026-11-20
    - id: lab-sketch
      kind: browser-playground
      stage: exploration
      keyOwner: "@acme/design"
      billing: { payer: provider-credit, trigger: free credits }
      userData: false
      checked: 2026-10-01
`;

function run(policyText: string, today = TODAY, files: Record<string, string> = { 'apps/web/image-routes.yml': manifest }): Report {
  const recommended = readBuiltin('recommended');
  const layers = [parseLayer('recommended', recommended.file, recommended.text), parseLayer('.github/image-route-policy.yml', '.github/image-route-policy.yml', policyText)];
  const policy = resolvePolicy(layers, loadBuiltinCatalogs(), today);
  const report = evaluate(Object.entries(files).map(([file, text]) => parseManifest(file, text)), null, policy, today);
  expect(reportSchema.safeParse(report).success).toBe(true);
  return report;
}

const rulesOf = (report: Report, route: string, status = 'open') =>
  report.findings.filter((finding) => finding.route === route && finding.status === status).map((finding) => finding.rule);

describe('evaluate', () => {
  it('returns a report that fails on open errors and counts them', () => {
    const report = run('version: 1\n');
    expect(report.passed).toBe(false);
    expect(report.summary.errors).toBe(report.findings.filter((finding) => finding.severity === 'error' && finding.status === 'open').length);
    expect(report.policy.sources).toEqual(['recommended', '.github/image-route-policy.yml']);
    expect(report.manifests).toEqual([{ file: 'apps/web/image-routes.yml', routes: 2 }]);
  });

  it('sorts findings by file, line, column, rule and is byte-identical across runs', () => {
    const first = run('version: 1\n');
    const keys = first.findings.map((finding) => [finding.file, finding.line, finding.column, finding.rule]);
    const sorted = [...keys].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number) || (a[3]! < b[3]! ? -1 : a[3]! > b[3]! ? 1 : 0)));
    expect(keys).toEqual(sorted);
    expect(JSON.stringify(run('version: 1\n'))).toBe(JSON.stringify(first));
  });

  it('lists routes with the day each goes stale (30 days for volatile kinds, 90 otherwise)', () => {
    expect(run('version: 1\n').routes).toEqual([
      expect.objectContaining({ id: 'fal-trial', line: 3, checked: '2026-11-20', staleOn: '2026-12-21' }),
      expect.objectContaining({ id: 'lab-sketch', line: 9, checked: '2026-10-01', staleOn: '2026-11-01' }),
    ]);
    expect(run('version: 1\nrules:\n  checked-date-stale: { volatileMaxAgeDays: 10 }\n').routes[0]!.staleOn).toBe('2026-12-01');
  });

  it('passes with failOn never, and fails on warnings with failOn warning', () => {
    expect(run('version: 1\nfailOn: never\n').passed).toBe(true);
    const warningsOnly = yaml`
      version: 1
      routes:
        - id: lab-sketch
          kind: browser-playground
          stage: demo
          keyOwner: "@acme/design"
          billing: { payer: provider-credit, trigger: free credits }
          userData: false
          checked: 2026-11-20
    `;
    const files = { 'image-routes.yml': warningsOnly };
    const lenient = run('version: 1\n', TODAY, files);
    expect(lenient.summary.errors).toBe(0);
    expect(lenient.summary.warnings).toBeGreaterThan(0);
    expect(lenient.passed).toBe(true);
    expect(run('version: 1\nfailOn: warning\n', TODAY, files).passed).toBe(false);
  });

  describe('overrides', () => {
    it('apply only where routes, files and stages all match; later entries win', () => {
      const policy = yaml`
        version: 1
        overrides:
          - routes: ["lab-*"]
            files: ["apps/**"]
            stages: [exploration]
            rules:
              checked-date-stale: off
          - routes: ["fal-*"]
            files: ["labs/**"]
            rules:
              key-owner-missing: off
          - routes: ["fal-*"]
            rules:
              trial-in-production: warning
          - routes: ["fal-*"]
            rules:
              trial-in-production: notice
      `;
      const report = run(policy);
      expect(rulesOf(run('version: 1\n'), 'lab-sketch')).toContain('checked-date-stale');
      expect(rulesOf(report, 'lab-sketch')).not.toContain('checked-date-stale');
      expect(report.findings.find((finding) => finding.rule === 'trial-in-production')!.severity).toBe('notice');
    });
  });

  describe('waivers', () => {
    const waiver = (expires: string, route = 'fal-trial') =>
      `version: 1\nwaivers:\n  - rule: trial-in-production\n    route: "${route}"\n    reason: Paid contract signed; route replaced in December\n    owner: "@acme/ai-governance"\n    expires: ${expires}\n`;

    it('an active waiver keeps the finding, marked waived with the waiver', () => {
      const report = run(waiver('2027-01-15'));
      const waived = report.findings.filter((finding) => finding.status === 'waived');
      expect(waived).toEqual([
        expect.objectContaining({
          rule: 'trial-in-production',
          route: 'fal-trial',
          waiver: { reason: 'Paid contract signed; route replaced in December', owner: '@acme/ai-governance', expires: '2027-01-15' },
        }),
      ]);
      expect(report.summary.waived).toBe(1);
      expect(rulesOf(report, 'fal-trial')).not.toContain('trial-in-production');
    });

    it('matches route globs', () => {
      expect(run(waiver('2027-01-15', 'fal-*')).summary.waived).toBe(1);
    });

    it('an expired waiver no longer applies and is itself an error at its place in the policy', () => {
      const report = run(waiver('2026-11-22'));
      expect(rulesOf(report, 'fal-trial')).toContain('trial-in-production');
      expect(report.findings.find((finding) => finding.rule === 'waiver-expired')).toMatchObject({
        severity: 'error',
        file: '.github/image-route-policy.yml',
        line: 3,
        column: 5,
        route: 'fal-trial',
      });
    });

    it('still applies on its expiry day', () => {
      expect(run(waiver(TODAY)).summary.waived).toBe(1);
    });

    it('an unused waiver is a warning', () => {
      const report = run(waiver('2027-01-15', 'nothing-here'));
      expect(report.findings.find((finding) => finding.rule === 'waiver-unused')).toMatchObject({ severity: 'warning', line: 3, column: 5 });
    });
  });

  it('formats an engine-built report as JSON exactly as the schema-driven path does', () => {
    const report = run('version: 1\nwaivers:\n  - rule: trial-in-production\n    route: fal-trial\n    reason: Paid contract signed; route replaced\n    owner: "@acme/x"\n    expires: 2027-01-15\n');
    expect(formatJson(report)).toBe(formatJson({ ...report }));
  });

  it('never waives or silences manifest-invalid', () => {
    const report = run('version: 1\n', TODAY, { 'image-routes.yml': 'version: 1\nroutes:\n  - id: a\n    kind: nope\n    stage: demo\n' });
    expect(report.findings.filter((finding) => finding.rule === 'manifest-invalid')).toEqual([
      expect.objectContaining({ severity: 'error', status: 'open', line: 4, column: 11, route: 'a', field: 'kind' }),
    ]);
  });
});

describe("the stop-rule matrix's not-required cells", () => {
  it('per stage: the checklist facts no rule of the policy requires there', () => {
    const report = run('version: 1\n');
    expect(report.checklist?.notRequired).toEqual({ production: [], internal: [], demo: ['tested'], exploration: ['support', 'tested'] });
    // Without overrides no route has a list of its own.
    expect(report.routes.every((route) => route.notRequired === undefined)).toBe(true);
  });

  it("a route whose rules an override turns off has its own list; the stage's follows the policy's rules", () => {
    const off = run('version: 1\noverrides:\n  - routes: ["fal-*"]\n    rules:\n      limit-missing: off\n      unlimited-claim-unproven: off\n');
    expect(off.routes.find((route) => route.id === 'fal-trial')!.notRequired).toEqual(['limits']);
    expect(off.routes.find((route) => route.id === 'lab-sketch')!.notRequired).toBeUndefined();
    const relaxed = run('version: 1\nrules:\n  path-untested: off\n');
    expect(relaxed.checklist?.notRequired.production).toEqual(['tested']);
  });
});

describe('catalog-stale', () => {
  const quiet = { 'image-routes.yml': 'version: 1\nroutes: []\n' };

  it('is quiet while the catalogs are at most maxAgeDays old', () => {
    expect(run('version: 1\n', '2027-02-28', quiet).findings).toEqual([]);
  });

  it('warns once per stale catalog file, at its checked line, the day after', () => {
    const report = run('version: 1\n', '2027-03-01', quiet);
    expect(report.findings.map(({ rule, severity, file, line, column, field, route }) => ({ rule, severity, file, line, column, field, route }))).toEqual([
      { rule: 'catalog-stale', severity: 'warning', file: 'policies/models.yml', line: 24, column: 10, field: 'checked', route: null },
      { rule: 'catalog-stale', severity: 'warning', file: 'policies/providers.yml', line: 27, column: 10, field: 'checked', route: null },
    ]);
    expect(report.findings[0]!.message).toBe(
      "the bundled catalog policies/models.yml was last checked on 2026-11-30, 91 days before 2027-03-01 (more than 90): its facts about models, retirements, providers and key formats may be out of date. Update image-route-policy, or correct the facts under the policy's `models:` and `providers:`",
    );
    expect(report.passed).toBe(true);
  });

  it('follows maxAgeDays and severity from the policy, and can be turned off', () => {
    expect(run('version: 1\nrules:\n  catalog-stale: { maxAgeDays: 10 }\n', '2026-12-11', quiet).findings.map((finding) => finding.rule)).toEqual(['catalog-stale', 'catalog-stale']);
    expect(run('version: 1\nrules:\n  catalog-stale: { maxAgeDays: 11 }\n', '2026-12-11', quiet).findings).toEqual([]);
    const raised = run('version: 1\nrules:\n  catalog-stale: error\n', '2027-06-01', quiet);
    expect(raised.findings.map((finding) => finding.severity)).toEqual(['error', 'error']);
    expect(raised.passed).toBe(false);
    expect(run('version: 1\nrules:\n  catalog-stale: off\n', '2027-06-01', quiet).findings).toEqual([]);
  });
});

describe("a policy's providers: and models:", () => {
  const route = (provider: string, extra = '') => yaml`
    version: 1
    routes:
      - id: gateway
        kind: official-api
        stage: production
        provider: ${provider}
        model: acme-image-1
        billing: { payer: provider-credit }
        notes: "rotated key acmegw_${'Zq7'.repeat(12)} last week"${extra}
  `;
  const policy = yaml`
    version: 1
    models:
      - { id: acme-image-1, provider: Acme Gateway, status: active }
    providers:
      - id: acme-gateway
        name: Acme Gateway
        kind: aggregator
        names: [acme, acme-gw]
        keyFormats: [{ name: Acme gateway key, prefix: acmegw_, minBody: 32 }]
        freeTier: { images: credits, summary: 500 free images a month }
  `;

  it('adds a provider: its names resolve, its models are its own, its key format is found and masked everywhere', () => {
    const report = run(policy, TODAY, { 'image-routes.yml': route('ACME-GW') });
    const rules = report.findings.map((finding) => finding.rule);
    expect(rules).not.toContain('model-alias-unmapped');
    const secret = report.findings.find((finding) => finding.rule === 'secret-in-manifest');
    expect(secret?.message).toContain('looks like an Acme gateway key (acme... (43 characters))');
    expect(JSON.stringify(report)).not.toContain('Zq7Zq7Zq7');
    // Its free tier is recorded, so the free payer is a warning asking for the terms.
    const free = report.findings.find((finding) => finding.rule === 'official-api-not-free');
    expect(free).toMatchObject({ severity: 'warning', field: 'billing.payer' });
    expect(free?.message).toContain("Acme Gateway's official API has free credits for some image use");
  });

  it('without the policy, the same route names the unknown provider and the key goes unrecognised', () => {
    const report = run('version: 1\n', TODAY, { 'image-routes.yml': route('acme') });
    const alias = report.findings.find((finding) => finding.rule === 'model-alias-unmapped');
    expect(alias?.message).toContain('`provider` `acme` is not in the provider catalog');
    expect(report.findings.map((finding) => finding.rule)).not.toContain('secret-in-manifest');
  });

  it('replaces a bundled provider by id: a corrected free tier changes official-api-not-free', () => {
    const correction = yaml`
      version: 1
      providers:
        - id: xai
          name: xAI
          kind: vendor
          names: [xAI, Grok]
          freeTier: { images: free-tier, summary: 25 free images a day (contract 2026-12) }
    `;
    const grok = yaml`
      version: 1
      routes:
        - id: grok
          kind: official-api
          stage: production
          provider: Grok
          model: grok-imagine-image-2.0
          billing: { payer: provider-credit, trigger: paid after 25 images a day }
          limits: 25 images a day
          dataTerms: https://x.ai/legal/terms-of-service
    `;
    expect(run('version: 1\n', TODAY, { 'image-routes.yml': grok }).findings.filter((finding) => finding.rule === 'official-api-not-free')).toHaveLength(1);
    expect(run(correction, TODAY, { 'image-routes.yml': grok }).findings.filter((finding) => finding.rule === 'official-api-not-free')).toEqual([]);
  });
});

describe('what the review found', () => {
  it("a policy's key format is masked in every string of the report, key owner included", () => {
    const policy = 'version: 1\nproviders:\n  - { id: acme, name: Acme, kind: vendor, names: [], keyFormats: [{ name: Acme key, prefix: acme_live_, minBody: 20 }] }\n';
    const key = `acme_live_${'Q7z'.repeat(9)}`;
    const report = run(policy, TODAY, { 'image-routes.yml': `version: 1\nroutes:\n  - id: r\n    kind: provider-paid\n    stage: demo\n    keyOwner: ${key}\n` });
    expect(JSON.stringify(report)).not.toContain(key);
    expect(report.routes[0]!.keyOwner).toContain('acme...[redacted 37 characters]');
  });

  it('restating a bundled provider in a policy does not switch secret-in-manifest off', () => {
    const policy = 'version: 1\nproviders:\n  - { id: openai, name: OpenAI, kind: vendor, names: [OpenAI, Open A.I.] }\n';
    const report = run(policy, TODAY, { 'image-routes.yml': `version: 1\nroutes:\n  - id: r\n    kind: provider-paid\n    stage: demo\n    notes: "sk-proj-${'Ab9'.repeat(20)}"\n` });
    expect(report.findings.map((finding) => finding.rule)).toContain('secret-in-manifest');
  });

  it("a provider only the policy's models: name is its models' provider (policy.md's example)", () => {
    const policy = 'version: 1\nmodels:\n  - { id: acme-image-1, provider: acme, status: active }\n';
    const report = run(policy, TODAY, { 'image-routes.yml': 'version: 1\nroutes:\n  - id: r\n    kind: official-api\n    stage: production\n    provider: Acme\n    model: acme-image-1\n' });
    expect(report.findings.filter((finding) => finding.rule === 'model-alias-unmapped')).toEqual([]);
  });

  it('a provider named in another script gets no crash, and a close name its suggestion', () => {
    const report = run('version: 1\n', TODAY, { 'image-routes.yml': 'version: 1\nroutes:\n  - id: r\n    kind: official-api\n    stage: production\n    provider: 通义万相\n    model: x\n  - id: s\n    kind: official-api\n    stage: production\n    provider: "+++"\n    model: y\n' });
    expect(report.findings.filter((finding) => finding.rule === 'model-alias-unmapped')).toHaveLength(2);
  });
});

describe('code findings under the policy', () => {
  const manifestText = 'version: 1\nroutes:\n  - id: hero\n    kind: official-api\n    stage: production\n    provider: openai\n    model: gpt-image-2\n';
  const scanned = scanOf([
    { file: 'legacy/old.ts', line: 4, column: 3, provider: 'fal', api: 'fal.subscribe', model: 'fal-ai/flux/dev' },
    { file: 'src/new.ts', line: 9, column: 5, provider: 'fal', api: 'fal.subscribe', model: 'fal-ai/flux/dev' },
  ]);
  const runWith = (policyText: string) => {
    const recommended = readBuiltin('recommended');
    const layers = [parseLayer('recommended', recommended.file, recommended.text), parseLayer('.github/image-route-policy.yml', '.github/image-route-policy.yml', policyText)];
    return evaluate([parseManifest('image-routes.yml', manifestText)], scanned, resolvePolicy(layers, loadBuiltinCatalogs(), TODAY), TODAY);
  };

  it('a waiver with files accepts the call sites in those files, with its owner, reason and expiry', () => {
    const report = runWith('version: 1\nwaivers:\n  - rule: route-undeclared\n    files: ["legacy/**"]\n    reason: Legacy flow, removed with the Q1 migration\n    owner: "@acme/web"\n    expires: 2027-02-01\n');
    const undeclared = report.findings.filter((finding) => finding.rule === 'route-undeclared');
    expect(undeclared.map(({ file, status }) => ({ file, status }))).toEqual([
      { file: 'legacy/old.ts', status: 'waived' },
      { file: 'src/new.ts', status: 'open' },
    ]);
    expect(undeclared[0]!.waiver).toEqual({ reason: 'Legacy flow, removed with the Q1 migration', owner: '@acme/web', expires: '2027-02-01' });
  });

  it("overrides reach a call tied to no route by its file; a waiver needs a route or files", () => {
    const report = runWith('version: 1\noverrides:\n  - files: ["legacy/**"]\n    rules: { route-undeclared: warning }\n');
    expect(report.findings.filter((finding) => finding.rule === 'route-undeclared').map(({ file, severity }) => `${file} ${severity}`)).toEqual(['legacy/old.ts warning', 'src/new.ts error']);
    expect(() => runWith('version: 1\nwaivers:\n  - rule: route-undeclared\n    reason: no scope given here at all\n    owner: "@acme/web"\n    expires: 2027-02-01\n')).toThrow('a waiver names the `route` it covers, or the `files` of the call sites it covers');
  });

  it('the report carries the call sites with their ties, and counts them', () => {
    const report = runWith('version: 1\n');
    expect(report.summary.callSites).toBe(2);
    expect(report.callSites!.map(({ file, route, tiedBy }) => ({ file, route, tiedBy }))).toEqual([
      { file: 'legacy/old.ts', route: null, tiedBy: null },
      { file: 'src/new.ts', route: null, tiedBy: null },
    ]);
  });
});

describe('the library, step by step (README)', () => {
  it('gives the same report as runCheck', async () => {
    const lib = await import('../../src/index.js');
    const root = PROJECT_ROOT;
    const cwd = `${PROJECT_ROOT}/examples`;
    const policy = await lib.loadPolicy({ cwd: root, today: TODAY });
    const sources = lib.sourceCollector(root, policy.scan);
    const manifests = lib.loadManifests(root, lib.discoverManifests(cwd, [], sources));
    const scan = await lib.scanSources(root, sources.files, new lib.ScanPlan(policy.providers, policy.catalog), false);
    const stepwise = lib.evaluate(manifests, scan, policy, TODAY);
    const { report } = await lib.runCheck({ cwd, root, today: TODAY, patterns: ['.'] });
    expect(JSON.stringify(stepwise)).toBe(JSON.stringify(report));
    expect(stepwise.callSites).toHaveLength(6);
  });
});
