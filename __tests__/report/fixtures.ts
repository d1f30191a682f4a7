// Hand-built reports for the format tests: valid against reportSchema, with the summary computed
// from the findings so every fixture is self-consistent.
import { reportSchema, type Finding, type Report, type RouteSummary } from '../../src/report/schema.js';
import { DOCS_BASE } from '../../src/version.js';

/** Built at run time so no key-like literal sits in the repository. */
export const FAKE_KEY = 'sk-proj-' + 'A'.repeat(40);

export const INJECTIONS = [
  '@octocat',
  '</details><img src=x onerror=alert(1)>',
  '| a | b |',
  '::error::pwned',
  '\u001b[31mred',
  '[link](javascript:alert(1))',
  '#1',
  '`code`',
] as const;

export function finding(partial: Partial<Finding> & Pick<Finding, 'rule' | 'line'>): Finding {
  return {
    severity: 'error',
    status: 'open',
    route: 'fal-trial',
    file: 'image-routes.yml',
    column: 5,
    field: null,
    message: 'something is wrong',
    docs: `${DOCS_BASE}/${partial.rule}.md`,
    ...partial,
  };
}

export function route(partial: Partial<RouteSummary> & Pick<RouteSummary, 'id' | 'line'>): RouteSummary {
  return {
    file: 'image-routes.yml',
    kind: 'provider-trial',
    stage: 'demo',
    keyOwner: 'platform-team',
    checked: '2026-11-10',
    staleOn: '2026-12-10',
    trialEnds: null,
    ...partial,
  };
}

export function makeReport(parts: {
  routes: RouteSummary[];
  findings: Finding[];
  manifests?: Report['manifests'];
  policy?: Report['policy'];
  failOn?: Report['failOn'];
}): Report {
  const open = parts.findings.filter((item) => item.status === 'open');
  const count = (severity: Finding['severity']): number => open.filter((item) => item.severity === severity).length;
  const failOn = parts.failOn ?? 'error';
  const manifests =
    parts.manifests ??
    [...new Set(parts.routes.map((item) => item.file))].sort().map((file) => ({ file, routes: parts.routes.filter((item) => item.file === file).length }));
  const failing = failOn === 'never' ? [] : open.filter((item) => item.severity === 'error' || (failOn === 'warning' && item.severity === 'warning'));
  return {
    schemaVersion: 1,
    tool: { name: 'image-route-policy', version: '1.0.0' },
    today: '2026-11-23',
    failOn,
    passed: failing.length === 0,
    policy: parts.policy ?? { sources: ['recommended', '.github/image-route-policy.yml'] },
    manifests,
    routes: parts.routes,
    findings: parts.findings,
    summary: { routes: parts.routes.length, errors: count('error'), warnings: count('warning'), notices: count('notice'), waived: parts.findings.length - open.length },
  };
}

/** Two manifests, four routes: the three facts, other findings of each severity, a file-level one, a waiver. */
export function sampleReport(): Report {
  return makeReport({
    routes: [
      route({ id: 'fal-trial', line: 4 }),
      route({ id: 'openai-prod', line: 20, kind: 'official-api', stage: 'production', checked: null, staleOn: null }),
      route({ id: 'playground', line: 35, kind: 'browser-playground', stage: 'exploration', checked: '2026-09-01', staleOn: '2026-10-01' }),
      route({ id: 'replicate', file: 'services/api/image-routes.yml', line: 3, kind: 'provider-paid', stage: 'internal' }),
    ],
    findings: [
      finding({ rule: 'key-owner-missing', line: 4, field: 'keyOwner', message: '`keyOwner` is not set: name the team that owns the key' }),
      finding({ rule: 'billing-trigger-missing', line: 9, column: 7, field: 'billing.trigger', message: '`billing.trigger` is `unknown`: say which event bills' }),
      finding({ rule: 'payer-unknown', severity: 'warning', line: 9, column: 7, field: 'billing.payer', message: '`billing.payer` is not set' }),
      finding({ rule: 'checked-date-missing', route: 'openai-prod', line: 20, field: 'checked', message: '`checked` is not set' }),
      finding({
        rule: 'limit-missing',
        route: 'playground',
        status: 'waived',
        line: 35,
        field: 'limits',
        message: '`limits` is not set',
        waiver: { reason: 'exploration only, tracked in PLAT-12', owner: 'ana', expires: '2027-01-31' },
      }),
      finding({ rule: 'checked-date-stale', route: 'playground', severity: 'notice', line: 40, field: 'checked', message: '`checked` is older than 30 days' }),
      finding({ rule: 'manifest-invalid', route: null, file: 'services/api/image-routes.yml', line: 1, column: 1, message: 'duplicate key `routes`' }),
      finding({ rule: 'fallback-missing', route: 'replicate', file: 'services/api/image-routes.yml', line: 3, severity: 'warning', field: 'fallback', message: '`fallback` is not set' }),
    ],
  });
}

/** Every injection string (and the fake key) in route ids, files, messages, waivers and the policy. */
export function hostileReport(): Report {
  const findings: Finding[] = [];
  const routes: RouteSummary[] = [];
  INJECTIONS.forEach((text, index) => {
    const id = `r${index}${text}`;
    routes.push(route({ id, line: 10 * index + 1, keyOwner: `${text} ${FAKE_KEY}` }));
    findings.push(
      finding({ rule: 'key-owner-missing', route: id, line: 10 * index + 1, field: 'keyOwner', message: `\`keyOwner\` is \`${text}\`: fix ${text} ${FAKE_KEY}` }),
      finding({ rule: 'payer-unknown', route: id, line: 10 * index + 2, severity: 'warning', field: 'billing.payer', message: `claim ${text} ${FAKE_KEY}` }),
      finding({
        rule: 'limit-missing',
        route: id,
        status: 'waived',
        line: 10 * index + 3,
        field: 'limits',
        message: `waived ${text}`,
        waiver: { reason: `${text} ${FAKE_KEY}`, owner: `${text}`, expires: '2027-01-31' },
      }),
    );
  });
  findings.push(finding({ rule: 'manifest-invalid', route: null, file: `weird ${INJECTIONS.join(' ')}.yml`, line: 1, column: 1, message: `bad\nline\r\n${FAKE_KEY}` }));
  return makeReport({
    routes,
    findings,
    policy: { sources: [...INJECTIONS, FAKE_KEY], note: `${INJECTIONS.join(' ')} ${FAKE_KEY}` },
  });
}

export function assertValid(report: Report): Report {
  return reportSchema.parse(report);
}
