// Fingerprints, "new in this pull request" and the fail scope: pure functions of reports.
import { fingerprints } from '../../src/report/fingerprint.js';
import { applyFailScope, markNew, onlyFiles } from '../../src/report/scope.js';
import type { ReportedCallSite } from '../../src/report/schema.js';
import { finding, makeReport, sampleReport } from './fixtures.js';

const site = (partial: Partial<ReportedCallSite> & Pick<ReportedCallSite, 'line'>): ReportedCallSite => ({
  file: 'src/draw.ts',
  column: 3,
  language: 'typescript',
  provider: 'openai',
  api: 'images.generate',
  model: 'gpt-image-2',
  endpoint: null,
  keyEnv: null,
  route: null,
  tiedBy: null,
  ...partial,
});
const undeclared = (line: number) => finding({ rule: 'route-undeclared', route: null, file: 'src/draw.ts', line, column: 3 });

describe('fingerprints', () => {
  it('do not depend on the line: a finding moved by an edit above it keeps its fingerprint', () => {
    const before = makeReport({ routes: [], findings: [finding({ rule: 'key-owner-missing', line: 4, field: 'keyOwner' })] });
    const after = makeReport({ routes: [], findings: [finding({ rule: 'key-owner-missing', line: 9, field: 'keyOwner' })] });
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });

  it('differ by rule, file, route and field', () => {
    const base = finding({ rule: 'key-owner-missing', line: 4, field: 'keyOwner' });
    const variants = [base, { ...base, rule: 'payer-unknown' }, { ...base, file: 'other/image-routes.yml' }, { ...base, route: 'other' }, { ...base, field: 'billing.payer' }];
    expect(new Set(fingerprints(makeReport({ routes: [], findings: variants }))).size).toBe(5);
  });

  it('at call sites, include what is called: another model in the same file is another finding', () => {
    const report = (model: string) => ({ ...makeReport({ routes: [], findings: [undeclared(4)] }), callSites: [site({ line: 4, model })] });
    expect(fingerprints(report('gpt-image-2'))).toEqual(fingerprints({ ...report('gpt-image-2'), findings: [undeclared(40)], callSites: [site({ line: 40 })] }));
    expect(fingerprints(report('gpt-image-2'))).not.toEqual(fingerprints(report('gpt-image-1.5')));
  });

  it('number identical findings in order, so two identical calls are two findings', () => {
    const report = { ...makeReport({ routes: [], findings: [undeclared(4), undeclared(8)] }), callSites: [site({ line: 4 }), site({ line: 8 })] };
    const [first, second] = fingerprints(report);
    expect(first).not.toBe(second);
  });
});

describe('markNew', () => {
  it('marks new exactly the findings whose fingerprint the base lacks, waived ones included', () => {
    const head = sampleReport();
    const base = { ...head, findings: head.findings.filter((item) => item.rule !== 'key-owner-missing' && item.rule !== 'limit-missing') };
    const marked = markNew(head, base);
    expect(marked.findings.filter((item) => item.new).map((item) => item.rule)).toEqual(['key-owner-missing', 'limit-missing']);
    expect(marked.findings.filter((item) => item.new === false)).toHaveLength(head.findings.length - 2);
  });

  it('a finding the pull request raises (a warning become an error) is new', () => {
    const base = makeReport({ routes: [], findings: [finding({ rule: 'limit-missing', line: 4, field: 'limits', severity: 'warning' })] });
    const head = makeReport({ routes: [], findings: [finding({ rule: 'limit-missing', line: 4, field: 'limits', severity: 'error' })] });
    expect(markNew(head, base).findings[0]!.new).toBe(true);
    expect(markNew(base, head).findings[0]!.new).toBe(false);
  });

  it('a second identical call added below the first is the new one', () => {
    const base = { ...makeReport({ routes: [], findings: [undeclared(4)] }), callSites: [site({ line: 4 })] };
    const head = { ...makeReport({ routes: [], findings: [undeclared(4), undeclared(9)] }), callSites: [site({ line: 4 }), site({ line: 9 })] };
    expect(markNew(head, base).findings.map((item) => [item.line, item.new])).toEqual([
      [4, false],
      [9, true],
    ]);
  });
});

describe('applyFailScope', () => {
  const existing = finding({ rule: 'key-owner-missing', line: 4, new: false });
  const added = finding({ rule: 'key-owner-missing', route: 'new', line: 14, new: true });

  it('new: existing errors do not fail the step; a new one does; a finding with no base known does', () => {
    expect(applyFailScope(makeReport({ routes: [], findings: [existing] }), 'new').passed).toBe(true);
    expect(applyFailScope(makeReport({ routes: [], findings: [existing, added] }), 'new').passed).toBe(false);
    const unknown = finding({ rule: 'key-owner-missing', line: 4 });
    expect(applyFailScope(makeReport({ routes: [], findings: [unknown] }), 'new').passed).toBe(false);
  });

  it('all: every open finding at failOn counts; a new warning under failOn error does not fail', () => {
    expect(applyFailScope(makeReport({ routes: [], findings: [existing] }), 'all').passed).toBe(false);
    const warning = finding({ rule: 'payer-unknown', severity: 'warning', line: 5, new: true });
    expect(applyFailScope(makeReport({ routes: [], findings: [existing, warning] }), 'new').passed).toBe(true);
  });
});

describe('onlyFiles', () => {
  it('keeps, counts and judges only the findings in the given files', () => {
    const report = sampleReport();
    const narrowed = onlyFiles(report, new Set(['services/api/image-routes.yml']));
    expect(narrowed.findings.map((item) => [item.rule, item.line])).toEqual([
      ['manifest-invalid', 1],
      ['fallback-missing', 3],
    ]);
    expect(narrowed.summary).toMatchObject({ errors: 1, warnings: 1, notices: 0, waived: 0 });
    expect(narrowed.passed).toBe(false);
    expect(onlyFiles(report, new Set(['README.md']))).toMatchObject({ passed: true, findings: [], summary: { errors: 0 } });
  });
});
