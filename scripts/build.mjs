// Builds the committed bundles in dist/ (one ESM file per entry point, every dependency inside, so
// they run with no node_modules as a runner runs them), dist/licenses.txt for what they bundle, and
// the JSON Schemas in schemas/ (generated from the zod schemas by the CLI just built), and the
// tables of docs/catalog.md (generated from the catalogs).
// Deterministic: CI rebuilds and fails when dist/ or schemas/ differ from what is committed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const entries = [
  { in: 'src/cli/bin.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/action/index.ts', out: 'index' },
].filter((entry) => fs.existsSync(path.join(root, entry.in)));

// Some bundled CommonJS modules call require() for Node built-ins; give the ESM bundle one.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// Built-in presets and the catalogs go inside the bundles: dist/ runs with no other file. The
// catalogs also go in already validated (`compiled`), read once here by scripts/catalogs.ts.
const embedPolicies = (compiled = {}) => ({
  name: 'embed-policies',
  setup(build) {
    build.onLoad({ filter: /src[\\/]policy[\\/]builtin-files\.ts$/ }, () => {
      const directory = path.join(root, 'policies');
      const texts = Object.fromEntries(
        fs
          .readdirSync(directory)
          .filter((file) => file.endsWith('.yml') && !Object.hasOwn(compiled, file.slice(0, -4)))
          .sort()
          .map((file) => [file.slice(0, -4), fs.readFileSync(path.join(directory, file), 'utf8')]),
      );
      return {
        loader: 'js',
        contents:
          `const TEXTS = ${JSON.stringify(texts)};\nconst CATALOGS = ${JSON.stringify(compiled)};\n` +
          `export function builtinText(name) {\n  if (!Object.hasOwn(TEXTS, name)) throw new Error('no built-in data file ' + name);\n  return TEXTS[name];\n}\n` +
          `export function builtinCatalog(name) {\n  return Object.hasOwn(CATALOGS, name) ? CATALOGS[name] : undefined;\n}\n`,
      };
    });
  },
});

// The catalogs, read and validated once from policies/ (a broken catalog stops the build here).
const catalogsScript = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'image-route-policy-')), 'catalogs.mjs');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['scripts/catalogs.ts'],
  outfile: catalogsScript,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  banner: { js: requireShim },
  plugins: [embedPolicies()],
});
const { catalogTables, compiledCatalogs } = await import(pathToFileURL(catalogsScript).href);
fs.rmSync(path.dirname(catalogsScript), { recursive: true, force: true });
const compiled = compiledCatalogs();

const packages = new Set();
for (const entry of entries) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry.in],
    outfile: `dist/${entry.out}.js`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    banner: { js: [entry.banner, requireShim].filter(Boolean).join('\n') },
    plugins: [embedPolicies(compiled)],
  });
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
}

const licenses = [...packages].sort().map((name) => {
  const directory = path.join(root, 'node_modules', name);
  const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8'));
  const licenseFile = fs.readdirSync(directory).find((file) => /^(licen[sc]e|copying)/i.test(file));
  const text = licenseFile ? fs.readFileSync(path.join(directory, licenseFile), 'utf8').trim() : '(no license file shipped)';
  return `${name}@${manifest.version}\n${manifest.license ?? 'UNKNOWN'}\n\n${text}\n`;
});
fs.writeFileSync(path.join(root, 'dist/licenses.txt'), `${licenses.join('\n-----\n\n')}`);

fs.mkdirSync(path.join(root, 'schemas'), { recursive: true });
for (const [name, file] of [
  ['manifest', 'image-routes.schema.json'],
  ['policy', 'image-route-policy.schema.json'],
  ['report', 'report.schema.json'],
  ['models', 'models.schema.json'],
  ['providers', 'providers.schema.json'],
]) {
  const schema = execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'schema', name], { encoding: 'utf8' });
  fs.writeFileSync(path.join(root, 'schemas', file), schema);
}
// docs/catalog.md: the tables between the markers are generated from the catalogs.
const catalogPage = path.join(root, 'docs/catalog.md');
const START = '<!-- generated from policies/models.yml and policies/providers.yml by scripts/build.mjs: do not edit -->';
const END = '<!-- end of generated tables -->';
const page = fs.readFileSync(catalogPage, 'utf8');
const [before, rest] = page.split(START);
if (rest === undefined || !rest.includes(END)) throw new Error(`docs/catalog.md lacks the markers ${START} … ${END}`);
fs.writeFileSync(catalogPage, `${before}${START}\n\n${catalogTables()}\n${END}${rest.split(END)[1]}`);

console.log(`built ${entries.map((entry) => `dist/${entry.out}.js`).join(', ')}, dist/licenses.txt (${packages.size} packages), schemas/, docs/catalog.md tables`);
