// Field paths as people write them (`billing.trigger`, `claims[0].text`), and a stable sort order.
import type { FieldPath } from '../yaml/strict-yaml.js';

export function formatFieldPath(path: FieldPath): string {
  let text = '';
  for (const step of path) text += typeof step === 'number' ? `[${step}]` : text ? `.${step}` : step;
  return text;
}

/** Code-unit order, independent of the locale, so reports are identical on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The value at `path` in plain data (undefined where the path does not exist). */
export function valueAtPath(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const step of path) value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[step] : undefined;
  return value;
}
