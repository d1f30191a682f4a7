// The policy every resolution starts from: each rule at its built-in defaults.
import type { BuiltinCatalogs } from '../catalog/load.js';
import { ModelCatalog } from '../catalog/models.js';
import { ProviderCatalog } from '../catalog/providers.js';
import { builtinSecrets, SecretScanner } from '../secrets/patterns.js';
import { defaultSetting, RULES } from '../rules/index.js';
import type { Stage } from '../manifest/schema.js';
import { STAGES } from '../manifest/schema.js';
import type { ResolvedPolicy, RuleOrigin, RuleSetting } from './types.js';

export const BUILTIN_ORIGIN = 'built-in default';

export function defaultPolicy(catalogs: BuiltinCatalogs): ResolvedPolicy {
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
    scan: { enabled: true, exclude: [] },
    ...catalogsOf(catalogs, catalogs.models, catalogs.providers),
    origins,
  };
}

/** The catalogs a policy reads: the bundled data with a policy's corrections appended (later entries win). */
export function catalogsOf(
  builtin: BuiltinCatalogs,
  models: BuiltinCatalogs['models'],
  providerEntries: BuiltinCatalogs['providers'],
): Pick<ResolvedPolicy, 'catalog' | 'providers' | 'secrets' | 'catalogFiles'> {
  const providers = new ProviderCatalog(providerEntries, builtin.otherKeyFormats);
  // New key formats need their own scanner; otherwise the bundled one (and its warm pre-check) serves.
  const extraKeys = providerEntries.length !== builtin.providers.length || providerEntries.some((entry, index) => entry !== builtin.providers[index]);
  return {
    catalog: new ModelCatalog(models, providers),
    providers,
    secrets: extraKeys ? new SecretScanner(providers.keyFormats) : builtinSecrets(),
    catalogFiles: builtin.files,
  };
}
