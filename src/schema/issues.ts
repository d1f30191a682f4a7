// Turns zod issues into messages that say what is wrong and what to write instead, with the path of
// the value (or key) at fault. Shared by manifests and policies so both speak the same way.
import * as z from 'zod';
import type { FieldPath } from '../yaml/strict-yaml.js';
import { formatFieldPath } from '../text/paths.js';
import { describeValue, onlyMatch, suggest } from '../text/words.js';

export interface SchemaProblem {
  path: FieldPath;
  /** Whether the problem is the key itself (an unknown key) or its value. */
  part: 'key' | 'value';
  message: string;
  /** What should stand in place of the key or value when exactly one close match exists (a safe fix). */
  replacement?: string;
}

type AnySchema = z.core.$ZodType;

export function explainIssues(schema: AnySchema, issues: readonly z.core.$ZodIssue[], input: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      // One branch of a union may not know a key that another branch is made for (a rule's
      // `severity:` is no stage): then the value is wrong for that other branch, not the key.
      const intended = branchKnowing(schemaAt(schema, path), issue.keys);
      const retry = intended && z.safeParse(intended, valueAt(input, path));
      if (retry && !retry.success) {
        problems.push(...explainIssues(schema, retry.error.issues.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue), input));
        continue;
      }
      const known = knownKeysAt(schema, path);
      // Renaming onto a key the mapping already has, or two keys onto one, would write a duplicate:
      // no fix then.
      const parent = valueAt(input, path);
      const matches = issue.keys.map((key) => (key === '<<' ? undefined : onlyMatch(key, known)));
      issue.keys.forEach((key, index) => {
        const match = matches[index];
        const free = match !== undefined && !(parent !== null && typeof parent === 'object' && Object.hasOwn(parent, match)) && matches.filter((other) => other === match).length === 1;
        problems.push({ path: [...path, key], part: 'key', message: unknownKeyMessage(key, known, path), ...(free ? { replacement: match } : {}) });
      });
      continue;
    }
    // A value with the shape of one branch of a union (a list where "a string or a list" is allowed)
    // fails inside that branch: explain that branch's problems, where they are.
    const inside = issue.code === 'invalid_union' ? deepestBranch(issue.errors) : undefined;
    if (inside) {
      problems.push(...explainIssues(schema, inside.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue), input));
      continue;
    }
    const actual = valueAt(input, path);
    const only = issue.code === 'invalid_value' && typeof actual === 'string' ? onlyMatch(actual, issue.values.map(String)) : undefined;
    problems.push({ path, part: 'value', message: `${fieldName(path)} ${describeIssue(issue, actual)}`, ...(only ? { replacement: only } : {}) });
  }
  return problems;
}

/** Whether a branch's issue lies inside the value (so the value had the branch's type). */
function isInsideValue(issue: z.core.$ZodIssue): boolean {
  return issue.path.length > 0 || issue.code === 'unrecognized_keys';
}

/** The one union branch whose problems lie deepest inside the value, if there is one. */
function deepestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const depth = (branch: readonly z.core.$ZodIssue[]): number =>
    Math.max(...branch.map((issue) => issue.path.length + (issue.code === 'unrecognized_keys' ? 1 : 0)));
  const inside = branches.filter((branch) => branch.length > 0 && branch.every(isInsideValue));
  const deepest = Math.max(...inside.map(depth));
  const found = inside.filter((branch) => depth(branch) === deepest);
  return found.length === 1 ? found[0] : undefined;
}

/** The branch of a union schema that declares every one of `keys`. */
function branchKnowing(schema: AnySchema | undefined, keys: readonly string[]): AnySchema | undefined {
  const def = schema && (unwrap(schema)._zod.def as { type: string; options?: AnySchema[] });
  if (def?.type !== 'union') return undefined;
  return def.options?.find((option) => {
    const shape = objectOf(option)?._zod.def.shape;
    return shape !== undefined && keys.every((key) => Object.hasOwn(shape, key));
  });
}

export function unknownKeyMessage(key: string, known: readonly string[], path: FieldPath): string {
  if (key === '<<') return 'merge keys (<<) are not allowed: write the fields out';
  const where = path.length ? ` in ${fieldName(path)}` : '';
  const guess = suggest(key, known);
  const hint = guess ? `; did you mean \`${guess}\`?` : known.length ? `; expected one of ${listOf(known)}` : '';
  return `unknown key \`${key}\`${where}${hint}`;
}

function describeIssue(issue: z.core.$ZodIssue, actual: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (actual === undefined) return `is required (${article(issue.expected)})`;
      return `must be ${article(issue.expected)}, not ${describeValue(actual)}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const guess = typeof actual === 'string' ? suggest(actual, values) : undefined;
      const base = values.length === 1 ? `must be ${values[0]}` : `must be one of ${listOf(values)}`;
      if (actual === undefined) return `is required: ${base.replace('must be ', '')}`;
      return `${base}, not ${describeValue(actual)}${guess ? `; did you mean \`${guess}\`?` : ''}`;
    }
    case 'invalid_union': {
      const expected = issue.errors.flatMap((branch) => branch.map(expectedOf)).filter(Boolean);
      return `must be ${listOf([...new Set(expected)], 'or')}, not ${describeValue(actual)}`;
    }
    case 'too_small':
      if (!issue.message.startsWith('Too small')) return issue.message;
      if (issue.origin === 'array') return `must list at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return `must be at least ${issue.minimum} characters long`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (!issue.message.startsWith('Too big')) return issue.message;
      if (issue.origin === 'array') return `must list at most ${issue.maximum} item(s)`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters long`;
      return `must be at most ${issue.maximum}`;
    default:
      // Custom checks and formats carry their own wording in the schema.
      return issue.message;
  }
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return article(issue.expected);
  if (issue.code === 'invalid_value') return issue.values.map(String).join(', ');
  return '';
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    int: 'a whole number',
  };
  return names[expected] ?? expected;
}

export function fieldName(path: FieldPath): string {
  return path.length === 0 ? 'the document' : `\`${formatFieldPath(path)}\``;
}

function listOf(values: readonly string[], last = 'or'): string {
  const quoted = values.map((value) => `\`${value}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

export function valueAt(input: unknown, path: FieldPath): unknown {
  let current = input;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.prototype.hasOwnProperty.call(current, step)
      ? (current as Record<string | number, unknown>)[step]
      : undefined;
  }
  return current;
}

/** The keys the schema allows for the object at `path` (for "did you mean"). */
export function knownKeysAt(schema: AnySchema, path: FieldPath): string[] {
  const current = schemaAt(schema, path);
  const object = current && objectOf(current);
  return object ? Object.keys(object._zod.def.shape) : [];
}

function schemaAt(schema: AnySchema, path: FieldPath): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const step of path) {
    current = current && childSchema(current, step);
  }
  return current;
}

function unwrap(schema: AnySchema): AnySchema {
  const def = schema._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; getter?: () => AnySchema };
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'lazy' && def.getter) return unwrap(def.getter());
  return schema;
}

function objectOf(schema: AnySchema): z.core.$ZodObject | undefined {
  const inner = unwrap(schema);
  const def = inner._zod.def as { type: string; options?: AnySchema[] };
  if (def.type === 'object') return inner as z.core.$ZodObject;
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const object = objectOf(option);
      if (object) return object;
    }
  }
  return undefined;
}

function childSchema(schema: AnySchema, step: string | number): AnySchema | undefined {
  const inner = unwrap(schema);
  const def = inner._zod.def as { type: string; element?: AnySchema; valueType?: AnySchema; options?: AnySchema[] };
  if (typeof step === 'number') {
    if (def.type === 'array') return def.element;
    if (def.type === 'union') {
      for (const option of def.options ?? []) {
        const child = childSchema(option, step);
        if (child) return child;
      }
    }
    return undefined;
  }
  if (def.type === 'record') return def.valueType;
  return objectOf(inner)?._zod.def.shape[step];
}
