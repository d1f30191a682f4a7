// The policy every resolution starts from: each rule at its built-in defaults.
import { ModelCatalog, type ModelEntry } from '../models/catalog.js';
import { defaultSetting, RULES } from '../rules/index.js';
import type { Stage } from '../manifest/schema.js';
import { STAGES } from '../manifest/schema.js';
import type { ResolvedPolicy, RuleOrigin, RuleSetting } from './types.js';

export const BUILTIN_ORIGIN = 'built-in default';

export function defaultPolicy(catalog: readonly ModelEntry[]): ResolvedPolicy {
  const rules = new Map<string, RuleSetting>();
  const origins = new Map<string, RuleOrigin>();
  for (const rule of RULES) {
    const setting = defaultSetting(rule);
    rules.set(rule.meta.id, setting);
    origins.set(rule.meta.id, {
      severity: Object.fromEntries(STAGES.map((stage) => [stage, BUILTIN_ORIGIN])) as Record<Stage, string>,
      options: Object.fromEntries(Object.keys(setting.options).map((key) => [key, BUILTIN_ORIGIN])),
    });
  }
  return {
    sources: [],
    failOn: 'error',
    rules,
    overrides: [],
    locked: new Map(),
    waivers: [],
    catalog: new ModelCatalog(catalog),
    origins,
  };
}
