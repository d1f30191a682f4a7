// A RuleTester in the spirit of ESLint's and Spectral's `testRule`: each case is a real manifest
// text run through the real parser and engine, and asserts rule, line, column, field and severity.
import { evaluate } from '../../src/engine/evaluate.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { loadBuiltinCatalogs } from '../../src/catalog/load.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import type { Severity } from '../../src/policy/severity.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import type { Finding, Report } from '../../src/report/schema.js';
import { ruleById } from '../../src/rules/index.js';
import type { CallSite, ScanResult } from '../../src/scan/types.js';

export const TODAY = '2026-11-23';

export interface ExpectedFinding {
  /** Default: the manifest, `image-routes.yml`. */
  file?: string;
  line: number;
  column: number;
  field: string | null;
  severity: Exclude<Severity, 'off'>;
  route?: string | null;
  /** A part of the message that must appear. */
  message?: string;
}

export interface RuleCase {
  name: string;
  /** The manifest text (use `yaml` below to write it indented). */
  manifest: string;
  today?: string;
  options?: Record<string, unknown>;
  /** Call sites as the code scan would report them (code rules); the scan ran when this is given. */
  callSites?: readonly Partial<CallSite>[];
  /** Whether that scan read the whole tree (default true). */
  wholeTree?: boolean;
}

/** A call site with the usual defaults: an OpenAI `images.generate` call in src/app.ts, line 1. */
export function callSite(fields: Partial<CallSite>): CallSite {
  return {
    file: 'src/app.ts',
    line: 1,
    column: 1,
    language: 'typescript',
    provider: 'openai',
    api: 'images.generate',
    model: null,
    endpoint: null,
    keyEnv: null,
    routeComment: null,
    ...fields,
  };
}

export function scanOf(callSites: readonly Partial<CallSite>[], wholeTree = true): ScanResult {
  return { callSites: callSites.map(callSite), wholeTree, filesRead: 1, filesParsed: 1, notices: [] };
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

/** Runs one manifest (plus optional others) under the default policy with the rule's options set. */
export function runManifest(
  manifest: string,
  ruleId: string,
  options: Record<string, unknown> = {},
  today = TODAY,
  others: Record<string, string> = {},
  scan: ScanResult | null = null,
): Report {
  const policy = defaultPolicy(loadBuiltinCatalogs());
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  const rules = new Map(policy.rules);
  const setting = rules.get(ruleId)!;
  rules.set(ruleId, { ...setting, options: rule.meta.options.parse({ ...setting.options, ...options }) as Record<string, unknown> });
  const resolved: ResolvedPolicy = { ...policy, rules };
  const manifests = [parseManifest('image-routes.yml', manifest), ...Object.entries(others).map(([file, text]) => parseManifest(file, text))];
  return evaluate(manifests, scan, resolved, today);
}

export function findingsOf(report: Report, ruleId: string): Finding[] {
  return report.findings.filter((finding) => finding.rule === ruleId);
}

export function testRule(ruleId: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it('is in the catalog', () => {
      expect(ruleById(ruleId)?.meta.id).toBe(ruleId);
    });
    for (const item of cases.valid) {
      it(`does not fire: ${item.name}`, () => {
        const report = runManifest(item.manifest, ruleId, item.options, item.today, {}, item.callSites ? scanOf(item.callSites, item.wholeTree) : null);
        expect(findingsOf(report, 'manifest-invalid')).toEqual([]);
        expect(findingsOf(report, ruleId)).toEqual([]);
      });
    }
    for (const item of cases.invalid) {
      it(`fires: ${item.name}`, () => {
        const report = runManifest(item.manifest, ruleId, item.options, item.today, {}, item.callSites ? scanOf(item.callSites, item.wholeTree) : null);
        expect(findingsOf(report, 'manifest-invalid')).toEqual([]);
        const actual = findingsOf(report, ruleId);
        expect(actual.map(({ file, line, column, field, severity }) => ({ file, line, column, field, severity }))).toEqual(
          item.findings.map(({ file, line, column, field, severity }) => ({ file: file ?? 'image-routes.yml', line, column, field, severity })),
        );
        item.findings.forEach((expected, index) => {
          if (expected.message) expect(actual[index]!.message).toContain(expected.message);
          if (expected.route !== undefined) expect(actual[index]!.route).toBe(expected.route);
          expect(actual[index]!.docs).toMatch(new RegExp(`/docs/rules/${ruleId}\\.md$`));
        });
      });
    }
  });
}

/** Strips the common indentation of a template literal, so manifests read naturally in tests. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((line) => line.trim()).map((line) => line.length - line.trimStart().length));
  return text
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n');
}
