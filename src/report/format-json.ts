// `--format json`: the report itself, with keys in the schema's order whatever order the object was
// built in, 2-space indentation and a trailing newline, so equal reports are equal bytes.
import { z } from 'zod';
import { redactSecrets } from '../secrets/patterns.js';
import { reportSchema, type Report } from './schema.js';

export function formatJson(report: Report): string {
  return `${JSON.stringify(canonical(reportSchema, report), null, 2)}\n`;
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
  const shape: Record<string, z.ZodType> = inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
  const record = value as Record<string, unknown>;
  const keys = [...Object.keys(shape).filter((key) => Object.hasOwn(record, key)), ...Object.keys(record).filter((key) => !Object.hasOwn(shape, key)).sort()];
  // No prototype: a stray `__proto__` key stays a plain key.
  const result = Object.create(null) as Record<string, unknown>;
  for (const key of keys) if (record[key] !== undefined) result[key] = canonical(shape[key], record[key]);
  return result;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
  return current;
}
