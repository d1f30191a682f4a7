// `--format json`: the report itself, with keys in the schema's order whatever order the object was
// built in, 2-space indentation and a trailing newline, so equal reports are equal bytes.
import * as z from 'zod';
import { redactSecrets } from '../secrets/patterns.js';
import { isCanonical } from './canonical.js';
import { reportSchema, type Report } from './schema.js';

// JSON.stringify escapes C0 controls but writes C1 controls, line separators and bidi overrides
// raw; escaping them too keeps the same data and makes `cat report.json` harmless.
const RAW_UNSAFE = /[\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeRawUnsafe(text: string): string {
  return text.replace(RAW_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatJson(report: Report): string {
  // An engine-built report is already in order, and evaluate() redacted every string in it. Redacting
  // the whole text is only a second line of defence: it is NOT the same as redacting each string,
  // since an escape (`\n` before a key) puts a letter where the patterns want a boundary.
  const text = isCanonical(report) ? redactSecrets(JSON.stringify(report, null, 2)) : JSON.stringify(writerFor(reportSchema)(report), null, 2);
  return `${escapeRawUnsafe(text)}\n`;
}

/**
 * Any other JSON the CLI prints (`explain`, `stale --format json`): every string redacted and the
 * same raw characters escaped as in the report.
 */
export function formatJsonValue(value: unknown): string {
  const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? redactSecrets(item) : item), 2);
  return `${escapeRawUnsafe(text)}\n`;
}

/**
 * Rebuilds a value following its schema: object keys in declaration order (keys the schema does not
 * know follow, sorted), and every string redacted, since route summaries and waivers carry values
 * exactly as users wrote them. Compiled once per schema node: reports can hold 100,000 findings.
 */
type Writer = (value: unknown) => unknown;

const WRITERS = new WeakMap<z.ZodType, Writer>();

function writerFor(schema: z.ZodType): Writer {
  let writer = WRITERS.get(schema);
  if (!writer) {
    writer = compile(schema);
    WRITERS.set(schema, writer);
  }
  return writer;
}

function compile(schema: z.ZodType): Writer {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return writerFor(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) {
    const element = writerFor(schema.element as z.ZodType);
    return (value) => (Array.isArray(value) ? value.map(element) : generic(value));
  }
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, child]) => [key, writerFor(child)] as const);
    return (value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return generic(value);
      const record = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      let matched = 0;
      for (const [key, write] of fields) {
        if (!Object.hasOwn(record, key)) continue;
        matched++;
        if (record[key] !== undefined) result[key] = write(record[key]);
      }
      // Keys the schema does not know are rare (library callers): only then look for them.
      if (matched === Object.keys(record).length) return result;
      const extra = Object.keys(record).filter((key) => !fields.some(([known]) => known === key));
      return appendSorted(result, record, extra);
    };
  }
  return generic;
}

/** Any value the schema does not describe: strings redacted, objects with sorted keys. */
function generic(value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(generic);
  const record = value as Record<string, unknown>;
  return appendSorted({}, record, Object.keys(record));
}

function appendSorted(result: Record<string, unknown>, record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  for (const key of keys.sort()) {
    if (record[key] === undefined) continue;
    // A stray `__proto__` key stays a plain key instead of setting the prototype.
    Object.defineProperty(result, key, { value: generic(record[key]), enumerable: true, writable: true, configurable: true });
  }
  return result;
}
