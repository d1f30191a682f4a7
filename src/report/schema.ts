// The JSON report (spec: reports.md): what `evaluate` returns and `--format json` prints, and the
// published JSON Schema generated from it.
import * as z from 'zod';
import { FAIL_ON } from '../policy/severity.js';
import { SOURCE_LANGUAGES } from '../catalog/providers.js';
import { ROUTE_KINDS, STAGES } from '../manifest/schema.js';
import { CHECKLIST, type ChecklistFact } from '../rules/types.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const checklistFact = z.enum(CHECKLIST.map(({ fact }) => fact) as [ChecklistFact, ...ChecklistFact[]]);

export const findingSchema = z.strictObject({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'notice']),
  status: z.enum(['open', 'waived']),
  route: z.string().nullable(),
  file: z.string(),
  line: z.int().min(1),
  column: z.int().min(1),
  field: z.string().nullable(),
  message: z.string(),
  docs: z.string(),
  waiver: z
    .strictObject({ reason: z.string(), owner: z.string(), expires: date })
    .optional(),
  /** On a pull request: whether the base branch lacks this finding (same fingerprint); absent where no base is known. */
  new: z.boolean().optional(),
  /** How to fix it: `safe` fixes cannot change what a route means and apply with `fix`. */
  fix: z
    .strictObject({
      safe: z.boolean(),
      description: z.string(),
      edits: z.array(
        z.strictObject({ file: z.string(), line: z.int().min(1), column: z.int().min(1), endLine: z.int().min(1), endColumn: z.int().min(1), text: z.string() }),
      ),
    })
    .optional(),
});

export const routeSummarySchema = z.strictObject({
  id: z.string(),
  file: z.string(),
  line: z.int().min(1),
  kind: z.enum(ROUTE_KINDS),
  stage: z.enum(STAGES),
  keyOwner: z.string().nullable(),
  checked: date.nullable(),
  staleOn: date.nullable(),
  trialEnds: date.nullable(),
  /** Checklist facts no rule requires of this route, listed only where overrides make it differ from its stage's (`checklist.notRequired`). */
  notRequired: z.array(checklistFact).optional(),
});

export const callSiteSchema = z.strictObject({
  file: z.string(),
  line: z.int().min(1),
  column: z.int().min(1),
  language: z.enum(SOURCE_LANGUAGES),
  provider: z.string(),
  api: z.string(),
  model: z.string().nullable(),
  endpoint: z.string().nullable(),
  keyEnv: z.string().nullable(),
  route: z.string().nullable(),
  tiedBy: z.enum(['comment', 'code', 'model', 'provider']).nullable(),
});

export const reportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    tool: z.strictObject({ name: z.literal('image-route-policy'), version: z.string() }),
    today: date,
    failOn: z.enum(FAIL_ON),
    passed: z.boolean(),
    policy: z.strictObject({
      sources: z.array(z.string()),
      /** Set when a pull request changed the policy and the base branch's version judged it. */
      note: z.string().optional(),
    }),
    manifests: z.array(z.strictObject({ file: z.string(), routes: z.int().min(0) })),
    routes: z.array(routeSummarySchema),
    /**
     * The stop-rule matrix's "not required" cells: per stage, the checklist facts no rule of the
     * policy requires there (the other cells come from the findings: a fact's worst open finding,
     * waived, or pass).
     */
    checklist: z.strictObject({ notRequired: z.strictObject(Object.fromEntries(STAGES.map((stage) => [stage, z.array(checklistFact)])) as Record<(typeof STAGES)[number], z.ZodArray<typeof checklistFact>>) }).optional(),
    findings: z.array(findingSchema),
    /** Image-API call sites found in the source (code.md); absent when the scan did not run. */
    callSites: z.array(callSiteSchema).optional(),
    summary: z.strictObject({
      routes: z.int().min(0),
      errors: z.int().min(0),
      warnings: z.int().min(0),
      notices: z.int().min(0),
      waived: z.int().min(0),
      callSites: z.int().min(0).optional(),
    }),
  })
  .meta({ title: 'image-route-policy report', description: 'Result of one evaluation (schemaVersion 1).' });

export type Finding = z.infer<typeof findingSchema>;
export type ReportedCallSite = z.infer<typeof callSiteSchema>;
export type RouteSummary = z.infer<typeof routeSummarySchema>;

export type Report = z.infer<typeof reportSchema>;

export function reportJsonSchema(): unknown {
  return z.toJSONSchema(reportSchema, { target: 'draft-2020-12' });
}
