// Reads the built-in data files (presets and the catalogs) from `policies/`. The bundles in dist/
// replace this module with one that carries the files' text and the catalogs already validated
// (scripts/build.mjs), so the CLI and the Action need no file besides their own.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let directory: string | undefined;

function policiesDirectory(): string {
  if (directory) return directory;
  let current = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(current, 'policies');
    if (fs.existsSync(path.join(candidate, 'models.yml'))) return (directory = candidate);
    const parent = path.dirname(current);
    if (parent === current) throw new Error('the built-in policies folder (policies/models.yml) is missing from this installation');
    current = parent;
  }
}

export function builtinText(name: string): string {
  return fs.readFileSync(path.join(policiesDirectory(), `${name}.yml`), 'utf8');
}

/** The catalog file as validated at build time; only the bundles have it (from source: undefined). */
export function builtinCatalog(_name: string): unknown {
  return undefined;
}
