// Reads the bundled catalogs (`policies/models.yml`, `policies/providers.yml`). A broken catalog is a
// configuration error naming the file and line, like a broken policy.
import type * as z from 'zod';
import { readBuiltin } from '../policy/builtin.js';
import { builtinCatalog } from '../policy/builtin-files.js';
import { ConfigError } from '../policy/errors.js';
import { explainIssues } from '../schema/issues.js';
import { parseStrictYaml, StrictYamlError, type SourcePosition } from '../yaml/strict-yaml.js';
import { modelsFileSchema, type ModelEntry } from './models.js';
import { providersFileSchema, type KeyFormat, type ProviderEntry } from './providers.js';

/** A catalog file as `catalog-stale` and `explain` speak of it. */
export interface CatalogFile {
  /** `policies/models.yml`: the file inside the tool's package. */
  file: string;
  checked: string;
  /** Where its top-level `checked` is written. */
  at: SourcePosition;
}

export interface BuiltinCatalogs {
  models: readonly ModelEntry[];
  providers: readonly ProviderEntry[];
  otherKeyFormats: readonly KeyFormat[];
  files: readonly CatalogFile[];
}

const SCHEMAS = { models: modelsFileSchema, providers: providersFileSchema };
type CatalogName = keyof typeof SCHEMAS;
type CatalogData<Name extends CatalogName> = z.infer<(typeof SCHEMAS)[Name]>;

/**
 * One catalog file, validated. The bundles in dist/ carry the files already read and validated at
 * build time (the same function, run by scripts/build.mjs), so the CLI does not parse 3,000 lines of
 * YAML on every start; from source, the YAML is read here.
 */
export function readCatalogFile<Name extends CatalogName>(name: Name): { data: CatalogData<Name>; file: CatalogFile } {
  const compiled = builtinCatalog(name) as { data: CatalogData<Name>; file: CatalogFile } | undefined;
  return compiled ?? loadFile(name, SCHEMAS[name] as unknown as z.ZodType<CatalogData<Name>>);
}

function loadFile<Data>(name: CatalogName, schema: z.ZodType<Data>): { data: Data; file: CatalogFile } {
  const { file, text } = readBuiltin(name);
  try {
    const document = parseStrictYaml(text);
    const parsed = schema.safeParse(document.value);
    if (!parsed.success) {
      const [problem] = explainIssues(schema, parsed.error.issues, document.value);
      const at = document.locate(problem!.path, problem!.part) ?? { line: 1, column: 1 };
      throw new ConfigError({ message: problem!.message, file, at });
    }
    const data = parsed.data as Data & { checked: string };
    return { data, file: { file, checked: data.checked, at: document.locate(['checked']) ?? { line: 1, column: 1 } } };
  } catch (error) {
    if (error instanceof StrictYamlError) throw new ConfigError({ message: error.problem.message, file, at: error.problem });
    throw error;
  }
}

let cachedProviders: { providers: readonly ProviderEntry[]; otherKeyFormats: readonly KeyFormat[]; file: CatalogFile } | undefined;
let cached: BuiltinCatalogs | undefined;

/** The provider catalog alone: key formats are needed before (and without) any policy. */
export function loadBuiltinProviders(): { providers: readonly ProviderEntry[]; otherKeyFormats: readonly KeyFormat[]; file: CatalogFile } {
  if (cachedProviders) return cachedProviders;
  const { data, file } = readCatalogFile('providers');
  return (cachedProviders = { providers: data.providers, otherKeyFormats: data.otherKeyFormats ?? [], file });
}

export function loadBuiltinCatalogs(): BuiltinCatalogs {
  if (cached) return cached;
  const providers = loadBuiltinProviders();
  const models = readCatalogFile('models');
  return (cached = {
    models: models.data.models,
    providers: providers.providers,
    otherKeyFormats: providers.otherKeyFormats,
    files: [models.file, providers.file],
  });
}
