// The data files shipped with the package: built-in presets and the model catalog in `policies/`.
// They are found relative to this module, which works from `src/` (tests), and from the bundles in
// `dist/` (the CLI and the Action run from a checkout of this repository).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILTIN_PRESETS = ['minimal', 'recommended', 'strict'] as const;
export type BuiltinPreset = (typeof BUILTIN_PRESETS)[number];

let cachedDirectory: string | undefined;

export function policiesDirectory(): string {
  if (cachedDirectory) return cachedDirectory;
  let current = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(current, 'policies');
    if (fs.existsSync(path.join(candidate, 'models.yml'))) return (cachedDirectory = candidate);
    const parent = path.dirname(current);
    if (parent === current) throw new Error('the built-in policies folder (policies/models.yml) is missing from this installation');
    current = parent;
  }
}

export function isBuiltinPreset(name: string): name is BuiltinPreset {
  return (BUILTIN_PRESETS as readonly string[]).includes(name);
}

export function readBuiltin(name: BuiltinPreset | 'models'): { file: string; text: string } {
  const file = path.join(policiesDirectory(), `${name}.yml`);
  return { file: `policies/${name}.yml`, text: fs.readFileSync(file, 'utf8') };
}
