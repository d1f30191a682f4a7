// `--format json`: the report itself, with keys in the schema's order whatever order the object was
// built in, 2-space indentation and a trailing newline, so equal reports are equal bytes.
import { z } from 'zod';
import { redactSecrets } from '../secrets/patterns.js';
import { reportSchema, type Report } from './schema.js';

// JSON.stringify escapes C0 controls but writes C1 controls, line separators and bidi overrides
// raw; escaping them too keeps the same data and makes `cat report.json` harmless.
const RAW_UNSAFE = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function formatJson(report: Report): string {
  const text = JSON.stringify(canonical(reportSchema, report), null, 2);
  return `${text.replace(RAW_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/**
 * Rebuilds `value` following `schema`: object keys in declaration order (keys the schema does not
 * know follow, sorted), and every string redacted, since route summaries and waivers carry values
 * exactly as users wrote them.
 */
function canonical(schema: z.ZodType | undefined, value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (value === null || typeof value !== 'object') return value;
  const inner = unwrap(schema);
  if (Array.isArray(value)) {
    const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
    return value.map((item) => canonical(element, item));
  }
  const shape = inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
  const record = value as Record<string, unknown>;
  const known = shapeKeys(shape);
  const result: Record<string, unknown> = {};
  const put = (key: string, item: unknown): void => {
    if (item === undefined) return;
    // A stray `__proto__` key stays a plain key instead of setting the prototype.
    if (key === '__proto__') Object.defineProperty(result, key, { value: canonical(undefined, item), enumerable: true, writable: true, configurable: true });
    else result[key] = canonical(shape[key], item);
  };
  for (const key of known) if (Object.hasOwn(record, key)) put(key, record[key]);
  const extra = Object.keys(record).filter((key) => !Object.hasOwn(shape, key));
  for (const key of extra.sort()) put(key, record[key]);
  return result;
}

// Shapes are few and reports are large: list each shape's keys once.
const KEYS = new WeakMap<object, string[]>();
function shapeKeys(shape: Record<string, z.ZodType>): string[] {
  let keys = KEYS.get(shape);
  if (!keys) KEYS.set(shape, (keys = Object.keys(shape)));
  return keys;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
  return current;
}
