// The parsers measured for the code scan, on the files of W4 the hint pre-filter passes (the files
// the scan parses): Lezer (@lezer/javascript, @lezer/python; pure JS, chosen), @babel/parser, acorn,
// and TypeScript's own parser, each parsing every JavaScript/TypeScript file (and Lezer the Python
// ones too). The candidates besides Lezer are installed into bench/work/tools on first use.
//   node bench/parsers.mjs [--rounds N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate, WORK } from './generate.mjs';
import { hintStrings } from './hints.mjs';

const TOOLS = path.join(WORK, 'tools');
const CANDIDATES = { '@babel/parser': '7.28.5', acorn: '8.15.0' };
const missing = Object.entries(CANDIDATES).filter(([name]) => !fs.existsSync(path.join(TOOLS, 'node_modules', name)));
if (missing.length) spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', TOOLS, ...missing.map(([name, version]) => `${name}@${version}`)], { stdio: 'inherit' });
const tools = createRequire(path.join(TOOLS, 'package.json'));
const local = createRequire(import.meta.url);
const babel = tools('@babel/parser');
const acorn = tools('acorn');
const typescript = local('typescript');
const { parser: lezerJs } = await import('@lezer/javascript');
const { parser: lezerPython } = await import('@lezer/python');

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 5);
const root = generate('w4');
const hints = new RegExp(hintStrings().map((hint) => hint.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'));
const files = { js: [], py: [] };
(function walk(directory) {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!['node_modules', 'dist', '.git'].includes(entry.name)) walk(absolute);
    } else if (/\.(?:[jt]s)$/.test(entry.name) || entry.name.endsWith('.py')) {
      const text = fs.readFileSync(absolute, 'utf8');
      if (hints.test(text)) (entry.name.endsWith('.py') ? files.py : files.js).push({ name: entry.name, text });
    }
  }
})(root);

const ts = lezerJs.configure({ dialect: 'ts' });
const parsers = {
  'lezer (js/ts)': (file) => (file.name.endsWith('.ts') ? ts : lezerJs).parse(file.text),
  '@babel/parser (typescript plugin)': (file) => {
    try {
      return babel.parse(file.text, { sourceType: 'module', plugins: ['typescript'], errorRecovery: true });
    } catch {
      return null;
    }
  },
  'acorn (JavaScript only)': (file) => {
    try {
      return acorn.parse(file.text, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    } catch {
      return null; // TypeScript syntax: acorn cannot read it
    }
  },
  'typescript createSourceFile': (file) => typescript.createSourceFile(file.name, file.text, typescript.ScriptTarget.Latest, true),
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const [name, parse] of Object.entries(parsers)) {
  const times = [];
  let failed = 0;
  for (let round = 0; round <= rounds; round++) {
    const started = performance.now();
    for (const file of files.js) if (parse(file) === null && round === 0) failed++;
    if (round > 0) times.push(performance.now() - started);
  }
  rows.push(`| ${name} | ${files.js.length} | ${median(times).toFixed(0)} | ${failed ? `${failed} files not parsed` : 'all parsed'} |`);
}
const pyTimes = [];
for (let round = 0; round <= rounds; round++) {
  const started = performance.now();
  for (const file of files.py) lezerPython.parse(file.text);
  if (round > 0) pyTimes.push(performance.now() - started);
}
rows.push(`| lezer (python) | ${files.py.length} | ${median(pyTimes).toFixed(0)} | all parsed |`);
process.stdout.write(`W4 files the pre-filter passes, ${rounds} rounds, median ms:\n\n| parser | files | ms | note |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`);
