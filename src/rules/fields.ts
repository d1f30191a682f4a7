// Shared wording for "missing": absent, empty, or the explicit `unknown` (and, for some fields,
// `none`) are all missing, but messages keep them apart so the author sees what they wrote.
import type { Evidence, Route } from '../manifest/schema.js';

export type FieldState = 'absent' | 'empty' | 'unknown' | 'none' | 'present';

export function stateOf(value: unknown, noneIsMissing = false): FieldState {
  if (value === undefined || value === null) return 'absent';
  if (typeof value === 'string') {
    const trimmed = value.trim().toLowerCase();
    if (trimmed === '') return 'empty';
    if (trimmed === 'unknown') return 'unknown';
    if (noneIsMissing && trimmed === 'none') return 'none';
  }
  if (Array.isArray(value) && value.length === 0) return 'empty';
  return 'present';
}

export function isMissing(value: unknown, noneIsMissing = false): boolean {
  return stateOf(value, noneIsMissing) !== 'present';
}

/** "`keyOwner` is not set", "`keyOwner` is `unknown`", … */
export function missingPhrase(field: string, value: unknown, noneIsMissing = false): string {
  switch (stateOf(value, noneIsMissing)) {
    case 'absent':
      return `\`${field}\` is not set`;
    case 'empty':
      return `\`${field}\` is empty`;
    case 'unknown':
      return `\`${field}\` is \`unknown\``;
    case 'none':
      return `\`${field}\` is \`none\``;
    default:
      return `\`${field}\` is set`;
  }
}

export const VOLATILE_KINDS: ReadonlySet<Route['kind']> = new Set([
  'provider-trial',
  'browser-playground',
  'app-access',
  'unknown-wrapper',
]);

/** Kinds that can never serve production traffic, whatever else they declare. */
export const NON_PRODUCTION_KINDS: ReadonlySet<Route['kind']> = new Set([
  'app-access',
  'browser-playground',
  'unknown-wrapper',
]);

/** `route:<id>` → `<id>`; any other fallback text → undefined. */
export function fallbackRouteId(fallback: string | undefined): string | undefined {
  const match = /^route:(.*)$/.exec(fallback?.trim() ?? '');
  return match ? match[1]!.trim() : undefined;
}

export interface ClaimText {
  text: string;
  /** Path of the text within the route. */
  field: (string | number)[];
  evidence?: Evidence;
}

/** Every promise a route shows users: its claims and its labels. */
export function claimTexts(route: Route): ClaimText[] {
  const found: ClaimText[] = [];
  route.claims?.forEach((claim, index) => {
    if (typeof claim === 'string') found.push({ text: claim, field: ['claims', index] });
    else found.push({ text: claim.text, field: ['claims', index, 'text'], evidence: claim.evidence });
  });
  route.labels?.forEach((label, index) => found.push({ text: label, field: ['labels', index] }));
  return found;
}
