// From a manifest's text to validated routes and located problems. Pure: no file system here.
//
// A broken route never hides the others: each route is validated on its own, and a field that breaks
// the format is reported and then treated as absent, so the route is still judged by the rules (a
// `checked: 2026-02-30` is both a format error and a missing checked date).
import * as z from 'zod';
import { explainIssues, type SchemaProblem } from '../schema/issues.js';
import { passesQuickCheck } from '../schema/validity.js';
import { mightHoldSecret } from '../secrets/patterns.js';
import { valueAtPath } from '../text/paths.js';
import { parseStrictYaml, StrictYamlError, type FieldPath, type SourcePosition, type YamlDocument } from '../yaml/strict-yaml.js';
import { defaultsSchema, manifestSchema, routeSchema, type Manifest, type Route, type RouteDefaults } from './schema.js';

export interface ManifestProblem {
  /** Path from the document root; an empty path means the file as a whole. */
  path: FieldPath;
  part: 'key' | 'value';
  message: string;
  /** Where the problem is, when the path cannot be located (a file that does not parse). */
  position?: SourcePosition;
  /** What should stand in place of the key or value (exactly one close match). */
  replacement?: string;
  /** The span the replacement takes, when the text there is exactly the word (plain or quoted). */
  span?: { line: number; column: number; endLine: number; endColumn: number; text: string };
}

export interface LoadedRoute {
  /** Validated route, with `defaults` applied and fields that broke the format removed. */
  route: Route;
  /** Index in the file's `routes` list. */
  index: number;
  /** Route fields that came from `defaults` rather than the route itself. */
  inherited: ReadonlySet<string>;
}

export interface LoadedManifest {
  /** Repository-relative path with `/`. */
  file: string;
  /** The raw document (for rules that look at every value, like `secret-in-manifest`). */
  data: unknown;
  /** Whether any value could hold key material (see DocumentContext). */
  mayHoldSecrets: boolean;
  document: YamlDocument | null;
  routes: LoadedRoute[];
  problems: ManifestProblem[];
}

/** The manifest around its routes: each route is validated on its own when the whole fails. */
const envelopeSchema = manifestSchema.extend({ routes: z.array(z.unknown()) });

/** Manifests larger than this are refused (read no further than one byte past it): real ones are a few kilobytes. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** A manifest that could not be read at all: its one problem, at the file's first line unless told where. */
export function unreadableManifest(file: string, message: string, position: SourcePosition = { line: 1, column: 1 }): LoadedManifest {
  return { file, data: undefined, mayHoldSecrets: false, document: null, routes: [], problems: [{ path: [], part: 'value', message, position }] };
}

export function parseManifest(file: string, text: string): LoadedManifest {
  // An escape sequence could spell a key that the text does not show, so it counts too.
  const mayHoldSecrets = mightHoldSecret(text) || text.includes('\\');
  const manifest: LoadedManifest = { file, data: undefined, mayHoldSecrets, document: null, routes: [], problems: [] };
  try {
    manifest.document = parseStrictYaml(text);
  } catch (error) {
    if (!(error instanceof StrictYamlError)) throw error;
    const { line, column, message } = error.problem;
    manifest.problems.push({ path: [], part: 'value', message, position: { line, column } });
    return manifest;
  }
  const data = manifest.document.value;
  manifest.data = data;
  if (data === undefined || data === null) {
    // Nothing to point at but the file itself (not its end, past any blank or comment lines).
    manifest.problems.push({ path: [], part: 'value', message: 'the file is empty: write `version: 1` and a `routes:` list', position: { line: 1, column: 1 } });
    return manifest;
  }

  // The schema has no transforms or defaults, so a valid document is its own validated value: the
  // quick check accepts it without zod's copy, and zod reads only the rest (and words its problems).
  if (passesQuickCheck(manifestSchema, data)) {
    const valid = data as Manifest;
    manifest.routes = valid.routes.map((route, index) => applyDefaults(route, valid.defaults, index, data));
    return manifest;
  }

  // Report the problems outside `routes[i]` as they are; validate each route on its own.
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) manifest.problems.push(...explainIssues(envelopeSchema, envelope.error.issues, data).filter((problem) => !isInsideRoute(problem.path)));
  const record = data as Record<string, unknown>;
  const defaults = salvage(defaultsSchema, record.defaults, ['defaults']).value as RouteDefaults | undefined;
  if (!Array.isArray(record.routes)) return manifest;
  record.routes.forEach((rawRoute, index) => {
    const withDefaults = isPlainObject(rawRoute) ? { ...defaults, ...rawRoute } : rawRoute;
    const { value, problems: routeProblems } = salvage(routeSchema, withDefaults, ['routes', index]);
    manifest.problems.push(...routeProblems.filter((problem) => !isInheritedField(problem.path, rawRoute, defaults)));
    // Defaults are already in `value`; passing them again only records which fields were inherited.
    if (value) manifest.routes.push(applyDefaults(value as Route, defaults, index, data));
  });
  locateReplacements(manifest);
  return manifest;
}

/** Gives each problem with a replacement the exact span of the word it replaces, when it has one. */
function locateReplacements(manifest: LoadedManifest): void {
  for (const problem of manifest.problems) {
    if (problem.replacement === undefined || !manifest.document) continue;
    const word = problem.part === 'key' ? problem.path[problem.path.length - 1] : valueAtPath(manifest.data, problem.path);
    const span = typeof word === 'string' ? manifest.document.spanOf(problem.path, problem.part, word) : undefined;
    if (span) problem.span = { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, text: `${span.quote}${problem.replacement}${span.quote}` };
  }
}

function isInsideRoute(path: FieldPath): boolean {
  return path[0] === 'routes' && typeof path[1] === 'number';
}

/** Problems of inherited fields were already reported at `defaults`. */
function isInheritedField(path: FieldPath, rawRoute: unknown, defaults: RouteDefaults | undefined): boolean {
  const field = path[2];
  if (typeof field !== 'string' || !defaults || !isPlainObject(rawRoute)) return false;
  return !Object.prototype.hasOwnProperty.call(rawRoute, field) && Object.prototype.hasOwnProperty.call(defaults, field);
}

const NO_FIELDS: ReadonlySet<string> = new Set();

function applyDefaults(route: Route, defaults: RouteDefaults | undefined, index: number, data: unknown): LoadedRoute {
  if (!defaults) return { route, index, inherited: NO_FIELDS };
  const raw = (data as { routes: Record<string, unknown>[] }).routes[index] ?? {};
  const merged = { ...defaults, ...route } as Route;
  const inherited = new Set(Object.keys(merged).filter((key) => !Object.prototype.hasOwnProperty.call(raw, key)));
  return { route: merged, index, inherited };
}

interface Salvaged {
  value: unknown;
  problems: SchemaProblem[];
}

/**
 * Validates `input`; on failure, removes each offending field and tries again, so that what is left
 * can still be judged. Gives up (value undefined) when the object itself is unusable.
 */
function salvage(schema: typeof routeSchema | typeof defaultsSchema, input: unknown, prefix: FieldPath): Salvaged {
  if (input === undefined) return { value: undefined, problems: [] };
  // A valid value is its own validated value (no transforms or defaults in these schemas).
  if (passesQuickCheck(schema, input)) return { value: input, problems: [] };
  const first = schema.safeParse(input);
  if (first.success) return { value: first.data, problems: [] };
  const problems = explainIssues(schema, first.error.issues, input);
  if (!isPlainObject(input)) return { value: undefined, problems: prefixed(problems, prefix) };
  const pruned = structuredClone(input) as Record<string, unknown>;
  for (const issue of first.error.issues) removeAt(pruned, issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys] : issue.path);
  const usable = passesQuickCheck(schema, pruned) || schema.safeParse(pruned).success;
  return { value: usable ? pruned : undefined, problems: prefixed(problems, prefix) };
}

function prefixed(problems: SchemaProblem[], prefix: FieldPath): SchemaProblem[] {
  return problems.map((problem) => ({ ...problem, path: [...prefix, ...problem.path] }));
}

/**
 * Removes the value at `path`. A bad list item takes its whole list with it: removing only the item
 * would shift the indices of the others away from their source positions.
 */
function removeAt(target: Record<string, unknown>, path: readonly PropertyKey[]): void {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end--;
  if (end === 0) return;
  let parent: unknown = target;
  for (const step of path.slice(0, end - 1)) {
    parent = isPlainObject(parent) || Array.isArray(parent) ? (parent as Record<PropertyKey, unknown>)[step] : undefined;
  }
  if (isPlainObject(parent)) delete parent[path[end - 1] as string];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
