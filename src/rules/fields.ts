// Shared wording for "missing": absent, empty, or the explicit `unknown` (and, for some fields,
// `none`) are all missing, but messages keep them apart so the author sees what they wrote.
import type { Evidence, Route } from '../manifest/schema.js';

export type FieldState = 'absent' | 'empty' | 'unknown' | 'none' | 'present';

export function stateOf(value: unknown, noneIsMissing = false): FieldState {
  if (value === undefined || value === null) return 'absent';
  if (typeof value === 'string') {
    // Longer than any placeholder with no space to trim at either end: present, without copying it.
    if (value.length > 7 && isVisibleAscii(value.charCodeAt(0)) && isVisibleAscii(value.charCodeAt(value.length - 1))) return 'present';
    const trimmed = value.trim().toLowerCase();
    if (trimmed === '') return 'empty';
    if (trimmed === 'unknown') return 'unknown';
    if (noneIsMissing && trimmed === 'none') return 'none';
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'empty';
    // A list holding only placeholders (`[unknown]`, `[""]`) says no more than the placeholder.
    const states = value.map((item) => stateOf(item, noneIsMissing));
    if (states.every((state) => state !== 'present')) return states.every((state) => state === states[0]) ? states[0]! : 'empty';
  }
  return 'present';
}

function isVisibleAscii(code: number): boolean {
  return code > 32 && code < 127;
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

/** `userData` absent means `unknown`: only an explicit `false` rules real user data out. */
export function mayCarryUserData(route: Route): boolean {
  return route.userData !== false;
}

/** "`userData` is `true`", "`userData` is not set (which means `unknown`)", … */
export function userDataPhrase(userData: Route['userData']): string {
  return userData === undefined ? '`userData` is not set (which means `unknown`)' : `\`userData\` is \`${String(userData)}\``;
}

/** "`stage: internal` is production-like", for messages of rules that judge the stage. */
export function productionLikePhrase(stage: Route['stage']): string {
  return `\`stage: ${stage}\` is production-like`;
}

/** An http(s) URL with a host, as the manifest schema accepts for `endpoint` and evidence. */
export function isHttpUrl(value: string | undefined): boolean {
  return value !== undefined && /^https?:\/\/[^\s/]+/i.test(value.trim());
}

/** "1 day", "14 days". */
export function dayCount(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listWording(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export interface ClaimText {
  text: string;
  /** Path of the text within the route. */
  readonly field: readonly (string | number)[];
  /** Path of the claim's `evidence`, for a claim written as `{text, evidence}`. */
  readonly evidenceField?: readonly (string | number)[];
  evidence?: Evidence;
}

const NO_CLAIMS: readonly ClaimText[] = [];
/** Several rules read a route's claims: they are listed once per route. */
const claimsOfRoute = new WeakMap<Route, readonly ClaimText[]>();

/** Every promise a route shows users: its claims and its labels. */
export function claimTexts(route: Route): readonly ClaimText[] {
  if (!route.claims && !route.labels) return NO_CLAIMS;
  let found = claimsOfRoute.get(route);
  if (!found) {
    found = listClaimTexts(route);
    claimsOfRoute.set(route, found);
  }
  return found;
}

function listClaimTexts(route: Route): ClaimText[] {
  const found: ClaimText[] = [];
  route.claims?.forEach((claim, index) => {
    if (typeof claim === 'string') found.push({ text: claim, field: ['claims', index] });
    else found.push({ text: claim.text, field: ['claims', index, 'text'], evidenceField: ['claims', index, 'evidence'], evidence: claim.evidence });
  });
  route.labels?.forEach((label, index) => found.push({ text: label, field: ['labels', index] }));
  return found;
}
