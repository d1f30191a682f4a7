// Merging a chain of policy layers into the one resolved policy the engine reads. Pure: the layers
// are already loaded, `today` is an input (waiver horizons depend on it).
import { STAGES, type Stage } from '../manifest/schema.js';
import type { BuiltinCatalogs } from '../catalog/load.js';
import type { ModelEntry } from '../catalog/models.js';
import type { ProviderEntry } from '../catalog/providers.js';
import { RULE_IDS, ruleById } from '../rules/index.js';
import type { AnyRule } from '../rules/types.js';
import { explainIssues, valueAt } from '../schema/issues.js';
import { addDays } from '../text/dates.js';
import { suggest } from '../text/words.js';
import type { FieldPath } from '../yaml/strict-yaml.js';
import { catalogsOf, defaultPolicy } from './defaults.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import type { PolicyLayer } from './load.js';
import { stageSeveritySchema, type RuleEntry } from './schema.js';
import { SEVERITIES, severityRank, type FailOn, type Severity } from './severity.js';
import type { PolicyOverride, ResolvedPolicy, RuleOrigin, RulePatch, RuleSetting, Waiver } from './types.js';

const DEFAULT_MAX_WAIVER_DAYS = 365;
/** Rules that no policy may turn down or waive. */
const UNWAIVABLE = new Set(['manifest-invalid']);

export function resolvePolicy(layers: readonly Omit<PolicyLayer, 'kind'>[], catalogs: BuiltinCatalogs, today: string): ResolvedPolicy {
  const base = defaultPolicy(catalogs);
  const rules = new Map(base.rules);
  const origins = new Map([...base.origins].map(([id, origin]) => [id, structuredClone(origin)]));
  const locked = new Map<string, string>();
  const overrides: PolicyOverride[] = [];
  const pendingWaivers: { waiver: Waiver; layer: Omit<PolicyLayer, 'kind'>; index: number }[] = [];
  const models: ModelEntry[] = [...catalogs.models];
  const providers: ProviderEntry[] = [...catalogs.providers];
  const problems: ConfigProblem[] = [];
  let failOn: FailOn = 'error';
  let maxWaiverDays = DEFAULT_MAX_WAIVER_DAYS;
  // Later layers set `enabled` and `include`; exclusions add up.
  const scan: { enabled: boolean; include?: readonly string[]; exclude: readonly string[] } = { enabled: true, exclude: [] };

  for (const layer of layers) {
    const problem = (fieldPath: FieldPath, message: string, part: 'key' | 'value' = 'value'): void => {
      problems.push({ file: layer.file, at: layer.document.locate(fieldPath, part) ?? { line: 1, column: 1 }, message });
    };
    const { data } = layer;
    if (data.failOn) failOn = data.failOn;
    if (data.maxWaiverDays) maxWaiverDays = data.maxWaiverDays;

    for (const [id, entry] of writtenEntries(layer, ['rules'])) {
      const rule = knownRule(id, ['rules', id], problem);
      if (!rule) continue;
      const patch = parseEntry(rule, entry, ['rules', id], problem);
      if (!patch) continue;
      const lockedBy = locked.get(rule.meta.id);
      const current = rules.get(rule.meta.id)!;
      if (lockedBy && weakens(current, patch)) {
        problem(['rules', id], `\`${rule.meta.id}\` is locked by ${lockedBy}: ${layer.file} may raise its severity but not lower it, turn it off or change its options`, 'key');
        continue;
      }
      rules.set(rule.meta.id, applyPatch(current, patch));
      recordOrigin(origins.get(rule.meta.id)!, patch, layer.name);
    }

    for (const [index, id] of (data.locked ?? []).entries()) {
      const rule = knownRule(id, ['locked', index], problem);
      if (rule && !locked.has(rule.meta.id)) locked.set(rule.meta.id, layer.file);
    }

    for (const [index, override] of (data.overrides ?? []).entries()) {
      const patches = new Map<string, RulePatch>();
      for (const [id, entry] of writtenEntries(layer, ['overrides', index, 'rules'])) {
        const rule = knownRule(id, ['overrides', index, 'rules', id], problem);
        if (!rule) continue;
        const lockedBy = locked.get(rule.meta.id);
        if (lockedBy || UNWAIVABLE.has(rule.meta.id)) {
          problem(['overrides', index, 'rules', id], `\`${rule.meta.id}\` is locked${lockedBy ? ` by ${lockedBy}` : ''}: ${layer.file} cannot override it`, 'key');
          continue;
        }
        const patch = parseEntry(rule, entry, ['overrides', index, 'rules', id], problem);
        if (patch) patches.set(rule.meta.id, patch);
      }
      overrides.push({ routes: override.routes, files: override.files, stages: override.stages, rules: patches, source: layer.file });
    }

    for (const [index, waiver] of (data.waivers ?? []).entries()) {
      const rule = knownRule(waiver.rule, ['waivers', index, 'rule'], problem);
      if (!rule) continue;
      if (waiver.route === undefined && waiver.files === undefined) {
        problem(['waivers', index], 'a waiver names the `route` it covers, or the `files` of the call sites it covers (or both)');
        continue;
      }
      const at = layer.document.locate(['waivers', index]) ?? { line: 1, column: 1 };
      pendingWaivers.push({ waiver: { ...waiver, rule: rule.meta.id, at: { file: layer.file, ...at } }, layer, index });
    }

    if (data.scan) {
      if (data.scan.enabled !== undefined) scan.enabled = data.scan.enabled;
      if (data.scan.include) scan.include = data.scan.include;
      if (data.scan.exclude) scan.exclude = [...scan.exclude, ...data.scan.exclude];
    }
    models.push(...(data.models ?? []));
    providers.push(...(data.providers ?? []));
  }

  // Locks and horizons apply to every waiver, whichever layer it came from.
  const horizon = addDays(today, maxWaiverDays);
  const waivers: Waiver[] = [];
  for (const { waiver, layer, index } of pendingWaivers) {
    const at = (field: string) => layer.document.locate(['waivers', index, field]) ?? waiver.at;
    if (UNWAIVABLE.has(waiver.rule)) {
      problems.push({ file: layer.file, at: at('rule'), message: '`manifest-invalid` cannot be waived: fix the manifest' });
    } else if (locked.has(waiver.rule)) {
      problems.push({ file: layer.file, at: at('rule'), message: `\`${waiver.rule}\` is locked by ${locked.get(waiver.rule)} and cannot be waived` });
    } else if (waiver.expires > horizon) {
      problems.push({
        file: layer.file,
        at: at('expires'),
        message: `the waiver expires on ${waiver.expires}, more than ${maxWaiverDays} days after ${today}: choose a date on or before ${horizon}`,
      });
    } else waivers.push(waiver);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    sources: layers.map((layer) => layer.name),
    failOn,
    rules,
    overrides,
    locked,
    waivers,
    scan,
    ...(models.length === catalogs.models.length && providers.length === catalogs.providers.length ? pickCatalogs(base) : catalogsOf(catalogs, models, providers)),
    origins,
  };
}

function pickCatalogs({ catalog, providers, secrets, catalogFiles }: ResolvedPolicy): Pick<ResolvedPolicy, 'catalog' | 'providers' | 'secrets' | 'catalogFiles'> {
  return { catalog, providers, secrets, catalogFiles };
}

/**
 * Rule entries as written. The schema has validated them, but its parsed records and options leave
 * out a `__proto__` key, which must be reported as an unknown rule or option, never ignored.
 */
function writtenEntries(layer: Omit<PolicyLayer, 'kind'>, fieldPath: FieldPath): [string, RuleEntry][] {
  const written = valueAt(layer.document.value, fieldPath);
  return written !== null && typeof written === 'object' ? Object.entries(written as Record<string, RuleEntry>) : [];
}

function knownRule(id: string, fieldPath: FieldPath, problem: (fieldPath: FieldPath, message: string, part?: 'key' | 'value') => void): AnyRule | undefined {
  const rule = ruleById(id);
  if (rule) return rule;
  const guess = suggest(id, RULE_IDS);
  const isKey = fieldPath[fieldPath.length - 1] === id;
  problem(fieldPath, `unknown rule \`${id}\`${guess ? `; did you mean \`${guess}\`?` : ''} (\`image-route-policy rules\` lists them)`, isKey ? 'key' : 'value');
  return undefined;
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** A mapping without `severity` that names a stage is a per-stage map (no rule has an option named like a stage). */
function isStageMap(value: object): boolean {
  const keys = Object.keys(value);
  return !Object.hasOwn(value, 'severity') && keys.some((key) => (STAGES as readonly string[]).includes(key));
}

/** A validated patch from a rule entry, or undefined after reporting its problems. */
function parseEntry(rule: AnyRule, entry: RuleEntry, fieldPath: FieldPath, problem: (fieldPath: FieldPath, message: string, part?: 'key' | 'value') => void): RulePatch | undefined {
  const id = rule.meta.id;
  if (isSeverity(entry)) return checkEngineRule(rule, { severity: everyStageOf(entry) }, fieldPath, problem);
  if (isStageMap(entry)) {
    // The schema lets any mapping through as a rule's options: a per-stage map is checked here.
    const stages = stageSeveritySchema.safeParse(entry);
    if (stages.success) return checkEngineRule(rule, { severity: stages.data }, fieldPath, problem);
    for (const issue of explainIssues(stageSeveritySchema, stages.error.issues, entry)) problem([...fieldPath, ...issue.path], issue.message, issue.part);
    return undefined;
  }
  const { severity, ...optionValues } = entry as { severity?: Severity | Partial<Record<Stage, Severity>> };
  const patch: RulePatch = {};
  if (severity !== undefined) patch.severity = isSeverity(severity) ? everyStageOf(severity) : severity;
  if (Object.keys(optionValues).length > 0) {
    const schema = rule.meta.options.partial();
    const result = schema.safeParse(optionValues);
    if (!result.success) {
      if (Object.keys(rule.meta.options.shape).length === 0) {
        problem([...fieldPath, Object.keys(optionValues)[0]!], `\`${id}\` has no options: write only a severity`, 'key');
        return undefined;
      }
      for (const issue of explainIssues(schema, result.error.issues, optionValues)) {
        problem([...fieldPath, ...issue.path], `${issue.message} (options of \`${id}\`: ${Object.keys(rule.meta.options.shape).join(', ')})`, issue.part);
      }
      return undefined;
    }
    // Only the options this entry writes: zod's `partial()` still fills in the defaults of the others,
    // which would reset what an earlier layer set.
    const parsed = result.data as Record<string, unknown>;
    patch.options = Object.fromEntries(Object.keys(optionValues).map((key) => [key, parsed[key]]));
  }
  return checkEngineRule(rule, patch, fieldPath, problem);
}

function checkEngineRule(rule: AnyRule, patch: RulePatch, fieldPath: FieldPath, problem: (fieldPath: FieldPath, message: string) => void): RulePatch | undefined {
  if (UNWAIVABLE.has(rule.meta.id) && Object.values(patch.severity ?? {}).some((severity) => severity !== 'error')) {
    problem(fieldPath, '`manifest-invalid` is always an error: it cannot be lowered or turned off');
    return undefined;
  }
  return patch;
}

function everyStageOf(severity: Severity): Record<Stage, Severity> {
  return Object.fromEntries(STAGES.map((stage) => [stage, severity])) as Record<Stage, Severity>;
}

/** Whether a patch lowers a severity at some stage or changes an option (either could weaken a locked rule). */
function weakens(current: RuleSetting, patch: RulePatch): boolean {
  const lowers = Object.entries(patch.severity ?? {}).some(
    ([stage, severity]) => severityRank(severity) < severityRank(current.severity[stage as Stage]),
  );
  const changesOptions = Object.entries(patch.options ?? {}).some(
    ([key, value]) => JSON.stringify(value) !== JSON.stringify(current.options[key]),
  );
  return lowers || changesOptions;
}

/** The rules the policy turns on at some stage, anywhere or in some override (what SARIF describes). */
export function enabledRuleIds(policy: ResolvedPolicy): string[] {
  const on = (severity: Partial<Record<Stage, Severity>> | undefined): boolean => Object.values(severity ?? {}).some((value) => value !== 'off');
  return RULE_IDS.filter((id) => on(policy.rules.get(id)?.severity) || policy.overrides.some((override) => on(override.rules.get(id)?.severity)));
}

/**
 * A setting with a layer's or an override's patch applied. The patch holds only the options it
 * writes, already validated, over a setting that already holds every option.
 */
export function applyPatch(current: RuleSetting, patch: RulePatch): RuleSetting {
  return {
    severity: { ...current.severity, ...patch.severity },
    options: patch.options ? { ...current.options, ...patch.options } : current.options,
  };
}

function recordOrigin(origin: RuleOrigin, patch: RulePatch, source: string): void {
  for (const stage of Object.keys(patch.severity ?? {})) origin.severity[stage as Stage] = source;
  for (const key of Object.keys(patch.options ?? {})) origin.options[key] = source;
}
