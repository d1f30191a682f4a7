import { evaluate } from '../../src/engine/evaluate.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { loadBuiltinCatalogs } from '../../src/catalog/load.js';
import { parseLayer } from '../../src/policy/load.js';
import { resolvePolicy } from '../../src/policy/resolve.js';
import { readBuiltin } from '../../src/policy/builtin.js';
import { formatJson } from '../../src/report/format-json.js';
import { reportSchema, type Report } from '../../src/report/schema.js';
import { TODAY, yaml } from '../helpers/rule-tester.js';

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
  const report = evaluate(Object.entries(files).map(([file, text]) => parseManifest(file, text)), policy, today);
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
