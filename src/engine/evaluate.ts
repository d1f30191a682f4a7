// The pure core: manifests + resolved policy + today → report. No I/O and no clock in here; the CLI,
// the Action and library users all call this one function, so they cannot disagree.
import { Minimatch } from 'minimatch';
import type { LoadedManifest, LoadedRoute, ManifestProblem } from '../manifest/parse.js';
import { PRODUCTION_LIKE, STAGES, type Route, type Stage } from '../manifest/schema.js';
import { applyPatch } from '../policy/resolve.js';
import { fails, type ReportedSeverity } from '../policy/severity.js';
import type { PolicyOverride, ResolvedPolicy, RuleOptions, RuleSetting, Waiver } from '../policy/types.js';
import type { Finding, Report, ReportedCallSite, RouteSummary } from '../report/schema.js';
import type { ScanResult } from '../scan/types.js';
import { RouteTier } from './tie.js';
import { staleOn } from '../rules/checked-date-stale.js';
import { RULES, defaultSetting, ruleById } from '../rules/index.js';
import { CHECKLIST, type AnyRule, type ChecklistFact, type RouteContext, type Violation } from '../rules/types.js';
import { builtinSecrets, redactSecrets, type SecretScanner } from '../secrets/patterns.js';
import { dayNumber } from '../text/dates.js';
import { compareText, formatFieldPath, valueAtPath } from '../text/paths.js';
import type { SourcePosition } from '../yaml/strict-yaml.js';
import { ruleDocsUrl, TOOL_NAME, TOOL_VERSION } from '../version.js';
import { markCanonical } from '../report/canonical.js';
import { countFindings } from '../report/common.js';
import { memoize } from '../text/memoize.js';

export interface EvaluateOptions {
  /** Shown in the report when the base branch's policy judged a pull request. */
  policyNote?: string;
}

const ROUTE_RULES = RULES.filter((rule) => rule.checkRoute);
/** The rules that judge a fact of the article's checklist (the stop-rule matrix's columns). */
const FACT_RULES = RULES.filter((rule) => rule.meta.fact !== undefined);
const STALE_RULE = ruleById('checked-date-stale')!;
const DOCUMENT_RULES = RULES.filter((rule) => rule.checkDocument);

export function evaluate(
  manifests: readonly LoadedManifest[],
  scan: ScanResult | null,
  policy: ResolvedPolicy,
  today: string,
  options: EvaluateOptions = {},
): Report {
  const ordered = [...manifests].sort((a, b) => compareText(a.file, b.file));
  const findings: Finding[] = [];
  const routes: RouteSummary[] = [];
  const routeMap = collectRoutes(ordered, findings);
  const matchers = new OverrideMatcher(policy.overrides);
  const stageTable = stageNotRequired(policy);
  /** Where each route is declared, for findings about routes found after the route loop (code rules). */
  const declared = new Map<string, { manifest: LoadedManifest; routeNode: number; idAt: SourcePosition; file: string }>();

  for (const manifest of ordered) {
    for (const problem of manifest.problems) findings.push(manifestInvalid(manifest, problem));
    for (const loaded of manifest.routes) {
      const { route } = loaded;
      const routeNode = manifest.document?.nodeAt(['routes', loaded.index]) ?? -1;
      const idAt = routePosition(manifest, routeNode);
      if (!declared.has(route.id)) declared.set(route.id, { manifest, routeNode, idAt, file: manifest.file });
      const summary = summarizeRoute(manifest.file, idAt, route, matchers.setting(policy, STALE_RULE, route, manifest.file).options);
      routes.push(summary);
      // Only overrides can make a route's stop-rule matrix row differ from its stage's.
      if (matchers.hasOverrides) notRequiredFor(summary, factsNotRequired(route.stage, (rule) => matchers.setting(policy, rule, route, manifest.file)), stageTable);
      // One context per route; only `options` changes from rule to rule (rules are synchronous and pure).
      const context: RouteContext<RuleOptions> = {
        route,
        productionLike: PRODUCTION_LIKE.has(route.stage),
        options: {},
        today,
        catalog: policy.catalog,
        providers: policy.providers,
        routes: routeMap,
      };
      // Indexed loops: this runs for every rule of every route, mostly before V8 has optimised it,
      // and an unoptimised for-of allocates an iterator and a result per step.
      const active = matchers.activeRules(policy, route, manifest.file);
      for (let ruleIndex = 0; ruleIndex < active.length; ruleIndex++) {
        const { rule, setting, check } = active[ruleIndex]!;
        // activeRules leaves out the rules that are off for this stage.
        const configured = setting.severity[route.stage] as ReportedSeverity;
        context.options = setting.options;
        const violations = check(context);
        for (let violationIndex = 0; violationIndex < violations.length; violationIndex++) {
          const violation = violations[violationIndex]!;
          const severity =
            violation.severity && configured === rule.meta.defaults[route.stage] ? violation.severity : configured;
          const inherited = typeof violation.field[0] === 'string' && loaded.inherited.has(violation.field[0]);
          const position = (routeNode >= 0 ? manifest.document?.locate(violation.field, 'value', routeNode) : undefined) ?? idAt;
          const result = finding(rule.meta.id, severity, manifest.file, position, {
            route: route.id,
            field: formatFieldPath(violation.field),
            message: inherited ? `${violation.message} (inherited from \`defaults\`)` : violation.message,
          });
          if (violation.suggest && !inherited && routeNode >= 0) suggestFix(result, manifest, violation, routeNode, loaded.index);
          findings.push(result);
        }
      }
    }
    if (manifest.data !== undefined) findings.push(...documentFindings(manifest, policy, matchers));
  }

  const callSites = scan && policy.scan.enabled ? codeFindings(scan, routeMap, declared, policy, matchers, findings) : null;
  findings.push(...catalogFindings(policy, today));
  const waived = applyWaivers(findings, policy, today);
  findings.push(...waived);
  findings.sort(compareFindings);
  routes.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.id, b.id));

  const report: Report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    today,
    failOn: policy.failOn,
    passed: !findings.some((item) => item.status === 'open' && fails(item.severity, policy.failOn)),
    // File names, policy sources and the note are user text too: every string of the report is
    // redacted here, so no format (nor the JSON fast path, which redacts its whole text) can miss one.
    policy: options.policyNote ? { sources: policy.sources.map(redactSecrets), note: redactSecrets(options.policyNote) } : { sources: policy.sources.map(redactSecrets) },
    manifests: ordered.map((manifest) => ({ file: redactSecrets(manifest.file), routes: manifest.routes.length })),
    routes,
    checklist: { notRequired: stageTable },
    findings,
    ...(callSites ? { callSites } : {}),
    summary: {
      routes: routes.length,
      ...countFindings(findings),
      ...(callSites ? { callSites: callSites.length } : {}),
    },
  };
  // Key formats a policy added are unknown to the last-line redaction of every output: every string
  // of the report goes through them here.
  return markCanonical(policy.secrets === builtinSecrets() ? report : redactStrings(report, policy.secrets));
}

function redactStrings<T>(value: T, secrets: SecretScanner): T {
  if (typeof value === 'string') return secrets.redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, secrets)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, secrets)])) as T;
  }
  return value;
}

/**
 * Every route by id, as rules that name other routes look them up. Ids must be unique across every
 * manifest: later declarations are format errors.
 */
function collectRoutes(manifests: readonly LoadedManifest[], findings: Finding[]): Map<string, Route> {
  const routes = new Map<string, Route>();
  const first = new Map<string, { manifest: LoadedManifest; loaded: LoadedRoute }>();
  // Positions are looked up only for the duplicates (and the routes they repeat).
  const idAt = (manifest: LoadedManifest, loaded: LoadedRoute): SourcePosition =>
    manifest.document?.locate(['routes', loaded.index, 'id']) ?? { line: 1, column: 1 };
  for (const manifest of manifests) {
    for (const loaded of manifest.routes) {
      const earlier = first.get(loaded.route.id);
      if (!earlier) {
        first.set(loaded.route.id, { manifest, loaded });
        routes.set(loaded.route.id, loaded.route);
        continue;
      }
      findings.push(
        finding('manifest-invalid', 'error', manifest.file, idAt(manifest, loaded), {
          route: loaded.route.id,
          field: 'id',
          message: `route id \`${loaded.route.id}\` is already declared at ${earlier.manifest.file}:${idAt(earlier.manifest, earlier.loaded).line}; ids must be unique across the repository`,
        }),
      );
    }
  }
  return routes;
}

/** Where a route's findings point when their field is absent: its `id` key, else the route itself. */
function routePosition(manifest: LoadedManifest, routeNode: number): SourcePosition {
  const document = manifest.document;
  if (!document || routeNode < 0) return { line: 1, column: 1 };
  return document.locate(ID, 'key', routeNode) ?? document.locate([], 'value', routeNode) ?? { line: 1, column: 1 };
}

const ID = ['id'] as const;

/** The checklist facts no rule requires at a stage, in the checklist's order, given each rule's setting. */
function factsNotRequired(stage: Stage, settingOf: (rule: AnyRule) => RuleSetting): ChecklistFact[] {
  const required = new Set(FACT_RULES.filter((rule) => settingOf(rule).severity[stage] !== 'off').map((rule) => rule.meta.fact!));
  return CHECKLIST.map(({ fact }) => fact).filter((fact) => !required.has(fact));
}

/** Per stage, the facts the policy's rules (without overrides) do not require: the matrix's "not required" cells. */
function stageNotRequired(policy: ResolvedPolicy): Record<Stage, ChecklistFact[]> {
  return Object.fromEntries(STAGES.map((stage) => [stage, factsNotRequired(stage, (rule) => policy.rules.get(rule.meta.id) ?? defaultSetting(rule))])) as Record<Stage, ChecklistFact[]>;
}

/** A route's own list, set only where overrides make it differ from its stage's. */
function notRequiredFor(route: RouteSummary, facts: readonly ChecklistFact[], stageTable: Record<Stage, ChecklistFact[]>): void {
  const stage = stageTable[route.stage];
  if (facts.length !== stage.length || facts.some((fact, index) => fact !== stage[index])) route.notRequired = [...facts];
}

function summarizeRoute(file: string, at: SourcePosition, route: Route, staleOptions: RuleOptions): RouteSummary {
  return {
    id: route.id,
    file: safeFile(file),
    line: at.line,
    kind: route.kind,
    stage: route.stage,
    keyOwner: route.keyOwner === undefined ? null : redactSecrets(route.keyOwner),
    checked: route.checked ?? null,
    staleOn: staleOn(route, staleOptions as Parameters<typeof staleOn>[1]) ?? null,
    trialEnds: route.billing?.trialEnds ?? null,
  };
}

function manifestInvalid(manifest: LoadedManifest, problem: ManifestProblem): Finding {
  const { path } = problem;
  const inRoute = path[0] === 'routes' && typeof path[1] === 'number';
  const rawRoute = inRoute ? (manifest.data as { routes: unknown[] }).routes[path[1] as number] : undefined;
  const rawId = (rawRoute as { id?: unknown } | undefined)?.id;
  const result = finding('manifest-invalid', 'error', manifest.file, locateProblem(manifest, problem), {
    route: typeof rawId === 'string' ? rawId : null,
    field: path.length === 0 ? null : formatFieldPath(inRoute ? path.slice(2) : path) || null,
    message: problem.message,
  });
  if (problem.span && problem.replacement !== undefined) {
    const was = String(problem.part === 'key' ? path[path.length - 1] : '');
    const description = problem.part === 'key' ? `rename the key \`${was}\` to \`${problem.replacement}\`` : `write \`${problem.replacement}\``;
    result.fix = { safe: true, description: redactSecrets(description), edits: [{ file: result.file, ...problem.span }] };
  }
  return result;
}

/** A suggestion's edit: only where the route's own value is written as itself (not inherited, no escapes). */
function suggestFix(result: Finding, manifest: LoadedManifest, violation: Violation, routeNode: number, index: number): void {
  const current = valueAtPath(manifest.data, ['routes', index, ...violation.field]);
  const span = typeof current === 'string' ? manifest.document?.spanOf(violation.field, 'value', current, routeNode) : undefined;
  if (!span || !violation.suggest) return;
  const { line, column, endLine, endColumn, quote } = span;
  result.fix = { safe: false, description: redactSecrets(violation.suggest.description), edits: [{ file: result.file, line, column, endLine, endColumn, text: `${quote}${violation.suggest.value}${quote}` }] };
}

/** The problem's own place, else its nearest existing parent (a route's `id` for a missing field). */
function locateProblem(manifest: LoadedManifest, problem: ManifestProblem): SourcePosition {
  if (problem.position) return problem.position;
  const document = manifest.document;
  if (!document) return { line: 1, column: 1 };
  const exact = document.locate(problem.path, problem.part);
  if (exact) return exact;
  for (let length = problem.path.length - 1; length > 0; length--) {
    const prefix = problem.path.slice(0, length);
    if (length === 2 && prefix[0] === 'routes') {
      const id = document.locate([...prefix, 'id'], 'key');
      if (id) return id;
    }
    const parent = document.locate(prefix);
    if (parent) return parent;
  }
  return { line: 1, column: 1 };
}

function documentFindings(manifest: LoadedManifest, policy: ResolvedPolicy, matchers: OverrideMatcher): Finding[] {
  const found: Finding[] = [];
  const rawRoutes = (manifest.data as { routes?: unknown })?.routes;
  for (const rule of DOCUMENT_RULES) {
    for (const violation of rule.checkDocument!({ data: manifest.data, mayHoldSecrets: manifest.mayHoldSecrets || policy.secrets !== builtinSecrets(), secrets: policy.secrets, options: (policy.rules.get(rule.meta.id) ?? defaultSetting(rule)).options })) {
      const inRoute = violation.path[0] === 'routes' && typeof violation.path[1] === 'number' && Array.isArray(rawRoutes);
      const loaded = inRoute ? manifest.routes.find((item) => item.index === violation.path[1]) : undefined;
      const stage: Stage = loaded?.route.stage ?? 'production';
      const setting = loaded
        ? matchers.setting(policy, rule, loaded.route, manifest.file)
        : policy.rules.get(rule.meta.id);
      const severity = setting?.severity[stage] ?? rule.meta.defaults[stage];
      if (severity === 'off') continue;
      const rawId = inRoute ? (rawRoutes as { id?: unknown }[])[violation.path[1] as number]?.id : undefined;
      const position = manifest.document?.locate(violation.path) ?? { line: 1, column: 1 };
      found.push(
        finding(rule.meta.id, severity, manifest.file, position, {
          route: typeof rawId === 'string' ? rawId : null,
          field: formatFieldPath(inRoute ? violation.path.slice(2) : violation.path) || null,
          message: violation.message,
        }),
      );
    }
  }
  return found;
}

const CODE_RULES = RULES.filter((rule) => rule.checkCode);

/**
 * Ties the scan's call sites to routes and runs the code rules. Findings at a call site take the
 * severity of the tied route's stage (a call tied to no route has no stage: production applies), and
 * overrides match them by the call's file.
 */
function codeFindings(
  scan: ScanResult,
  routeMap: ReadonlyMap<string, Route>,
  declared: ReadonlyMap<string, { manifest: LoadedManifest; routeNode: number; idAt: SourcePosition; file: string }>,
  policy: ResolvedPolicy,
  matchers: OverrideMatcher,
  findings: Finding[],
): ReportedCallSite[] {
  const tier = new RouteTier(routeMap, policy.catalog, policy.providers);
  const tied = [...scan.callSites]
    .sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.api, b.api))
    .map((site) => tier.tie(site, routeMap));
  const declaredAt = new Map([...declared].map(([id, where]) => [id, { file: where.file, line: where.idAt.line }]));
  for (const rule of CODE_RULES) {
    const base = policy.rules.get(rule.meta.id) ?? defaultSetting(rule);
    const violations = rule.checkCode!({ callSites: tied, routes: routeMap, declaredAt, catalog: policy.catalog, providers: policy.providers, options: base.options, wholeTree: scan.wholeTree });
    for (const violation of violations) {
      if (violation.callSite) {
        const site = violation.callSite;
        const route = site.route === null ? undefined : routeMap.get(site.route);
        const setting = matchers.setting(policy, rule, route, site.file);
        const severity = setting.severity[route?.stage ?? 'production'];
        if (severity === 'off') continue;
        findings.push(finding(rule.meta.id, severity, site.file, site, { route: site.route, field: null, message: violation.message }));
        continue;
      }
      const where = declared.get(violation.route)!;
      const route = routeMap.get(violation.route)!;
      const setting = matchers.setting(policy, rule, route, where.file);
      const severity = setting.severity[route.stage];
      if (severity === 'off') continue;
      const position = (where.routeNode >= 0 ? where.manifest.document?.locate(violation.field, 'value', where.routeNode) : undefined) ?? where.idAt;
      findings.push(finding(rule.meta.id, severity, where.file, position, { route: route.id, field: formatFieldPath(violation.field), message: violation.message }));
    }
  }
  return tied.map((site) => ({
    file: safeFile(site.file),
    line: site.line,
    column: site.column,
    language: site.language,
    provider: site.provider,
    api: redactSecrets(site.api),
    model: site.model === null ? null : redactSecrets(site.model),
    endpoint: site.endpoint === null ? null : redactSecrets(site.endpoint),
    keyEnv: site.keyEnv,
    route: site.route,
    tiedBy: site.tiedBy,
  }));
}

/** `catalog-stale`: one finding per catalog file checked longer ago than the rule allows. */
function catalogFindings(policy: ResolvedPolicy, today: string): Finding[] {
  const setting = policy.rules.get('catalog-stale');
  const severity = setting?.severity.production ?? 'warning';
  if (severity === 'off') return [];
  const maxAgeDays = (setting?.options.maxAgeDays as number | undefined) ?? 90;
  const found: Finding[] = [];
  for (const catalog of policy.catalogFiles) {
    const age = dayNumber(today) - dayNumber(catalog.checked);
    if (age <= maxAgeDays) continue;
    found.push(
      finding('catalog-stale', severity, catalog.file, catalog.at, {
        route: null,
        field: 'checked',
        message: `the bundled catalog ${catalog.file} was last checked on ${catalog.checked}, ${age} days before ${today} (more than ${maxAgeDays}): its facts about models, retirements, providers and key formats may be out of date. Update image-route-policy, or correct the facts under the policy's \`models:\` and \`providers:\``,
      }),
    );
  }
  return found;
}

function finding(
  rule: string,
  severity: ReportedSeverity,
  file: string,
  at: SourcePosition,
  details: { route: string | null; field: string | null; message: string },
): Finding {
  return {
    rule,
    severity,
    status: 'open',
    route: details.route === null ? null : redactSecrets(details.route),
    file: safeFile(file),
    line: at.line,
    column: at.column,
    field: details.field === null ? null : redactSecrets(details.field),
    message: redactSecrets(details.message),
    docs: docsUrl(rule),
  };
}

/** File paths repeat across findings: each is redacted once. */
const safeFile = memoize(redactSecrets);

/** One string per rule, not one per finding (a report can hold tens of thousands). */
const docsUrl = memoize(ruleDocsUrl);

/**
 * Marks waived findings, and returns the findings about the waivers themselves: expired ones (their
 * findings come back) and unused ones.
 */
function applyWaivers(findings: Finding[], policy: ResolvedPolicy, today: string): Finding[] {
  const active: { waiver: Waiver; routes?: Minimatch; files?: Minimatch[]; used: boolean }[] = [];
  const extra: Finding[] = [];
  for (const waiver of policy.waivers) {
    if (waiver.expires < today) {
      const severity = policy.rules.get('waiver-expired')?.severity.production ?? 'error';
      if (severity !== 'off') {
        extra.push(
          finding('waiver-expired', severity, waiver.at.file, waiver.at, {
            route: waiver.route ?? null,
            field: null,
            message: `the waiver of \`${waiver.rule}\` for ${waiverScope(waiver)} (owner ${waiver.owner}) expired on ${waiver.expires}; its findings apply again: fix them, or renew the waiver with a new reason and date`,
          }),
        );
      }
      continue;
    }
    active.push({
      waiver,
      routes: waiver.route === undefined ? undefined : new Minimatch(waiver.route),
      files: waiver.files?.map((glob) => new Minimatch(glob, { dot: true })),
      used: false,
    });
  }
  for (const item of findings) {
    if (item.rule === 'manifest-invalid') continue;
    const match = active.find(
      ({ waiver, routes, files }) =>
        waiver.rule === item.rule && (!routes || (item.route !== null && routes.match(item.route))) && (!files || files.some((glob) => glob.match(item.file))),
    );
    if (!match) continue;
    match.used = true;
    item.status = 'waived';
    item.waiver = { reason: redactSecrets(match.waiver.reason), owner: redactSecrets(match.waiver.owner), expires: match.waiver.expires };
  }
  const unusedSeverity = policy.rules.get('waiver-unused')?.severity.production ?? 'warning';
  if (unusedSeverity !== 'off') {
    for (const { waiver, used } of active) {
      if (used) continue;
      extra.push(
        finding('waiver-unused', unusedSeverity, waiver.at.file, waiver.at, {
          route: waiver.route ?? null,
          field: null,
          message: `the waiver of \`${waiver.rule}\` for ${waiverScope(waiver)} matched no finding: remove it`,
        }),
      );
    }
  }
  return extra;
}

/** "`fal-trial`", "the files `legacy/**`", or both. */
function waiverScope(waiver: Waiver): string {
  const files = waiver.files ? `the files ${waiver.files.map((glob) => `\`${glob}\``).join(', ')}` : '';
  if (waiver.route === undefined) return files;
  return files ? `\`${waiver.route}\` in ${files}` : `\`${waiver.route}\``;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.route ?? '', b.route ?? '') ||
    compareText(a.field ?? '', b.field ?? '') ||
    compareText(a.message, b.message)
  );
}

interface ActiveRule {
  rule: AnyRule;
  setting: RuleSetting;
  /** The rule's check, read once: rule modules differ in shape, so reading it per route is slow. */
  check: NonNullable<AnyRule['checkRoute']>;
}

/** Applies `overrides` to a rule's setting for one route, with the glob matchers compiled once. */
class OverrideMatcher {
  private readonly compiled: { override: PolicyOverride; routes?: Minimatch[]; files?: Minimatch[] }[];

  constructor(overrides: readonly PolicyOverride[]) {
    this.compiled = overrides.map((override) => ({
      override,
      routes: override.routes?.map((pattern) => new Minimatch(pattern)),
      files: override.files?.map((pattern) => new Minimatch(pattern, { dot: true })),
    }));
  }

  private readonly byStage = new Map<Stage, ActiveRule[]>();

  /** The route rules that are on for this route, with their settings (cached per stage without overrides). */
  activeRules(policy: ResolvedPolicy, route: Route, file: string): readonly ActiveRule[] {
    const cached = this.compiled.length === 0 ? this.byStage.get(route.stage) : undefined;
    if (cached) return cached;
    const active = ROUTE_RULES.map((rule) => ({ rule, setting: this.setting(policy, rule, route, file), check: rule.checkRoute! })).filter(
      ({ setting }) => setting.severity[route.stage] !== 'off',
    );
    if (this.compiled.length === 0) this.byStage.set(route.stage, active);
    return active;
  }

  get hasOverrides(): boolean {
    return this.compiled.length > 0;
  }

  /** `route` is undefined for a call site tied to no route: only overrides scoped by `files` alone reach it. */
  setting(policy: ResolvedPolicy, rule: AnyRule, route: Route | undefined, file: string): RuleSetting {
    const ruleId = rule.meta.id;
    let setting: RuleSetting = policy.rules.get(ruleId) ?? defaultSetting(rule);
    for (const { override, routes, files } of this.compiled) {
      const patch = override.rules.get(ruleId);
      if (!patch) continue;
      if (routes && (!route || !routes.some((matcher) => matcher.match(route.id)))) continue;
      if (files && !files.some((matcher) => matcher.match(file))) continue;
      if (override.stages && (!route || !override.stages.includes(route.stage))) continue;
      setting = applyPatch(setting, patch);
    }
    return setting;
  }
}
