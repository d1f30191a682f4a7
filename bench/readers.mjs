// How fast each YAML reader reads W1's 1,000 manifests (5.8 MB), in one process per reader and round:
//   js-yaml        js-yaml's `load`, what the floor pays
//   strict/js-yaml parseStrictYaml through js-yaml with its position listener (the fallback path)
//   strict         parseStrictYaml as a check runs it (the block reader, js-yaml for the rest)
// The first pass over the manifests is what a run pays (nothing compiled yet); later passes show the
// reader once V8 has optimised it.
//
//   node bench/readers.mjs [--rounds 5]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { generate, WORK } from './generate.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const BUNDLE = path.join(WORK, 'readers.bundle.mjs');
const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5;

// The measuring side: read every manifest of the workload with one reader, four times over.
const MEASURE = `
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { parseStrictYaml } from './src/yaml/strict-yaml.ts';
const [reader, root] = process.argv.slice(2);
const texts = [];
const walk = (directory) => {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) { if (entry.name !== 'node_modules' && entry.name !== '.git') walk(full); }
    else if (/^image-routes\\.ya?ml$/.test(entry.name)) texts.push(fs.readFileSync(full, 'utf8'));
  }
};
walk(root);
const read = {
  'js-yaml': (text) => jsYaml.load(text),
  'strict/js-yaml': (text) => parseStrictYaml(text, { commonReader: false }),
  strict: (text) => parseStrictYaml(text),
}[reader];
const passes = [];
for (let pass = 0; pass < 4; pass++) {
  const started = performance.now();
  for (const text of texts) read(text);
  passes.push(performance.now() - started);
}
process.stdout.write(JSON.stringify({ passes, bytes: texts.reduce((sum, text) => sum + text.length, 0) }));
`;

await esbuild.build({
  stdin: { contents: MEASURE, resolveDir: ROOT, loader: 'js' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: BUNDLE,
  logLevel: 'warning',
});

const workload = generate('w1');
const readers = ['js-yaml', 'strict/js-yaml', 'strict'];
const first = Object.fromEntries(readers.map((reader) => [reader, []]));
const warm = Object.fromEntries(readers.map((reader) => [reader, []]));
let bytes = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const reader of readers) {
    const run = spawnSync(process.execPath, [BUNDLE, reader, workload], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${reader}: ${run.stderr}`);
    const result = JSON.parse(run.stdout);
    bytes = result.bytes;
    first[reader].push(result.passes[0]);
    warm[reader].push(Math.min(...result.passes.slice(1)));
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const lines = [
  `${(bytes / 1e6).toFixed(1)} MB of manifests (W1), ${ROUNDS} rounds, medians, Node ${process.version}.`,
  '',
  '| reader | first pass (ms) | warmed up (ms) |',
  '| --- | --- | --- |',
  ...readers.map((reader) => `| ${reader} | ${median(first[reader]).toFixed(0)} | ${median(warm[reader]).toFixed(0)} |`),
];
fs.writeFileSync(path.join(WORK, 'readers-last-run.md'), `${lines.join('\n')}\n`);
process.stdout.write(`${lines.join('\n')}\n`);
