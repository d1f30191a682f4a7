import { FORMATS, formatReport, isFormat } from '../../src/report/index.js';
import { formatGithub } from '../../src/report/format-github.js';
import { formatJson } from '../../src/report/format-json.js';
import { formatText } from '../../src/report/format-text.js';
import { reportSchema, type Report } from '../../src/report/schema.js';
import { assertValid, FAKE_KEY, finding, hostileReport, makeReport, route, sampleReport } from './fixtures.js';

/** The same report with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]));
}

describe('fixtures', () => {
  it('are valid reports', () => {
    expect(() => assertValid(sampleReport())).not.toThrow();
    expect(() => assertValid(hostileReport())).not.toThrow();
  });
});

describe('formatReport', () => {
  it('knows the five formats', () => {
    expect(FORMATS).toEqual(['text', 'json', 'markdown', 'sarif', 'github']);
    expect(isFormat('sarif')).toBe(true);
    expect(isFormat('html')).toBe(false);
  });

  it.each(FORMATS)('%s: the same report gives byte-identical output, whatever its key order', (format) => {
    const first = formatReport(sampleReport(), format);
    expect(formatReport(sampleReport(), format)).toBe(first);
    expect(formatReport(reversedKeys(sampleReport()) as Report, format)).toBe(first);
    expect(formatReport(hostileReport(), format)).toBe(formatReport(hostileReport(), format));
  });

  it.each(FORMATS)('%s: does not change the report it is given', (format) => {
    const report = sampleReport();
    const before = JSON.stringify(report);
    formatReport(report, format, { color: true });
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe('json', () => {
  it('prints the report with 2-space indentation and a trailing newline', () => {
    const report = sampleReport();
    const out = formatJson(report);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "schemaVersion": 1,\n');
    expect(JSON.parse(out)).toEqual(report);
    expect(reportSchema.safeParse(JSON.parse(out)).success).toBe(true);
  });

  it('orders keys as the schema declares them', () => {
    const parsed = JSON.parse(formatJson(reversedKeys(sampleReport()) as Report)) as Report;
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'today', 'failOn', 'passed', 'policy', 'manifests', 'routes', 'findings', 'summary']);
    expect(Object.keys(parsed.findings[0]!)).toEqual(['rule', 'severity', 'status', 'route', 'file', 'line', 'column', 'field', 'message', 'docs']);
    expect(Object.keys(parsed.findings.find((item) => item.waiver)!.waiver!)).toEqual(['reason', 'owner', 'expires']);
    expect(Object.keys(parsed.routes[0]!)).toEqual(['id', 'file', 'line', 'kind', 'stage', 'keyOwner', 'checked', 'staleOn', 'trialEnds']);
  });

  it('puts keys the schema does not know last, sorted, and keeps `__proto__` a plain key', () => {
    const report = JSON.parse('{"zeta":1,"__proto__":{"polluted":true},"alpha":2}') as Record<string, unknown>;
    const out = formatJson({ ...sampleReport(), ...report } as unknown as Report);
    expect(Object.keys(JSON.parse(out) as object).slice(-3)).toEqual(['__proto__', 'alpha', 'zeta']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('redacts keys anywhere (route summaries carry keyOwner as written)', () => {
    const out = formatJson(hostileReport());
    expect(out).not.toContain(FAKE_KEY);
    expect(reportSchema.safeParse(JSON.parse(out)).success).toBe(true);
  });

  it('writes no raw control, line-separator or bidi character', () => {
    const report = makeReport({ routes: [], findings: [finding({ rule: 'x', line: 1, message: 'a\u009b31m\u2028\u202eb\u001b' })] });
    const out = formatJson(report);
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    expect((JSON.parse(out) as Report).findings[0]!.message).toBe('a\u009b31m\u2028\u202eb\u001b');
  });
});

describe('text', () => {
  const out = formatText(sampleReport());

  it('groups by file, then route, one line per finding: line:col severity message rule', () => {
    const lines = out.split('\n');
    expect(lines[0]).toBe('image-routes.yml');
    expect(lines[1]).toBe('  fal-trial');
    expect(lines[2]).toMatch(/^ {4}4:5 +error +`keyOwner` is not set: name the team that owns the key {2}key-owner-missing$/);
    expect(out.indexOf('  openai-prod')).toBeLessThan(out.indexOf('services/api/image-routes.yml'));
    expect(out).toContain('  (manifest)\n    1:1   error    duplicate key `routes`  manifest-invalid');
  });

  it('marks waived findings with their waiver', () => {
    expect(out).toMatch(/35:5 +waived +`limits` is not set {2}limit-missing\n +↳ error waived by ana until 2027-01-31: exploration only, tracked in PLAT-12/);
  });

  it('ends with one summary line', () => {
    expect(out.endsWith('✖ 4 errors, 2 warnings, 1 notice, 1 waived in 4 routes (2 manifests)\n')).toBe(true);
    const clean = makeReport({ routes: [route({ id: 'a', line: 1 })], findings: [] });
    expect(formatText(clean)).toBe('✔ 0 errors, 0 warnings, 0 notices, 0 waived in 1 route (1 manifest)\n');
    const warned = makeReport({ routes: [route({ id: 'a', line: 1 })], findings: [finding({ rule: 'payer-unknown', route: 'a', line: 1, severity: 'warning' })] });
    expect(formatText(warned).trimEnd().split('\n').pop()).toBe('⚠ 0 errors, 1 warning, 0 notices, 0 waived in 1 route (1 manifest)');
  });

  it('has no escape code without colour, and colours severities with it', () => {
    expect(out).not.toContain('\u001b');
    const coloured = formatText(sampleReport(), { color: true });
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    // eslint-disable-next-line no-control-regex -- stripping our own SGR codes
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(out);
  });

  it('shows the policy note', () => {
    const report = { ...sampleReport(), policy: { sources: ['recommended'], note: 'the base branch policy judged this pull request' } };
    expect(formatText(report)).toContain('policy: the base branch policy judged this pull request\n');
  });

  it('indents the continuation lines of a multi-line message', () => {
    const report = makeReport({ routes: [], findings: [finding({ rule: 'manifest-invalid', route: null, line: 1, column: 1, message: 'one\r\ntwo' })] });
    expect(formatText(report)).toContain(`    1:1  error  one\n${' '.repeat(16)}two  manifest-invalid`);
  });
});

describe('github', () => {
  const lines = formatGithub(sampleReport()).trimEnd().split('\n');

  it('annotates open findings only, errors first, with file, line, col and title', () => {
    expect(lines).toHaveLength(7);
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::error', '::error', '::error', '::warning', '::warning', '::notice']);
    expect(lines[0]).toBe(
      '::error file=image-routes.yml,line=4,col=5,title=key-owner-missing (fal-trial)::`keyOwner` is not set: name the team that owns the key (https://github.com/image-route-policy/image-route-policy/blob/v1/docs/rules/key-owner-missing.md)',
    );
    expect(lines.some((line) => line.includes('limit-missing'))).toBe(false);
  });

  it('escapes %, CR and LF in messages, and : and , in properties', () => {
    const report = makeReport({
      routes: [],
      findings: [finding({ rule: 'manifest-invalid', route: 'a:b,c', file: 'dir,x/a:b%.yml', line: 2, column: 3, message: '50% off\r\n::error::pwned' })],
    });
    expect(formatGithub(report)).toBe(
      '::error file=dir%2Cx/a%3Ab%25.yml,line=2,col=3,title=manifest-invalid (a%3Ab%2Cc)::50%25 off%0D%0A::error::pwned (https://github.com/image-route-policy/image-route-policy/blob/v1/docs/rules/manifest-invalid.md)\n',
    );
  });

  it('prints nothing when there is no open finding', () => {
    expect(formatGithub(makeReport({ routes: [], findings: [] }))).toBe('');
  });

  it('past 10 of a severity, a notice says how many more there are instead of losing them silently', () => {
    const findings = Array.from({ length: 14 }, (_, index) => finding({ rule: 'key-owner-missing', route: `r${index}`, line: index + 1 }));
    const out = formatGithub(makeReport({ routes: [], findings })).trimEnd().split('\n');
    expect(out).toHaveLength(11);
    expect(out.filter((line) => line.startsWith('::error'))).toHaveLength(10);
    expect(out[10]).toBe('::notice title=image-route-policy::4 more errors not annotated (GitHub shows 10 per level): see the job summary or run image-route-policy check');
    expect(formatGithub(makeReport({ routes: [], findings }), { limit: Infinity }).trimEnd().split('\n')).toHaveLength(14);
  });

  it('keeps a notice slot for the count when notices overflow too', () => {
    const many = (severity: 'error' | 'warning' | 'notice', count: number) =>
      Array.from({ length: count }, (_, index) => finding({ rule: 'limit-missing', severity, route: `${severity}${index}`, line: index + 1 }));
    const out = formatGithub(makeReport({ routes: [], findings: [...many('error', 12), ...many('warning', 3), ...many('notice', 15)] })).trimEnd().split('\n');
    expect(out.filter((line) => line.startsWith('::error'))).toHaveLength(10);
    expect(out.filter((line) => line.startsWith('::warning'))).toHaveLength(3);
    expect(out.filter((line) => line.startsWith('::notice'))).toHaveLength(10);
    expect(out.at(-1)).toBe('::notice title=image-route-policy::2 more errors, 6 more notices not annotated (GitHub shows 10 per level): see the job summary or run image-route-policy check');
  });
});
