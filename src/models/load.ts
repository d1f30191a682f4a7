// Reads the bundled model catalog (`policies/models.yml`).
import { readBuiltin } from '../policy/builtin.js';
import { ConfigError } from '../policy/errors.js';
import { explainIssues } from '../schema/issues.js';
import { parseStrictYaml, StrictYamlError } from '../yaml/strict-yaml.js';
import { catalogFileSchema, type ModelEntry } from './catalog.js';

let cached: readonly ModelEntry[] | undefined;

export function loadBuiltinCatalog(): readonly ModelEntry[] {
  if (cached) return cached;
  const { file, text } = readBuiltin('models');
  try {
    const document = parseStrictYaml(text);
    const parsed = catalogFileSchema.safeParse(document.value);
    if (!parsed.success) {
      const [problem] = explainIssues(catalogFileSchema, parsed.error.issues, document.value);
      const at = document.locate(problem!.path, problem!.part) ?? { line: 1, column: 1 };
      throw new ConfigError({ message: problem!.message, file, at });
    }
    return (cached = parsed.data.models);
  } catch (error) {
    if (error instanceof StrictYamlError) throw new ConfigError({ message: error.problem.message, file, at: error.problem });
    throw error;
  }
}
