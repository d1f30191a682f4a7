// The provider hints of policies/providers.yml as fixed strings, for the scan floor and ripgrep: the
// SDK package names, the Python modules and the API hosts the scan's own pre-filter looks for.
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export function hintStrings() {
  const catalog = jsYaml.load(fs.readFileSync(path.join(ROOT, 'policies/providers.yml'), 'utf8'), { schema: jsYaml.JSON_SCHEMA });
  const hints = new Set();
  for (const provider of catalog.providers) {
    for (const sdk of provider.sdks ?? []) {
      if (sdk.language === 'javascript' || sdk.language === 'typescript') hints.add(`'${sdk.package}`).add(`"${sdk.package}`);
      if (sdk.language === 'python') hints.add(`import ${(sdk.module ?? sdk.package.replace(/-/g, '_')).split('.')[0]}`).add(`from ${(sdk.module ?? sdk.package.replace(/-/g, '_')).split('.')[0]}`);
    }
    for (const host of provider.api?.hosts ?? []) {
      const literal = host.split('*').sort((a, b) => b.length - a.length)[0];
      if (literal.replace(/^[.-]+|[.-]+$/g, '').includes('.')) hints.add(literal);
    }
  }
  return [...hints];
}
