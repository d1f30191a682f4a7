import type { Log, Result } from 'sarif';
import { FINGERPRINT_KEY, formatSarif, SARIF_SCHEMA } from '../../src/report/format-sarif.js';
import type { Report } from '../../src/report/schema.js';
import { RULES } from '../../src/rules/index.js';
import { DOCS_BASE } from '../../src/version.js';
import { finding, makeReport, sampleReport } from './fixtures.js';

function sarif(report: Report, rules?: readonly string[]): Log {
  return JSON.parse(formatSarif(report, rules ? { rules } : {})) as Log;
}

function onlyResult(report: Report): Result {
  return sarif(report).runs[0]!.results![0]!;
}

function single(overrides: Parameters<typeof finding>[0]): Report {
  return makeReport({ routes: [], findings: [finding(overrides)] });
}

describe('SARIF 2.1.0', () => {
  const log = sarif(sampleReport());
  const run = log.runs[0]!;
  const driver = run.tool.driver;

  it('has the envelope code scanning expects', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(driver.name).toBe('image-route-policy');
    expect(driver.version).toBe('1.0.0');
    expect(driver.informationUri).toBe('https://github.com/image-route-policy/image-route-policy');
    expect(formatSarif(sampleReport()).endsWith('}\n')).toBe(true);
  });

  it('describes every catalog rule by default, in catalog order', () => {
    expect(driver.rules!.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    for (const descriptor of driver.rules!) {
      const meta = RULES.find((rule) => rule.meta.id === descriptor.id)!.meta;
      expect(descriptor.shortDescription!.text).toBe(meta.description);
      expect(descriptor.fullDescription!.text).toBe(meta.rationale);
      expect(descriptor.helpUri).toBe(`${DOCS_BASE}/${descriptor.id}.md`);
      expect(['error', 'warning', 'note', 'none']).toContain(descriptor.defaultConfiguration!.level);
      expect(descriptor.shortDescription!.text.length).toBeLessThanOrEqual(1024);
    }
  });

  it('maps default severities: error → error, warning → warning', () => {
    const level = (id: string): string | undefined => driver.rules!.find((rule) => rule.id === id)!.defaultConfiguration!.level;
    expect(level('key-owner-missing')).toBe('error');
    expect(level('checked-date-stale')).toBe('warning');
    expect(level('waiver-unused')).toBe('warning');
  });

  it('describes only the enabled rules, plus any rule a finding names', () => {
    const ids = sarif(sampleReport(), ['checked-date-future', 'key-owner-missing']).runs[0]!.tool.driver.rules!.map((rule) => rule.id);
    const named = new Set(['checked-date-future', 'key-owner-missing', ...sampleReport().findings.map((item) => item.rule)]);
    expect(ids).toEqual(RULES.map((rule) => rule.meta.id).filter((id) => named.has(id)));
  });

  it('gives an unknown rule a minimal descriptor', () => {
    const descriptors = sarif(single({ rule: 'no-such-rule', line: 1 }), []).runs[0]!.tool.driver.rules!;
    expect(descriptors).toEqual([{ id: 'no-such-rule', helpUri: `${DOCS_BASE}/no-such-rule.md` }]);
  });

  it('reports every finding with its rule index, level, message and repository-relative place', () => {
    expect(run.results).toHaveLength(sampleReport().findings.length);
    for (const result of run.results!) expect(driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
    const first = run.results![0]!;
    expect(first).toMatchObject({
      ruleId: 'key-owner-missing',
      level: 'error',
      message: { text: 'fal-trial: `keyOwner` is not set: name the team that owns the key' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'image-routes.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 5 } } }],
    });
    expect(run.results!.find((result) => result.ruleId === 'checked-date-stale')!.level).toBe('note');
    expect(run.results!.find((result) => result.ruleId === 'payer-unknown')!.level).toBe('warning');
  });

  it('percent-encodes file paths as URI references', () => {
    const uri = onlyResult(single({ rule: 'x', file: 'my dir/image routes#1.yml', line: 1 })).locations![0]!.physicalLocation!.artifactLocation!.uri;
    expect(uri).toBe('my%20dir/image%20routes%231.yml');
  });

  describe('partialFingerprints', () => {
    const base = { rule: 'key-owner-missing', route: 'fal-trial', file: 'image-routes.yml', field: 'keyOwner', line: 4 };
    const print = (overrides: Partial<Parameters<typeof finding>[0]> = {}): string =>
      onlyResult(single({ ...base, ...overrides })).partialFingerprints![FINGERPRINT_KEY]!;

    it('is a sha256 that survives a change of line, column or message', () => {
      expect(print()).toMatch(/^[0-9a-f]{64}$/);
      expect(print({ line: 40, column: 9, message: 'reworded' })).toBe(print());
    });

    it('changes with rule, file, route or field', () => {
      const prints = new Set([print(), print({ rule: 'payer-unknown' }), print({ file: 'b.yml' }), print({ route: 'other' }), print({ field: 'billing.trigger' })]);
      expect(prints.size).toBe(5);
    });

    it('keeps findings that share all four apart', () => {
      const report = makeReport({
        routes: [],
        findings: [
          finding({ rule: 'manifest-invalid', route: null, line: 1, column: 1 }),
          finding({ rule: 'manifest-invalid', route: null, line: 7, column: 1 }),
        ],
      });
      const prints = sarif(report).runs[0]!.results!.map((result) => result.partialFingerprints![FINGERPRINT_KEY]);
      expect(new Set(prints).size).toBe(2);
    });
  });

  it('keeps waived findings as external suppressions with the justification', () => {
    const waived = run.results!.filter((result) => result.suppressions);
    expect(waived).toHaveLength(1);
    expect(waived[0]!.ruleId).toBe('limit-missing');
    expect(waived[0]!.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'exploration only, tracked in PLAT-12 (waived by ana until 2027-01-31)' },
    ]);
  });
});
