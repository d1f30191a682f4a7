// The model catalog: which image model ids exist, on which provider's API, their snapshots, the ids
// aggregators and clouds use for them, and their lifecycle. The facts live in `policies/models.yml`
// (they change within weeks, so never in rule code); policies add or correct entries.
import * as z from 'zod';
import { httpUrl, isoDate } from '../manifest/schema.js';
import { addDays } from '../text/dates.js';
import type { ProviderCatalog } from './providers.js';

/** An id another platform uses for the model: a plain string, or with the platforms and the page that confirm it. */
export const aliasSchema = z.union([
  z.string().min(1),
  z.strictObject({
    id: z.string().min(1),
    via: z.array(z.string().min(1)).optional().meta({ description: 'Provider ids of the platforms that use this id (fal, replicate, vercel-ai-gateway, …).' }),
    source: httpUrl.optional(),
    confirmed: z.boolean().optional(),
    note: z.string().optional(),
  }),
]);
export type ModelAlias = z.infer<typeof aliasSchema>;

const replacementSchema = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .nullable()
  .meta({ description: 'What the vendor advises moving to: one id, or a list of ids (any of them).' });

export const modelEntrySchema = z.strictObject({
  id: z.string().min(1).meta({ description: "The id the provider's own API takes." }),
  provider: z.string().min(1).meta({ description: 'Provider id (policies/providers.yml) whose API takes this id.' }),
  name: z.string().optional().meta({ description: 'The name the vendor gives the model.' }),
  status: z.enum(['active', 'deprecated', 'shutdown']),
  released: isoDate.optional(),
  shutdown: isoDate.nullable().optional().meta({ description: 'The first day the model no longer answers (null: none announced).' }),
  replacement: replacementSchema.optional(),
  snapshots: z.array(z.string().min(1)).optional(),
  aliases: z.array(aliasSchema).optional(),
  source: httpUrl.optional(),
  checked: isoDate.optional(),
  confirmed: z.boolean().optional().meta({ description: 'false where only secondary sources were found (then `note` says what).' }),
  note: z.string().optional(),
});
export type ModelEntry = z.infer<typeof modelEntrySchema>;

/** Entries of the bundled file must say where their facts come from, and mark what is unconfirmed. */
const sourcedModelEntrySchema = modelEntrySchema
  .extend({ source: httpUrl, checked: isoDate })
  .refine((entry) => entry.confirmed !== false || (entry.note ?? '').length > 0, { error: 'an entry with `confirmed: false` needs a `note` saying what is unconfirmed', path: ['note'] });

export const modelsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    checked: isoDate.meta({ description: 'The day the catalog as a whole was last checked against its sources (rule catalog-stale).' }),
    models: z.array(sourcedModelEntrySchema),
  })
  .meta({ title: 'image-route-policy model catalog', description: 'policies/models.yml: image-generation models, their aliases and lifecycle.' });

export function modelsJsonSchema(): unknown {
  return z.toJSONSchema(modelsFileSchema, { target: 'draft-2020-12', io: 'input' });
}

export function aliasId(alias: ModelAlias): string {
  return typeof alias === 'string' ? alias : alias.id;
}

export function replacementsOf(entry: ModelEntry): string[] {
  const { replacement } = entry;
  if (replacement === undefined || replacement === null) return [];
  return typeof replacement === 'string' ? [replacement] : replacement;
}

export type Lifecycle = 'active' | 'deprecated' | 'shutdown';

/** The model's state on `today`: a shutdown day that has come makes it shut down, whatever `status` says. */
export function lifecycleOn(entry: ModelEntry, today: string): Lifecycle {
  if (entry.shutdown) {
    if (entry.shutdown <= today) return 'shutdown';
    // Judged as of a day before its shutdown, a shut-down model was still answering.
    if (entry.status === 'shutdown') return 'deprecated';
  }
  return entry.status;
}

/** Whether the model has a shutdown day from `today` up to `days` later. */
export function retiresWithin(entry: ModelEntry, today: string, days: number): boolean {
  return Boolean(entry.shutdown && entry.shutdown >= today && entry.shutdown <= addDays(today, days));
}

export interface ModelMatch {
  entry: ModelEntry;
  /** How the name matched: the canonical id, one of its snapshots, or an id other platforms use. */
  via: 'id' | 'snapshot' | 'alias';
  /**
   * Whether the name is one of the asked provider's own ids (its entries, or those of the providers
   * whose ids its API takes, such as Gemini ids on Vertex AI).
   */
  ownId: boolean;
}

/**
 * Looks model names up for a provider. The same id can exist on two providers with their own
 * lifecycles (OpenAI's and Azure's `gpt-image-1.5`): a route's provider picks its own entry first.
 * Matches are built once, here: lookups run for several rules of every route.
 */
export class ModelCatalog {
  /** Canonical ids and snapshots, by provider then name (`ownId: true`). */
  private readonly byProvider = new Map<string, Map<string, ModelMatch>>();
  /** Canonical ids and snapshots of every provider: an id outranks a snapshot, then the first entry in catalog order wins. */
  private readonly byName = new Map<string, ModelMatch>();
  private readonly byAlias = new Map<string, ModelMatch>();
  /** The platforms each alias is recorded for (its `via`). */
  private readonly aliasPlatforms = new Map<string, Set<string>>();
  readonly entries: readonly ModelEntry[];

  /** Later entries replace earlier ones with the same provider and id (a policy correcting the bundled data). */
  constructor(
    entries: readonly ModelEntry[],
    readonly providers: ProviderCatalog,
  ) {
    const byKey = new Map<string, ModelEntry>();
    for (const written of entries) {
      // A provider the catalog knows is filed under its id; another keeps the name as written.
      const entry = { ...written, provider: providers.resolve(written.provider)?.id ?? written.provider };
      byKey.set(`${providers.idOf(written.provider)}\u0000${entry.id}`, entry);
    }
    this.entries = [...byKey.values()];
    for (const entry of this.entries) {
      const key = providers.idOf(entry.provider);
      let own = this.byProvider.get(key);
      if (!own) this.byProvider.set(key, (own = new Map()));
      for (const snapshot of entry.snapshots ?? []) if (!own.has(snapshot)) own.set(snapshot, { entry, via: 'snapshot', ownId: true });
      own.set(entry.id, { entry, via: 'id', ownId: true });
      for (const alias of entry.aliases ?? []) {
        const id = aliasId(alias);
        if (!this.byAlias.has(id)) this.byAlias.set(id, { entry, via: 'alias', ownId: false });
        const platforms = this.aliasPlatforms.get(id) ?? new Set<string>();
        for (const platform of typeof alias === 'string' ? [] : (alias.via ?? [])) platforms.add(providers.resolve(platform)?.id ?? platform);
        this.aliasPlatforms.set(id, platforms);
      }
    }
    for (const entry of this.entries) {
      for (const snapshot of entry.snapshots ?? []) if (!this.byName.has(snapshot)) this.byName.set(snapshot, { entry, via: 'snapshot', ownId: false });
    }
    for (const entry of this.entries) {
      if (this.byName.get(entry.id)?.via !== 'id') this.byName.set(entry.id, { entry, via: 'id', ownId: false });
    }
  }

  /**
   * The entry `name` stands for, as seen from `provider` (a provider id, or undefined when the route
   * names none or one the catalog does not know): the provider's own ids first, then any provider's
   * ids, then the ids aggregators use, then the naming patterns of aggregators (`bedrock/<id>`).
   */
  lookup(name: string, provider?: string): ModelMatch | undefined {
    if (provider !== undefined) {
      const own = this.ownMatch(name, provider);
      if (own) return own;
    }
    const named = this.byName.get(name);
    if (named) return named;
    const aliased = this.byAlias.get(name);
    if (aliased) return provider === undefined ? aliased : this.preferred(aliased, provider);
    for (const pattern of this.providers.modelPrefixes) {
      if (!name.startsWith(pattern.prefix) || name.length === pattern.prefix.length) continue;
      // What follows the prefix is that provider's own name for the model: one of its ids, or an id
      // it is known to use for another vendor's model (`fal_ai/fal-ai/…`). Never another prefix.
      const rest = name.slice(pattern.prefix.length);
      const inner = this.ownMatch(rest, pattern.provider) ?? this.aliasVia(rest, pattern.provider);
      if (inner) return { entry: inner.entry, via: 'alias', ownId: false };
    }
    return undefined;
  }

  private ownMatch(name: string, provider: string): ModelMatch | undefined {
    const owners = this.providers.modelOwners(provider);
    for (let index = 0; index < owners.length; index++) {
      const own = this.byProvider.get(owners[index]!)?.get(name);
      if (own) return own;
    }
    return undefined;
  }

  /** An alias the catalog records for `provider` (by its `via`, or with no platform named). */
  private aliasVia(name: string, provider: string): ModelMatch | undefined {
    const match = this.byAlias.get(name);
    if (!match) return undefined;
    const via = this.aliasPlatforms.get(name);
    return !via || via.size === 0 || via.has(provider) ? match : undefined;
  }

  /** Models of one provider (its own entries), in catalog order. */
  ofProvider(provider: string): ModelEntry[] {
    const key = this.providers.idOf(provider);
    return this.entries.filter((entry) => this.providers.idOf(entry.provider) === key);
  }

  /** An alias resolves to the upstream model; a route's provider with its own entry of that id (Azure) keeps its lifecycle. */
  private preferred(match: ModelMatch, provider: string): ModelMatch {
    for (const owner of this.providers.modelOwners(provider)) {
      const own = this.byProvider.get(owner)?.get(match.entry.id);
      if (own?.via === 'id') return { entry: own.entry, via: 'alias', ownId: false };
    }
    return match;
  }
}
