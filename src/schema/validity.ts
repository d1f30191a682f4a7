// A yes/no answer to "does zod accept this value?", compiled from the zod schema itself, that
// allocates nothing. zod builds a validated copy of every value and an issue list on the way; a large
// check spent most of its validation time and garbage there (docs/benchmarks.md). Valid values, by far
// the commonest, now pass this check alone; zod still reads every value this check refuses, and words
// the problems. A property test holds the two to the same answer (__tests__/schema/validity.test.ts).
import type { z } from 'zod';

export type ValidityCheck = (value: unknown) => boolean;

/** The parts of zod's schema definitions read here (zod 4's `_zod.def`, its introspection surface). */
interface Definition {
  type: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; fn?: (value: unknown) => unknown } } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
}

const definitionOf = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** Thrown while compiling a schema with a part this module does not know; the caller keeps zod alone. */
class UnknownPart extends Error {}

const compiled = new WeakMap<z.ZodType, ValidityCheck | null>();

/**
 * Whether the quick check of `schema` (compiled once) accepts `value`. False also when the schema
 * holds a part only zod can judge: the caller then asks zod.
 */
export function passesQuickCheck(schema: z.ZodType, value: unknown): boolean {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = compileValidityCheck(schema) ?? null;
    compiled.set(schema, check);
  }
  return check !== null && check(value);
}

/** The check for `schema`, or undefined when it holds a part that only zod can judge. */
export function compileValidityCheck(schema: z.ZodType): ValidityCheck | undefined {
  try {
    return compile(schema);
  } catch (error) {
    if (error instanceof UnknownPart) return undefined;
    throw error;
  }
}

function compile(schema: z.ZodType): ValidityCheck {
  const definition = definitionOf(schema);
  const checks = definition.checks ?? [];
  if (checks.length > 0 && definition.type !== 'string') throw new UnknownPart(`checks on ${definition.type}`);
  switch (definition.type) {
    case 'string':
      return compileString(checks);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'enum': {
      const allowed = new Set<unknown>(Object.values(definition.entries!));
      return (value) => allowed.has(value);
    }
    case 'literal': {
      const allowed = new Set<unknown>(definition.values);
      return (value) => allowed.has(value);
    }
    case 'optional': {
      const inner = compile(definition.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'union': {
      const options = definition.options!.map(compile);
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
    case 'array': {
      const element = compile(definition.element!);
      return (value) => Array.isArray(value) && value.every(element);
    }
    case 'object':
      return compileObject(definition);
    default:
      throw new UnknownPart(definition.type);
  }
}

function compileString(checks: NonNullable<Definition['checks']>): ValidityCheck {
  const tests = checks.map(({ _zod: { def } }): ((value: string) => boolean) => {
    if (def.check === 'string_format' && def.format === 'regex' && def.pattern) {
      const pattern = def.pattern;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      };
    }
    // A refinement passes when its function returns a truthy value (zod's own rule).
    if (def.check === 'custom' && def.fn) {
      const fn = def.fn;
      return (value) => Boolean(fn(value));
    }
    throw new UnknownPart(`string check ${def.check}`);
  });
  return (value) => {
    if (typeof value !== 'string') return false;
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

function compileObject(definition: Definition): ValidityCheck {
  const catchall = definition.catchall ? definitionOf(definition.catchall).type : undefined;
  // Only strict objects (unknown keys refused) and plain ones (unknown keys dropped) are read here.
  if (catchall !== undefined && catchall !== 'never') throw new UnknownPart(`catchall ${catchall}`);
  const strict = catchall === 'never';
  const shape = definition.shape!;
  const keys = Object.keys(shape);
  const checks = keys.map((key) => compile(shape[key]!));
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (let index = 0; index < keys.length; index++) if (!checks[index]!(record[keys[index]!])) return false;
    // An inherited enumerable key (a polluted prototype) is refused too, and zod then decides.
    if (strict) for (const key in record) if (!Object.prototype.hasOwnProperty.call(shape, key)) return false;
    return true;
  };
}
