// The model catalog: which image model ids exist, their aliases, snapshots and lifecycle. The facts
// live in `policies/models.yml` (they change too fast for code); policies add or correct entries.
import * as z from 'zod';
import { isoDate } from '../manifest/schema.js';

export const modelEntrySchema = z.strictObject({
  id: z.string().min(1),
  provider: z.string().min(1),
  status: z.enum(['active', 'deprecated', 'shutdown']),
  shutdown: isoDate.nullable().optional(),
  replacement: z.string().nullable().optional(),
  snapshots: z.array(z.string()).optional(),
  aliases: z.array(z.string()).optional(),
  source: z.string().optional(),
  checked: isoDate.optional(),
  confirmed: z.boolean().optional(),
  note: z.string().optional(),
});
export type ModelEntry = z.infer<typeof modelEntrySchema>;

export const catalogFileSchema = z.strictObject({
  version: z.literal(1),
  models: z.array(modelEntrySchema),
});

export interface ModelMatch {
  entry: ModelEntry;
  /** How the id matched: the canonical id, one of its snapshots, or a known alias. */
  via: 'id' | 'snapshot' | 'alias';
}

export class ModelCatalog {
  private readonly byName = new Map<string, ModelMatch>();

  /** Later entries replace earlier ones with the same id (a policy correcting the bundled data). */
  constructor(entries: readonly ModelEntry[]) {
    const byId = new Map<string, ModelEntry>();
    for (const entry of entries) byId.set(entry.id, entry);
    for (const entry of byId.values()) {
      for (const alias of entry.aliases ?? []) this.byName.set(alias, { entry, via: 'alias' });
      for (const snapshot of entry.snapshots ?? []) this.byName.set(snapshot, { entry, via: 'snapshot' });
    }
    for (const entry of byId.values()) this.byName.set(entry.id, { entry, via: 'id' });
  }

  lookup(name: string): ModelMatch | undefined {
    return this.byName.get(name);
  }

  /** A canonical id or snapshot (not an alias). */
  isCanonical(name: string): boolean {
    const match = this.byName.get(name);
    return match !== undefined && match.via !== 'alias';
  }
}
