// The floor of quality.md: the least any checker must do. Walk the tree (skipping node_modules and
// .git) and parse each manifest with the fastest YAML parser on npm, js-yaml's `load`. No checks.
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';

const NAMES = new Set(['image-routes.yml', 'image-routes.yaml']);
let manifests = 0;
let routes = 0;

function walk(directory) {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '.git') walk(path.join(directory, entry.name));
    } else if (NAMES.has(entry.name)) {
      const document = jsYaml.load(fs.readFileSync(path.join(directory, entry.name), 'utf8'));
      manifests++;
      routes += Array.isArray(document?.routes) ? document.routes.length : 0;
    }
  }
}

walk(path.resolve(process.argv[2] ?? '.'));
process.stdout.write(`${JSON.stringify({ manifests, routes })}\n`);
