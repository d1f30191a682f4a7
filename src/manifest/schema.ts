// The route manifest format (spec: manifest.md), as the single zod schema the loader validates with
// and the published JSON Schema is generated from.
import * as z from 'zod';
import { isCalendarDate } from '../text/dates.js';

export const ROUTE_KINDS = [
  'official-api',
  'app-access',
  'browser-playground',
  'provider-trial',
  'provider-paid',
  'user-pays',
  'unknown-wrapper',
] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export const STAGES = ['production', 'internal', 'demo', 'exploration'] as const;
export type Stage = (typeof STAGES)[number];
export const PRODUCTION_LIKE: ReadonlySet<Stage> = new Set(['production', 'internal']);

export const TEST_COVERS = ['generate', 'edit', 'storage', 'logs', 'retries', 'output-count', 'errors'] as const;
export const ROUTE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  // `abort`: a value that is not a date at all is not also "not a real calendar day".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { error: 'is not a real calendar day' })
  .meta({ format: 'date' });

export const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), { error: 'must be an http(s) URL' });

const text = z.string();

const evidence = z.strictObject({
  type: z.enum(['contract', 'terms', 'dashboard']),
  url: httpUrl.optional(),
  checked: isoDate.optional(),
});

const claim = z.union([text, z.strictObject({ text, evidence: evidence.optional() })]);

const billing = z.strictObject({
  payer: z.enum(['our-account', 'end-user', 'provider-credit', 'app-quota', 'unknown']).optional(),
  trigger: text.optional(),
  unit: z.enum(['token', 'image', 'request', 'credit', 'subscription', 'none', 'unknown']).optional(),
  failureBilling: z.enum(['not-charged', 'charged', 'partial', 'unknown']).optional(),
  trialEnds: isoDate.optional(),
});

const tested = z.strictObject({
  date: isoDate.optional(),
  covers: z.array(z.enum(TEST_COVERS)).optional(),
});

/** Every route field but `id`: the shape `defaults` may carry. */
const routeFields = {
  kind: z.enum(ROUTE_KINDS),
  stage: z.enum(STAGES),
  provider: text.optional(),
  model: text.optional(),
  aliasOf: text.optional(),
  endpoint: httpUrl.optional(),
  keyOwner: text.optional(),
  // Any string: a value that is not a reference is reported by `secret-in-manifest`, never echoed.
  secretRef: text.optional(),
  sharedKey: z.boolean().optional(),
  billing: billing.optional(),
  limits: z.union([text, z.array(text)]).optional(),
  // Any string: `data-terms-missing` reports one that is not an http(s) URL.
  dataTerms: text.optional(),
  userData: z.union([z.boolean(), z.literal('unknown')]).optional(),
  consent: z.enum(['obtained', 'not-required', 'unknown']).optional(),
  support: text.optional(),
  fallback: text.optional(),
  claims: z.array(claim).optional(),
  labels: z.array(text).optional(),
  tested: tested.optional(),
  checked: isoDate.optional(),
  notes: text.optional(),
  // Repository-relative minimatch globs of the source files whose image-API calls the route serves.
  code: z.array(text).optional(),
};

export const routeSchema = z.strictObject({
  id: z.string().regex(ROUTE_ID_PATTERN, {
    error: 'must be lower-case letters, digits and dashes, starting with a letter or digit (at most 64)',
  }),
  ...routeFields,
});

export const defaultsSchema = z.strictObject(routeFields).partial();

export const manifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    defaults: defaultsSchema.optional(),
    routes: z.array(routeSchema),
  })
  .meta({
    title: 'image-route-policy manifest',
    description: 'The image-generation routes a repository uses (image-routes.yml).',
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type Route = z.infer<typeof routeSchema>;
export type RouteDefaults = z.infer<typeof defaultsSchema>;
export type Claim = z.infer<typeof claim>;
export type Evidence = z.infer<typeof evidence>;

export function manifestJsonSchema(): unknown {
  return z.toJSONSchema(manifestSchema, { target: 'draft-2020-12', io: 'input' });
}
