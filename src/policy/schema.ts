// The policy file format (spec: policy.md): one zod schema, from which the JSON Schema is generated.
import * as z from 'zod';
import { isoDate, STAGES } from '../manifest/schema.js';
import { modelEntrySchema } from '../catalog/models.js';
import { providerEntrySchema } from '../catalog/providers.js';
import { FAIL_ON, SEVERITIES } from './severity.js';

export const severitySchema = z.enum(SEVERITIES);

export const stageSeveritySchema = z
  .strictObject(Object.fromEntries(STAGES.map((stage) => [stage, severitySchema.optional()])) as Record<(typeof STAGES)[number], z.ZodOptional<typeof severitySchema>>)
  .meta({ description: 'A severity per stage; stages left out keep their inherited severity.' });

/** `error`, `{ production: error, … }`, or `{ severity: …, <option>: … }`. Options are checked per rule. */
export const ruleEntrySchema = z.union([
  severitySchema,
  stageSeveritySchema,
  z.looseObject({ severity: z.union([severitySchema, stageSeveritySchema]).optional() }),
]);

const overrideSchema = z.strictObject({
  routes: z.array(z.string().min(1)).optional(),
  files: z.array(z.string().min(1)).optional(),
  stages: z.array(z.enum(STAGES)).optional(),
  rules: z.record(z.string(), ruleEntrySchema),
});

const waiverSchema = z.strictObject({
  rule: z.string().min(1),
  route: z.string().min(1).optional().meta({ description: 'A route id, or a minimatch pattern of route ids.' }),
  files: z.array(z.string().min(1)).min(1).optional().meta({ description: "Minimatch globs on the finding's file (repository-relative), for findings at a call site." }),
  reason: z.string().trim().min(10, { error: 'must explain the waiver in at least 10 characters' }),
  owner: z.string().trim().min(1, { error: 'must name who owns the waiver' }),
  expires: isoDate,
});

export const policySchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    extends: z.array(z.string().min(1)).optional(),
    failOn: z.enum(FAIL_ON).optional(),
    maxWaiverDays: z.int().min(1).max(3650).optional(),
    rules: z.record(z.string(), ruleEntrySchema).optional(),
    overrides: z.array(overrideSchema).optional(),
    locked: z.array(z.string()).optional(),
    waivers: z.array(waiverSchema).optional(),
    models: z.array(modelEntrySchema).optional().meta({ description: 'Entries added to the model catalog, or replacing the entry with the same provider and id.' }),
    scan: z
      .strictObject({
        enabled: z.boolean().optional().meta({ description: 'Read the source for image-API call sites (default true).' }),
        include: z.array(z.string().min(1)).optional().meta({ description: 'Minimatch globs of the source files to read (default: the whole tree).' }),
        exclude: z.array(z.string().min(1)).optional().meta({ description: 'Minimatch globs added to the default exclusions.' }),
      })
      .optional(),
    providers: z.array(providerEntrySchema).optional().meta({ description: 'Entries added to the provider catalog, or replacing the entry with the same id.' }),
  })
  .meta({ title: 'image-route-policy policy', description: 'The policy that judges image-routes.yml manifests.' });

export type PolicyFile = z.infer<typeof policySchema>;
export type RuleEntry = z.infer<typeof ruleEntrySchema>;

export function policyJsonSchema(): unknown {
  return z.toJSONSchema(policySchema, { target: 'draft-2020-12', io: 'input' });
}
