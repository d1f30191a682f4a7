// The contract every rule module fulfils: one file per rule, carrying its metadata, its options
// schema and its check. Rules are pure: they get `today`, the catalogs and the route set as inputs
// and return the field at fault; the engine turns that into file, line and column.
import type { z } from 'zod';
import type { Route } from '../manifest/schema.js';
import type { ModelCatalog } from '../catalog/models.js';
import type { ProviderCatalog } from '../catalog/providers.js';
import type { SecretScanner } from '../secrets/patterns.js';
import type { TiedCallSite } from '../scan/types.js';
import type { ReportedSeverity, StageSeverities } from '../policy/severity.js';
import type { FieldPath } from '../yaml/strict-yaml.js';

export type RuleGroup = 'facts' | 'production' | 'kinds' | 'claims' | 'freshness' | 'code' | 'hygiene';

/**
 * The facts of the article's checklist, in its order: each is a column of the stop-rule matrix, and
 * a rule that judges one names it in its `meta.fact`.
 */
export const CHECKLIST = [
  { fact: 'keyOwner', label: 'Key owner', short: 'Owner' },
  { fact: 'billing', label: 'Payer and trigger', short: 'Billing' },
  { fact: 'limits', label: 'Limits', short: 'Limits' },
  { fact: 'support', label: 'Support', short: 'Support' },
  { fact: 'dataTerms', label: 'Data terms', short: 'Terms' },
  { fact: 'fallback', label: 'Fallback', short: 'Fallback' },
  { fact: 'model', label: 'Model', short: 'Model' },
  { fact: 'tested', label: 'Tested path', short: 'Tested' },
  { fact: 'checked', label: 'Checked date', short: 'Checked' },
] as const;
export type ChecklistFact = (typeof CHECKLIST)[number]['fact'];

export interface RuleMeta<Options> {
  id: string;
  group: RuleGroup;
  /** One line: what fires the rule. */
  description: string;
  /** The production stop rule the rule encodes, quoted from the article. */
  rationale: string;
  /** Default severity per stage. */
  defaults: StageSeverities;
  /** Options with their defaults; `z.strictObject({})` when the rule has none. */
  options: z.ZodObject & z.ZodType<Options>;
  /** Emitted by the engine itself (no check of its own). */
  engine?: boolean;
  /** The checklist fact the rule judges (its column of the stop-rule matrix), if it judges one. */
  fact?: ChecklistFact;
}

export interface RouteContext<Options> {
  route: Route;
  productionLike: boolean;
  options: Options;
  today: string;
  catalog: ModelCatalog;
  providers: ProviderCatalog;
  /** Every route declared in the run, by id (for `fallback: route:<id>`). */
  routes: ReadonlyMap<string, Route>;
}

export interface Violation {
  /** Path of the field at fault, relative to the route (`['billing', 'trigger']`). */
  field: FieldPath;
  /** What is wrong and what to write instead. Never a secret's value. */
  message: string;
  /**
   * This finding's own default severity, where the rule's table says so (a deprecated model is a
   * warning in every stage). Used while the rule runs at its default severity for the stage; a
   * severity set by a policy applies to every finding of the rule.
   */
  severity?: ReportedSeverity;
  /**
   * A suggestion: the value that could replace the field's own (a retired model's one advised
   * replacement). It can change what the route means, so `fix` applies it only with --suggestions.
   */
  suggest?: { value: string; description: string };
}

export interface DocumentContext<Options> {
  data: unknown;
  options: Options;
  /**
   * False when the source text holds no key prefix and no escape sequence, so no value can hold a
   * key: rules may then skip the walk over every value.
   */
  mayHoldSecrets: boolean;
  /** The key formats of the provider catalog in use. */
  secrets: SecretScanner;
}

export interface DocumentViolation {
  /** Path from the document root. */
  path: FieldPath;
  message: string;
}

export interface CodeContext<Options> {
  /** Every call site of the scan, tied to its route (or to none). */
  callSites: readonly TiedCallSite[];
  /** Every route declared in the run, by id. */
  routes: ReadonlyMap<string, Route>;
  /** Where each route is declared, for messages that name its manifest line. */
  declaredAt: ReadonlyMap<string, { file: string; line: number }>;
  catalog: ModelCatalog;
  providers: ProviderCatalog;
  options: Options;
  /** The scan read the whole tree: only then can a route be called unused for lack of calls. */
  wholeTree: boolean;
}

/** A finding at a call site (severity by the tied route's stage, or production), or at a route's field. */
export type CodeViolation =
  | { callSite: TiedCallSite; message: string; field?: undefined; route?: undefined }
  | { route: string; field: FieldPath; message: string; callSite?: undefined };

export interface Rule<Options = Record<string, never>> {
  meta: RuleMeta<Options>;
  /** Judges one route. */
  checkRoute?(context: RouteContext<Options>): Violation[];
  /** Looks at a whole manifest document, including values outside any valid route. */
  checkDocument?(context: DocumentContext<Options>): DocumentViolation[];
  /** Judges the call sites the code scan found against the declared routes (runs only when the scan ran). */
  checkCode?(context: CodeContext<Options>): CodeViolation[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds rules of every option type
export type AnyRule = Rule<any>;

export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
