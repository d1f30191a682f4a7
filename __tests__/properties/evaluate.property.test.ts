// Property-based tests of the library core (quality.md, "Robustness"): for thousands of generated
// manifests and policies — realistic values mixed with garbage, unknown keys, impossible dates,
// unicode and injection-ish strings — written out as YAML text and run through parseManifest,
// parseLayer + resolvePolicy and evaluate:
//   (a) nothing throws (a bad policy is a ConfigError, never anything else);
//   (b) the same input gives byte-identical output in every format, in any manifest order;
//   (c) every JSON report validates against the published schema (schemas/report.schema.json);
//   (d) every finding's line and column lie inside the text it points at.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { evaluate } from '../../src/engine/evaluate.js';
import { parseManifest, type LoadedManifest } from '../../src/manifest/parse.js';
import { ROUTE_KINDS, STAGES, TEST_COVERS } from '../../src/manifest/schema.js';
import { loadBuiltinCatalogs } from '../../src/catalog/load.js';
import { aliasId } from '../../src/catalog/models.js';
import { builtinText } from '../../src/policy/builtin-files.js';
import { readBuiltin } from '../../src/policy/builtin.js';
import { ConfigError } from '../../src/policy/errors.js';
import { parseLayer, type PolicyLayer } from '../../src/policy/load.js';
import { resolvePolicy } from '../../src/policy/resolve.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { FORMATS, formatReport } from '../../src/report/index.js';
import type { Report } from '../../src/report/schema.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { addDays } from '../../src/text/dates.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

const POLICY_FILE = '.github/image-route-policy.yml';
const catalog = loadBuiltinCatalogs();
const recommended = readBuiltin('recommended');
const baseLayer = parseLayer('recommended', recommended.file, recommended.text);
const validateReport = new Ajv2020({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'schemas/report.schema.json'), 'utf8')) as object);

// ------------------------------------------------------------------------------------ YAML text

/** JSON strings are YAML 1.2 double-quoted scalars, once the characters YAML refuses raw are escaped. */
function quote(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\ufeff\ufffe\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function key(text: string): string {
  return /^[A-Za-z$][\w$-]*$/.test(text) && !/^(true|false|null)$/i.test(text) ? text : quote(text);
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return '[]';
  if (value !== null && typeof value === 'object') return '{}';
  return 'null';
}

function isBlock(value: unknown): value is object {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

/** Block style, with every scalar quoted (or a number, boolean or null): valid YAML 1.2 for any value. */
function toYaml(value: unknown, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.map((item) => (isBlock(item) ? `${pad}-\n${toYaml(item, indent + 2)}` : `${pad}- ${scalar(item)}\n`)).join('');
  }
  if (isBlock(value)) {
    return Object.entries(value)
      .map(([name, item]) => (isBlock(item) ? `${pad}${key(name)}:\n${toYaml(item, indent + 2)}` : `${pad}${key(name)}: ${scalar(item)}\n`))
      .join('');
  }
  return `${pad}${scalar(value)}\n`;
}

/** Sets own properties, `__proto__` included (a plain assignment would set the prototype). */
function withKeys(base: Record<string, unknown>, extra: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  return Object.fromEntries([...Object.entries(base), ...extra]);
}

// ------------------------------------------------------------------------------------ generators

const INJECTION = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '@here @octocat', '@acme/platform', '::error file=a.yml::pwned',
  '%0A::warning::x', '\r\n::set-output name=x::y', '\u001b[31mred\u001b[0m', '\u001b]8;;https://evil\u0007link\u001b]8;;\u0007',
  '](javascript:alert(1))', '[x](https://evil.example)', '| a | b |', '<!-- hidden -->', '<details>', '${{ secrets.GITHUB_TOKEN }}',
  '`code`', '../../etc/passwd', '__proto__', 'constructor', '\u202eevil', 'line\nbreak', '# not a comment', '- not an item',
  'key: value', '*alias', '&anchor', '!tag', '%YAML 1.1', '---', '...', '"', "'", '\\', '', ' ', '\t',
  `sk-proj-${'A1b2'.repeat(12)}`, `ghp_${'a1B2'.repeat(9)}`, `AKIA${'ABCD'.repeat(4)}`, 'unlimited', 'free forever', 'gratis', 'sin límites',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('openai', 'fal.ai', '@acme/platform', 'each generated image', 'Tier 3: 50 images/min', 'none', 'unknown', 'end-user', 'gpt-image-2') },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTION) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const garbage: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer({ min: -1_000_000, max: 100_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), text, { maxKeys: 2 }),
);

const goodDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const date: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 30, arbitrary: goodDate },
  { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-13-01', '2025-02-29', '0000-00-00', '2026-11-31', '2026-1-5', '9999-99-99', '2026-11-02T10:00:00Z', 'yesterday') },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 0, max: 99_999_999 }), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)) },
  { weight: 1, arbitrary: garbage },
);

/** Realistic most of the time, anything else sometimes (a manifest has some 25 values: most stay valid). */
function mostly<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 30, arbitrary }, { weight: 1, arbitrary: garbage });
}

/** Now and then, a few of `arbitrary`. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc.oneof({ weight: 8, arbitrary: fc.constant<T[]>([]) }, { weight: 1, arbitrary: fc.array(arbitrary, { minLength: 1, maxLength: 2 }) });
}

/** Keys that are not part of the format: near misses, prototype names, anything. */
const unknownKey = fc.oneof(
  fc.constantFrom('keyowner', 'Kind', 'stage ', 'route', 'payr', 'cover', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<<', '$ref'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const extraKeys = rarely(fc.tuple(unknownKey, garbage));

/** Few ids, so that manifests collide and `route:` fallbacks resolve. */
const goodRouteId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('hero', 'fal-trial', 'storefront-hero', 'azure-images', 'lab-sketch', 'a', '0') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/) },
);
const routeId = fc.oneof({ weight: 7, arbitrary: goodRouteId }, { weight: 1, arbitrary: garbage });
const model = mostly(fc.constantFrom(...catalog.models.flatMap((entry) => [entry.id, ...(entry.aliases ?? []).map(aliasId), ...(entry.snapshots ?? [])]).slice(0, 40), 'unknown', 'openai/gpt-image-2', 'my-deployment'));
const url = mostly(fc.constantFrom('https://api.openai.com/v1/images', 'http://localhost:8080', 'https://fal.ai/terms', 'ftp://x', 'not a url', 'https://'));

const evidence = fc.record(
  { type: mostly(fc.constantFrom('contract', 'terms', 'dashboard')), url, checked: date },
  { requiredKeys: [] },
);
const claim = fc.oneof({ weight: 10, arbitrary: text }, { weight: 10, arbitrary: fc.record({ text, evidence }, { requiredKeys: [] }) }, { weight: 1, arbitrary: garbage });

const routeFields = {
  kind: mostly(fc.constantFrom(...ROUTE_KINDS)),
  stage: mostly(fc.constantFrom(...STAGES)),
  provider: mostly(text),
  model,
  aliasOf: model,
  endpoint: url,
  keyOwner: mostly(text),
  secretRef: mostly(fc.constantFrom('env:OPENAI_API_KEY', 'secret:FAL_KEY', 'vault:team/key', 'none', `sk-proj-${'Zz9y'.repeat(12)}`)),
  sharedKey: mostly(fc.boolean()),
  billing: mostly(
    fc.record(
      {
        payer: mostly(fc.constantFrom('our-account', 'end-user', 'provider-credit', 'app-quota', 'unknown')),
        trigger: mostly(text),
        unit: mostly(fc.constantFrom('token', 'image', 'request', 'credit', 'subscription', 'none', 'unknown')),
        failureBilling: mostly(fc.constantFrom('not-charged', 'charged', 'partial', 'unknown')),
        trialEnds: date,
      },
      { requiredKeys: [] },
    ),
  ),
  limits: mostly(fc.oneof(text, fc.array(text, { maxLength: 2 }))),
  dataTerms: url,
  userData: mostly(fc.constantFrom(true, false, 'unknown')),
  consent: mostly(fc.constantFrom('obtained', 'not-required', 'unknown')),
  support: mostly(text),
  fallback: mostly(fc.oneof(goodRouteId.map((id) => `route:${id}`), fc.constantFrom('none', 'unknown', 'switch to the paid route by hand'))),
  claims: mostly(fc.array(claim, { maxLength: 2 })),
  labels: mostly(fc.array(text, { maxLength: 2 })),
  tested: mostly(fc.record({ date, covers: mostly(fc.array(mostly(fc.constantFrom(...TEST_COVERS)), { maxLength: 4 })) }, { requiredKeys: [] })),
  checked: date,
  notes: mostly(text),
};

const route = fc
  .tuple(fc.record({ id: routeId, ...routeFields }, { requiredKeys: [] }), extraKeys)
  .map(([fields, extra]) => withKeys(fields, extra));

const manifestValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(
        fc.record(
          {
            version: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: garbage }),
            defaults: fc.record(routeFields, { requiredKeys: [] }),
            routes: fc.oneof({ weight: 9, arbitrary: fc.array(fc.oneof({ weight: 20, arbitrary: route }, { weight: 1, arbitrary: garbage }), { maxLength: 5 }) }, { weight: 1, arbitrary: garbage }),
          },
          { requiredKeys: ['routes'] },
        ),
        rarely(fc.tuple(unknownKey, garbage)),
      )
      .map(([fields, extra]) => withKeys(fields, extra)),
  },
  { weight: 1, arbitrary: garbage },
);

/** The text of a manifest, sometimes with a byte-order mark or Windows line ends. */
const manifestText = fc.tuple(manifestValue, fc.constantFrom('', '\ufeff'), fc.boolean()).map(([value, bom, crlf]) => {
  const yaml = toYaml(value);
  return bom + (crlf ? yaml.replace(/\n/g, '\r\n') : yaml);
});

const severity = mostly(fc.constantFrom('error', 'warning', 'notice', 'off'));
const stageMap = fc.dictionary(fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...STAGES) }, { weight: 1, arbitrary: unknownKey }), severity, { minKeys: 1, maxKeys: 3 });
/** Rules a policy may change freely (the built-in `recommended` locks two, and `manifest-invalid` stays an error). */
const FREE_RULES = RULE_IDS.filter((id) => !['shared-key-user-data', 'secret-in-manifest', 'manifest-invalid'].includes(id));
const ruleId = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...FREE_RULES) }, { weight: 1, arbitrary: fc.constantFrom(...RULE_IDS) }, { weight: 1, arbitrary: unknownKey });
const days = (max: number) => mostly(fc.integer({ min: 1, max }));
const covers = mostly(fc.array(fc.constantFrom(...TEST_COVERS), { maxLength: 3 }));
const OPTIONS: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  'checked-date-stale': fc.record({ maxAgeDays: days(3650), volatileMaxAgeDays: days(3650) }, { requiredKeys: [] }),
  'path-untested': fc.record({ requiredCovers: covers, maxAgeDays: days(3650) }, { requiredKeys: [] }),
  'trial-expiring': fc.record({ warnDays: days(365) }, { requiredKeys: [] }),
  'unlimited-claim-unproven': fc.record({ maxAgeDays: days(3650) }, { requiredKeys: [] }),
};
/** An entry for `id`: a severity, a per-stage map, or `severity` with the rule's options (rarely another rule's). */
const ruleEntry = (id: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    severity,
    stageMap,
    fc
      .tuple(
        fc.record({ severity: fc.oneof(severity, stageMap) }, { requiredKeys: [] }),
        fc.oneof({ weight: 20, arbitrary: Object.hasOwn(OPTIONS, id) ? OPTIONS[id]! : fc.constant({}) }, { weight: 1, arbitrary: fc.oneof(...Object.values(OPTIONS)) }),
      )
      .map(([base, options]) => ({ ...base, ...options })),
  );
const ruleEntries = fc.array(ruleId.chain((id) => ruleEntry(id).map((entry) => [id, entry] as const)), { maxLength: 4 }).map((pairs) => Object.fromEntries(pairs));
const glob = mostly(fc.constantFrom('*', 'lab-*', 'hero', '{a,b}', '**', 'm0/**', '[', '!(x)'));
const reason = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('Paid contract signed; the paid route replaces this one in December', 'limits are set on the provider dashboard') },
  { weight: 1, arbitrary: text },
);
const owner = mostly(fc.constantFrom('@acme/ai-governance', '@acme/platform', 'Jane Doe'));

/** A policy as of `day`: waivers mostly expire within the allowed horizon, some in the past. */
const policyValue = (day: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(
          fc.record(
            {
              version: fc.oneof({ weight: 30, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: garbage }),
              failOn: mostly(fc.constantFrom('error', 'warning', 'never')),
              maxWaiverDays: days(3650),
              rules: mostly(ruleEntries),
              overrides: mostly(
                fc.array(
                  fc.record(
                    { routes: mostly(fc.array(glob, { maxLength: 2 })), files: mostly(fc.array(glob, { maxLength: 2 })), stages: mostly(fc.array(mostly(fc.constantFrom(...STAGES)), { maxLength: 2 })), rules: mostly(ruleEntries) },
                    { requiredKeys: ['rules'] },
                  ),
                  { maxLength: 2 },
                ),
              ),
              locked: mostly(fc.array(ruleId, { maxLength: 2 })),
              waivers: mostly(
                fc.array(
                  fc.record(
                    {
                      rule: mostly(ruleId),
                      route: mostly(fc.oneof(goodRouteId, glob)),
                      reason,
                      owner,
                      expires: fc.oneof({ weight: 10, arbitrary: fc.integer({ min: -60, max: 365 }).map((offset) => addDays(day, offset)) }, { weight: 1, arbitrary: date }),
                    },
                    { requiredKeys: ['rule', 'route', 'reason', 'owner', 'expires'] },
                  ),
                  { maxLength: 3 },
                ),
              ),
              models: mostly(
                fc.array(
                  fc.record(
                    {
                      id: mostly(fc.constantFrom('acme-image-1', 'gpt-image-2', 'dall-e-3')),
                      provider: mostly(fc.constantFrom('acme', 'openai')),
                      status: mostly(fc.constantFrom('active', 'deprecated', 'shutdown')),
                      shutdown: fc.oneof(date, fc.constant(null)),
                      replacement: fc.oneof(text, fc.constant(null)),
                      aliases: mostly(fc.array(text, { maxLength: 2 })),
                    },
                    { requiredKeys: ['id', 'provider', 'status'] },
                  ),
                  { maxLength: 2 },
                ),
              ),
            },
            { requiredKeys: ['version'] },
          ),
          rarely(fc.tuple(unknownKey, garbage)),
        )
        .map(([fields, extra]) => withKeys(fields, extra)),
    },
    { weight: 1, arbitrary: garbage },
  );
const today = fc.constantFrom('2026-11-23', '2025-02-28', '2030-12-31', '2024-02-29');
/** A day, and the text of a policy written for it (or no policy: the built-in `recommended`). */
const dayAndPolicy = today.chain((day) => fc.tuple(fc.constant(day), fc.option(policyValue(day).map((value) => toYaml(value)), { nil: undefined, freq: 4 })));
const dayAndSomePolicy = today.chain((day) => fc.tuple(fc.constant(day), policyValue(day).map((value) => toYaml(value))));

const manifestSet = fc.array(manifestText, { minLength: 1, maxLength: 3 }).map((texts) => texts.map((body, index) => ({ file: `m${index}/image-routes.yml`, text: body })));

// ------------------------------------------------------------------------------------ helpers

interface Source {
  file: string;
  text: string;
}

/** The resolved policy, or the ConfigError that refused it (anything else thrown fails the property). */
function resolveFrom(policy: string | undefined, day: string): { policy: ResolvedPolicy } | { error: ConfigError } {
  try {
    const layers: Omit<PolicyLayer, 'kind'>[] = [baseLayer];
    if (policy !== undefined) layers.push(parseLayer(POLICY_FILE, POLICY_FILE, policy));
    return { policy: resolvePolicy(layers, catalog, day) };
  } catch (error) {
    if (error instanceof ConfigError) return { error };
    throw error;
  }
}

const defaults = new Map<string, ResolvedPolicy>();
function defaultPolicy(day: string): ResolvedPolicy {
  if (!defaults.has(day)) defaults.set(day, (resolveFrom(undefined, day) as { policy: ResolvedPolicy }).policy);
  return defaults.get(day)!;
}

function render(report: Report): string[] {
  return FORMATS.map((format) => formatReport(report, format));
}

/** The lines of a text as YAML counts them (after a byte-order mark, at LF, CRLF or CR). */
function linesOf(text: string): string[] {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
}

/** Whether a 1-based line and column point into the lines (the column may stand just after a line's end). */
function isInside(lines: readonly string[], line: number, column: number): boolean {
  return Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
}

/** The bundled catalogs: `catalog-stale` points at their `checked` line once a generated day is far enough. */
const CATALOG_SOURCES: readonly Source[] = (['models', 'providers'] as const).map((name) => ({ file: `policies/${name}.yml`, text: builtinText(name) }));

function expectFindingsInside(report: Report, sources: readonly Source[]): void {
  const byFile = new Map([...sources, ...CATALOG_SOURCES].map((source) => [source.file, linesOf(source.text)]));
  const outside = report.findings.filter((finding) => {
    const lines = byFile.get(finding.file);
    return !lines || !isInside(lines, finding.line, finding.column);
  });
  expect(outside).toEqual([]);
}

function expectProblemsInside(error: ConfigError, policy: string): void {
  const lines = linesOf(policy);
  expect(error.problems.length).toBeGreaterThan(0);
  const outside = error.problems.filter((problem) => problem.file !== POLICY_FILE || !isInside(lines, problem.at?.line ?? 0, problem.at?.column ?? 0));
  expect(outside).toEqual([]);
}

function expectValidJson(report: Report): void {
  const json = JSON.parse(formatReport(report, 'json')) as unknown;
  if (!validateReport(json)) expect(validateReport.errors).toEqual([]);
}

const parseAll = (sources: readonly Source[]): LoadedManifest[] => sources.map((source) => parseManifest(source.file, source.text));

// ------------------------------------------------------------------------------------ properties

describe('generated manifests and policies', () => {
  it('(a, c, d) evaluate without throwing, validate against the report schema and locate every finding', () => {
    fc.assert(
      fc.property(manifestSet, dayAndPolicy, (sources, [day, policy]) => {
        const resolved = resolveFrom(policy, day);
        // A refused policy says where, inside the policy's text.
        if ('error' in resolved) expectProblemsInside(resolved.error, policy!);
        const report = evaluate(parseAll(sources), null, 'policy' in resolved ? resolved.policy : defaultPolicy(day), day);
        render(report);
        expectValidJson(report);
        expectFindingsInside(report, [...sources, ...(policy === undefined ? [] : [{ file: POLICY_FILE, text: policy }])]);
      }),
      { numRuns: 1200 },
    );
  });

  it('(b) give byte-identical output in every format, run twice and in another manifest order', () => {
    fc.assert(
      fc.property(manifestSet, dayAndPolicy, fc.infiniteStream(fc.nat()), (sources, [day, policy], seeds) => {
        const policyOf = (): ResolvedPolicy => {
          const resolved = resolveFrom(policy, day);
          return 'policy' in resolved ? resolved.policy : defaultPolicy(day);
        };
        const first = render(evaluate(parseAll(sources), null, policyOf(), day));
        const again = parseAll(sources);
        expect(render(evaluate(again, null, policyOf(), day))).toEqual(first);
        // Another order: reversed, then shuffled (the parsed manifests are the same values).
        const shuffled = again.map((manifest) => ({ manifest, rank: seeds.next().value as number })).sort((a, b) => a.rank - b.rank);
        expect(render(evaluate([...again].reverse(), null, policyOf(), day))).toEqual(first);
        expect(render(evaluate(shuffled.map(({ manifest }) => manifest), null, policyOf(), day))).toEqual(first);
      }),
      { numRuns: 700 },
    );
  });

  it('(a, d) refuse a bad policy only with a ConfigError located inside the policy text', () => {
    fc.assert(
      fc.property(dayAndSomePolicy, ([day, policy]) => {
        const resolved = resolveFrom(policy, day);
        if ('error' in resolved) expectProblemsInside(resolved.error, policy);
      }),
      { numRuns: 2000 },
    );
  });

  it('the generators reach both outcomes: accepted policies and refused ones, clean routes and broken ones', () => {
    const samples = fc.sample(fc.tuple(manifestSet, dayAndSomePolicy), { numRuns: 300, seed: 42 });
    const outcomes = samples.map(([sources, [day, policy]]) => ({
      accepted: 'policy' in resolveFrom(policy, day),
      routes: parseAll(sources).reduce((count, manifest) => count + manifest.routes.length, 0),
      invalid: parseAll(sources).some((manifest) => manifest.problems.length > 0),
    }));
    expect(outcomes.some((outcome) => outcome.accepted)).toBe(true);
    expect(outcomes.some((outcome) => !outcome.accepted)).toBe(true);
    expect(outcomes.some((outcome) => outcome.routes > 0)).toBe(true);
    expect(outcomes.some((outcome) => outcome.invalid)).toBe(true);
  });
});
