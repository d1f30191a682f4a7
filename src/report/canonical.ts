// Reports built by `evaluate` have their keys in the schema's order and their user text redacted
// already; a mark lets the JSON formatter skip rebuilding them. The mark is a non-enumerable symbol:
// it never reaches any output, and a copy of the report (`{...report}`) does not carry it.
import type { Report } from './schema.js';

const CANONICAL = Symbol('image-route-policy.canonical-report');

export function markCanonical(report: Report): Report {
  Object.defineProperty(report, CANONICAL, { value: true, enumerable: false });
  return report;
}

export function isCanonical(report: Report): boolean {
  return (report as unknown as Record<symbol, unknown>)[CANONICAL] === true;
}
