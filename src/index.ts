// The library API: the same functions the CLI and the Action call.
//
//   const { report } = await runCheck({ cwd: process.cwd(), today: '2026-11-23' });
//   process.stdout.write(formatReport(report, 'markdown'));
//
// Or step by step, with the pure core in the middle:
//   const policy = await loadPolicy({ cwd: root, today });
//   const sources = sourceCollector(root, policy.scan);
//   const manifests = loadManifests(root, discoverManifests(root, [], sources));
//   const scan = await scanSources(root, sources.files, new ScanPlan(policy.providers, policy.catalog), true);
//   const report = evaluate(manifests, scan, policy, today);
export { evaluate, type EvaluateOptions } from './engine/evaluate.js';
export { discoverManifests, findRepositoryRoot, loadManifests, MANIFEST_NAMES, UsageError } from './manifest/discover.js';
export { parseManifest, type LoadedManifest, type LoadedRoute, type ManifestProblem } from './manifest/parse.js';
export { manifestJsonSchema, manifestSchema, routeSchema, ROUTE_KINDS, STAGES, type Route, type RouteKind, type Stage } from './manifest/schema.js';
export { loadBuiltinCatalogs, type BuiltinCatalogs, type CatalogFile } from './catalog/load.js';
export { lifecycleOn, ModelCatalog, modelsJsonSchema, replacementsOf, type ModelEntry, type ModelMatch } from './catalog/models.js';
export { ProviderCatalog, providersJsonSchema, type KeyFormat, type ProviderEntry } from './catalog/providers.js';
export { ConfigError, type ConfigProblem } from './policy/errors.js';
export { DEFAULT_POLICY_PATH, loadPolicyChain, parseLayer, type LoadPolicyOptions, type PolicyLayer } from './policy/load.js';
export { resolvePolicy } from './policy/resolve.js';
export { policyJsonSchema, policySchema, type PolicyFile } from './policy/schema.js';
export type { FailOn, Severity, StageSeverities } from './policy/severity.js';
export type { ResolvedPolicy, Waiver } from './policy/types.js';
export { COMMENT_MARKER, formatReport, formatSummary, FORMATS, type FormatName } from './report/index.js';
export { reportJsonSchema, reportSchema, type Finding, type Report, type ReportedCallSite, type RouteSummary } from './report/schema.js';
export { staleRoutes, type StaleRoute } from './report/stale.js';
export { fingerprints } from './report/fingerprint.js';
export { applyFailScope, FAIL_SCOPES, markNew, onlyFiles, type FailScope } from './report/scope.js';
export { judgeBase, type BaseJudgement, type BaseVersions, type ChangedFile } from './diff/base-tree.js';
export { gitBaseVersions } from './diff/git.js';
export { RULES, ruleById } from './rules/index.js';
export { ScanPlan } from './scan/plan.js';
export { languageOf, scanSources, sourceCollector } from './scan/source.js';
export type { CallSite, ScanNotice, ScanResult, TiedCallSite } from './scan/types.js';
export { CHECKLIST, type ChecklistFact, type Rule, type RuleMeta, type Violation } from './rules/types.js';
export { loadPolicy, runCheck, type CheckBasis, type CheckOptions, type CheckResult, type PolicyOptions } from './run.js';
export { TOOL_VERSION } from './version.js';
