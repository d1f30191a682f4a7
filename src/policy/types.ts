// The resolved policy: every preset applied, every value validated. The engine reads nothing else.
import type { Stage } from '../manifest/schema.js';
import type { CatalogFile } from '../catalog/load.js';
import type { ModelCatalog } from '../catalog/models.js';
import type { ProviderCatalog } from '../catalog/providers.js';
import type { SecretScanner } from '../secrets/patterns.js';
import type { FailOn, Severity, StageSeverities } from './severity.js';

export type RuleOptions = Readonly<Record<string, unknown>>;

export interface RuleSetting {
  severity: StageSeverities;
  options: RuleOptions;
}

/** A rule entry of `rules:` or of an override, after validation. */
export interface RulePatch {
  severity?: Partial<Record<Stage, Severity>>;
  options?: RuleOptions;
}

export interface PolicyOverride {
  routes?: readonly string[];
  files?: readonly string[];
  stages?: readonly Stage[];
  rules: ReadonlyMap<string, RulePatch>;
  /** The file (or preset) the override came from. */
  source: string;
}

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface Waiver {
  rule: string;
  /** Route id, or a minimatch pattern of route ids. */
  route?: string;
  /** Minimatch globs on the finding's file (findings at a call site). */
  files?: readonly string[];
  reason: string;
  owner: string;
  expires: string;
  at: SourceLocation;
}

export interface ScanSettings {
  enabled: boolean;
  include?: readonly string[];
  exclude: readonly string[];
}

/** Which sources set a rule's values, for `explain`. */
export interface RuleOrigin {
  severity: Record<Stage, string>;
  options: Record<string, string>;
}

export interface ResolvedPolicy {
  /** Presets and files in the order they were applied, the repository's own policy last. */
  sources: readonly string[];
  failOn: FailOn;
  rules: ReadonlyMap<string, RuleSetting>;
  overrides: readonly PolicyOverride[];
  locked: ReadonlyMap<string, string>;
  waivers: readonly Waiver[];
  catalog: ModelCatalog;
  providers: ProviderCatalog;
  /** Key formats of the provider catalog in use (the bundled one, or one a policy extended). */
  secrets: SecretScanner;
  /** The bundled catalog files and their `checked` dates (rule catalog-stale). */
  catalogFiles: readonly CatalogFile[];
  /** Which source files the code scan reads (policy `scan`). */
  scan: ScanSettings;
  origins: ReadonlyMap<string, RuleOrigin>;
}
