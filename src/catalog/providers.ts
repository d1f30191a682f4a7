// The provider catalog: every provider a route may name, the names people write for it, its API
// hosts and image endpoints, its SDKs and the calls that generate images (what the code scan looks
// for), its key formats (what `secret-in-manifest` looks for) and whether its official API has a free
// tier for image models (what `official-api-not-free` relies on). Data in `policies/providers.yml`;
// a policy's `providers:` adds or replaces entries by id.
import * as z from 'zod';
import { httpUrl, isoDate } from '../manifest/schema.js';

export const SOURCE_LANGUAGES = ['javascript', 'typescript', 'python', 'go', 'java', 'kotlin', 'csharp', 'ruby', 'php', 'shell'] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

export const FREE_TIERS = ['none', 'free-tier', 'credits', 'unknown'] as const;
export type FreeTier = (typeof FREE_TIERS)[number];

/** Every fact carries where it was read and when; in a policy the team's own word may stand alone. */
function sourced<Shape extends z.ZodRawShape>(shape: Shape, strict: boolean) {
  return z.strictObject({
    ...shape,
    source: strict ? httpUrl : httpUrl.optional(),
    checked: strict ? isoDate : isoDate.optional(),
    confirmed: z.boolean().optional().meta({ description: 'false where only secondary sources were found (then `note` says what).' }),
    note: z.string().optional(),
  });
}

const endpointSchema = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT']),
  path: z.string().regex(/^\//, { error: 'must start with /' }).meta({ description: 'Path on the API host; `{name}` stands for a variable segment.' }),
  api: z.string().min(1).meta({ description: 'What the call does, in the words call sites report (`images.generate`).' }),
  note: z.string().optional(),
});

const callSchema = z.strictObject({
  call: z.string().min(1).meta({ description: 'The member path called on the client or module (`images.generate`, `models.generateImages`, `subscribe`).' }),
  api: z.string().min(1),
  model: z
    .string()
    .regex(/^(#\d|[A-Za-z_][A-Za-z0-9_]*)$/, { error: 'must be `#N` (the Nth positional argument) or a property/keyword name' })
    .optional()
    .meta({ description: 'Where the call names the model: `#0` for the first positional argument, or the name of the property (JS) or keyword (Python).' }),
  when: z
    .enum(['image-model', 'image-tool', 'image-output'])
    .optional()
    .meta({ description: 'The call is an image call only when its model is an image model of the catalog, when its tools include image generation, or when it asks for image output.' }),
  note: z.string().optional(),
});

/** One class of printable ASCII (escapes only of punctuation): key scanning relies on bodies being ASCII. */
const KEY_BODY = /^\[(?!\^)(?:[!-[^-~]|\\[^A-Za-z])+\]$/;

function schemas(strict: boolean) {
  const keyFormat = sourced(
    {
      name: z.string().min(1).meta({ description: 'How findings name the key ("OpenAI project key").' }),
      prefix: z.string().min(2).meta({ description: 'The literal prefix every key of this format starts with.' }),
      body: z.string().regex(KEY_BODY, { error: 'must be one regular-expression character class of printable ASCII characters, such as `[A-Za-z0-9_-]`' }).default('[A-Za-z0-9_-]'),
      minBody: z.int().min(8).max(512).meta({ description: 'Key characters that must follow the prefix before a value counts as a key: the documented body length, or 40 for longer keys so a cut key is caught too.' }),
      lengths: z.array(z.int().min(1)).optional().meta({ description: 'The documented total lengths of a key, prefix included.' }),
    },
    strict,
  );
  const provider = z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lower-case letters, digits and dashes' }),
    name: z.string().min(1),
    kind: z.enum(['vendor', 'cloud', 'aggregator', 'library']),
    names: z.array(z.string().min(1)).meta({ description: 'Names people write in a route\'s `provider:` (matched ignoring case, spaces and punctuation).' }),
    modelsOf: z.array(z.string().min(1)).optional().meta({ description: 'Providers whose model ids this provider\'s own API takes as its own (Vertex AI takes Gemini ids).' }),
    api: sourced(
      {
        hosts: z
          .array(z.string().regex(/^[a-z0-9*][a-z0-9*.-]*$/, { error: 'must be a lower-case host name, where `*` stands for any run of characters other than a dot' }))
          .meta({ description: 'API host names; `*` stands for any run of characters other than a dot (`bedrock-runtime.*.amazonaws.com`).' }),
        endpoints: z.array(endpointSchema).optional(),
        keyEnv: z.array(z.string().regex(/^[A-Z_][A-Z0-9_]*$/)).optional(),
        auth: z.string().optional(),
      },
      strict,
    ).optional(),
    sdks: z
      .array(
        sourced(
          {
            language: z.enum(SOURCE_LANGUAGES),
            package: z.string().min(1),
            module: z.string().min(1).optional().meta({ description: 'The name code imports, where it differs from the package name (`google.genai` for google-genai); Python default: the package with `-` as `_`.' }),
            clients: z.array(z.string().min(1)).optional().meta({ description: 'Constructors or factories that make a client (`OpenAI`, `GoogleGenAI`).' }),
            baseUrl: z.string().optional(),
            option: z.string().optional().meta({ description: 'The constructor option that, set to true, makes this package call this provider (`vertexai` for Vertex AI through @google/genai).' }),
            calls: z.array(callSchema),
          },
          strict,
        ),
      )
      .optional(),
    keyFormats: z.array(keyFormat).optional(),
    modelPrefixes: z
      .array(sourced({ prefix: z.string().min(2), provider: z.string().min(1) }, strict))
      .optional()
      .meta({ description: 'Naming patterns: `<prefix><id>` names the model `<id>` of `provider` (LiteLLM writes `bedrock/<Bedrock id>`).' }),
    freeTier: sourced({ images: z.enum(FREE_TIERS), summary: z.string().min(1) }, strict).optional(),
    note: z.string().optional(),
  });
  return { keyFormat, provider };
}

const loose = schemas(false);
const strict = schemas(true);

export const providerEntrySchema = loose.provider;
export type ProviderEntry = z.infer<typeof providerEntrySchema>;
export type KeyFormat = z.infer<typeof loose.keyFormat>;

export const providersFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    checked: isoDate.meta({ description: 'The day the catalog as a whole was last checked against its sources (rule catalog-stale).' }),
    providers: z.array(strict.provider),
    otherKeyFormats: z
      .array(strict.keyFormat)
      .optional()
      .meta({ description: 'Keys of services that are not image providers but get pasted into manifests (Anthropic).' }),
  })
  .meta({ title: 'image-route-policy provider catalog', description: 'policies/providers.yml: image API providers, their names, hosts, SDKs, key formats and free tiers.' });
export type ProvidersFile = z.infer<typeof providersFileSchema>;

export function providersJsonSchema(): unknown {
  return z.toJSONSchema(providersFileSchema, { target: 'draft-2020-12', io: 'input' });
}

/** "Azure OpenAI", "azure-openai" and "azure_openai" are one name (letters and digits of any script). */
export function normalizeProviderName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export interface ModelPrefix {
  prefix: string;
  provider: string;
}

export class ProviderCatalog {
  private readonly byId = new Map<string, ProviderEntry>();
  private readonly byName = new Map<string, ProviderEntry>();
  readonly entries: readonly ProviderEntry[];
  /** Longest prefix first, so `vertex_ai/` is tried before a shorter prefix it starts with. */
  readonly modelPrefixes: readonly ModelPrefix[];
  readonly keyFormats: readonly KeyFormat[];

  /** Later entries replace earlier ones with the same id (a policy correcting the bundled data). */
  constructor(entries: readonly ProviderEntry[], otherKeyFormats: readonly KeyFormat[] = []) {
    for (const entry of entries) this.byId.set(entry.id, entry);
    this.entries = [...this.byId.values()];
    // Later entries win a name too: a policy's provider may take a name the bundled catalog uses.
    for (const entry of entries) {
      for (const name of [entry.id, entry.name, ...entry.names]) {
        const key = normalizeProviderName(name);
        if (key) this.byName.set(key, this.byId.get(entry.id)!);
      }
    }
    this.modelPrefixes = this.entries
      .flatMap((entry) => (entry.modelPrefixes ?? []).map(({ prefix, provider }) => ({ prefix, provider: this.idOf(provider) })))
      .sort((a, b) => b.prefix.length - a.prefix.length || (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
    // Key formats only add up: replacing a provider (say, to add a name) never drops the keys
    // `secret-in-manifest`, a locked rule, looks for.
    this.keyFormats = [...entries.flatMap((entry) => entry.keyFormats ?? []), ...otherKeyFormats];
  }

  /** Written names seen in this run: manifests repeat a few names thousands of times. */
  private readonly resolved = new Map<string, ProviderEntry | null>();

  /** The provider a written name stands for (an id, its display name or any of its names). */
  resolve(written: string): ProviderEntry | undefined {
    const exact = this.byId.get(written);
    if (exact) return exact;
    let found = this.resolved.get(written);
    if (found === undefined) {
      found = this.byName.get(normalizeProviderName(written)) ?? null;
      if (this.resolved.size >= 4096) this.resolved.clear();
      this.resolved.set(written, found);
    }
    return found ?? undefined;
  }

  /**
   * The key a written provider's models are filed under: its catalog id, or, for a provider the
   * catalog does not know, its name normalised behind a `~` (so `Acme` and `acme` meet). The `~` form
   * is a key only: messages quote what was written, which redaction can still recognise.
   */
  idOf(written: string): string {
    return this.resolve(written)?.id ?? `~${normalizeProviderName(written) || written}`;
  }

  /** Whether `host` is one of the provider's API hosts (`*` stands for a run of characters other than a dot). */
  providerHostMatches(provider: string, host: string): boolean {
    return (this.byId.get(provider)?.api?.hosts ?? []).some((pattern) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&')).join('[^.]+')}$`).test(host));
  }

  /** Every name the catalog knows, with its provider (for suggestions). */
  namedEntries(): [string, ProviderEntry][] {
    return this.entries.flatMap((entry) => [entry.id, entry.name, ...entry.names].map((name): [string, ProviderEntry] => [name, entry]));
  }

  get(id: string): ProviderEntry | undefined {
    return this.byId.get(id);
  }

  private readonly owners = new Map<string, readonly string[]>();

  /** The providers whose model ids `id`'s own API takes: itself first. */
  modelOwners(id: string): readonly string[] {
    let owners = this.owners.get(id);
    if (!owners) {
      const entry = this.byId.get(id);
      owners = entry?.modelsOf ? [id, ...entry.modelsOf.map((name) => this.resolve(name)?.id ?? name)] : [id];
      if (this.owners.size >= 4096) this.owners.clear();
      this.owners.set(id, owners);
    }
    return owners;
  }

}
