// The benchmark runner of quality.md: generates the workloads, runs our CLI, the floor and Spectral
// interleaved (round-robin, so machine noise hits each alike), takes the median wall time and the
// peak memory of each command, and prints the ratios against the bars.
//
//   npm run bench                 every workload, default rounds
//   npm run bench -- --rounds 7   more rounds
//   npm run bench -- --compare F  also runs another build of the CLI (say, an older dist/cli.js
//                                 taken from git) on every workload, for before/after figures
//   npm run bench -- --only w4    some workloads only (comma-separated)
//
// Exit code 0 when every bar holds, 1 otherwise. The last run's table goes to bench/work/last-run.md.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate, WORK } from './generate.mjs';
import { hintStrings } from './hints.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FLOOR = path.join(ROOT, 'bench/floor.mjs');
const SPECTRAL = path.join(ROOT, 'node_modules/@stoplight/spectral-cli/dist/index.js');
const SCAN_FLOOR = path.join(ROOT, 'bench/scan-floor.mjs');
const RULESET = path.join(ROOT, 'bench/spectral/ruleset.yaml');
const MAX_RSS = path.join(ROOT, 'scripts/max-rss.mjs');
const TODAY = '2026-11-23';

const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const ROUNDS = Number(argument('--rounds') ?? 5);
const COMPARE = argument('--compare') && path.resolve(argument('--compare'));

const TOOLS = path.join(WORK, 'tools');
const AST_GREP = path.join(TOOLS, 'node_modules/.bin/ast-grep');
const HINTS = path.join(WORK, 'hints.txt');
const rg = spawnSync('rg', ['--version']).status === 0 ? 'rg' : undefined;

// W1–W3 judge the manifest check alone (`--no-scan`, quality.md); W4 the default check, which scans.
const commands = {
  ours: (cwd) => ({ cwd, args: [CLI, 'check', '--no-scan', '--format', 'json', '--today', TODAY] }),
  'ours (scan)': (cwd) => ({ cwd, args: [CLI, 'check', '--format', 'json', '--today', TODAY] }),
  'scan floor': (cwd) => ({ cwd, args: [SCAN_FLOOR, cwd] }),
  ripgrep: (cwd) => ({ cwd, program: rg, args: ['-l', '-F', '-f', HINTS, '.'] }),
  'ast-grep': (cwd) => ({ cwd, program: AST_GREP, args: ['scan', '-c', path.join(ROOT, 'bench/ast-grep/sgconfig.yml'), '--json=compact', '.'] }),
  floor: (cwd) => ({ cwd, args: [FLOOR, cwd] }),
  spectral: (cwd) => ({
    cwd,
    args: [SPECTRAL, 'lint', '**/image-routes.yml', '**/image-routes.yaml', '!**/node_modules/**', '--ruleset', RULESET, '-f', 'json', '-q'],
  }),
  'node -e ""': (cwd) => ({ cwd, args: ['-e', ''] }),
  compared: (cwd) => ({ cwd, args: [COMPARE, 'check', '--no-scan', '--format', 'json', '--today', TODAY] }),
};

/** One run: wall time (ms) and peak RSS (MB); output discarded to a file as a real run would write it. */
function runOnce({ cwd, args, program }, outFile = os.devNull) {
  const rssFile = path.join(os.tmpdir(), `irp-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const out = fs.openSync(outFile, 'w');
  const started = process.hrtime.bigint();
  // Through a shell that execs Node: Linux counts the parent's memory in a forked child's maxRSS, and
  // the shell is small where this runner is not.
  // Native tools (ripgrep, ast-grep) run under GNU time for their peak memory; Node under the preload.
  const native = program !== undefined;
  const child = native
    ? spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, program, ...args], { cwd, stdio: ['ignore', out, 'pipe'] })
    : spawn('/bin/sh', ['-c', 'exec "$0" "$@"', process.execPath, ...args], {
        cwd,
        stdio: ['ignore', out, 'pipe'],
        env: { ...process.env, NODE_OPTIONS: `--import=${MAX_RSS}`, IRP_MAX_RSS_FILE: rssFile, NO_COLOR: '1' },
      });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      fs.closeSync(out);
      // ours exits 1 (the workloads hold failing routes), Spectral 1 for errors: both are answers.
      if (code !== 0 && code !== 1 && !(native && code === null)) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      const rss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : NaN;
      fs.rmSync(rssFile, { force: true });
      resolve({ ms, rss });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs the named commands on one workload, interleaved, `rounds` times (plus one warm-up round). */
async function measure(workload, names, rounds) {
  const cwd = generate(workload);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const name of names) {
      const sample = await runOnce(commands[name](cwd));
      if (round > 0) samples[name].push(sample);
    }
  }
  return Object.fromEntries(
    names.map((name) => [name, { ms: median(samples[name].map((s) => s.ms)), rss: Math.max(...samples[name].map((s) => s.rss)) }]),
  );
}

const results = {};
const plan = [
  ['w1', ['ours', 'floor', 'spectral'], ROUNDS],
  ['w2', ['ours', 'floor', 'spectral'], ROUNDS],
  ['w3', ['ours', 'node -e ""'], ROUNDS * 2],
  ['r1k', ['ours'], ROUNDS],
  ['r50k', ['ours'], Math.max(3, Math.ceil(ROUNDS / 2))],
  ['w4', ['ours (scan)', 'scan floor', ...(rg ? ['ripgrep'] : [])], ROUNDS],
];
const only = argument('--only')?.split(',');
fs.mkdirSync(WORK, { recursive: true });
fs.writeFileSync(HINTS, `${hintStrings().join('\n')}\n`);
for (const [workload, names, rounds] of plan) {
  if (only && !only.includes(workload)) continue;
  if (COMPARE && workload !== 'w4') names.splice(1, 0, 'compared');
  process.stderr.write(`measuring ${workload} (${names.join(', ')}; ${rounds} rounds)…\n`);
  results[workload] = await measure(workload, names, rounds);
}

// W4: ast-grep parses every file (about 90 s here): one run, after installing it into bench/work/tools
// on first use (it is for the bench only). Then ours once more, its report held to W4's call sites.
if (results.w4) {
  if (!fs.existsSync(AST_GREP)) spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', TOOLS, '@ast-grep/cli@0.51.1'], { stdio: 'inherit' });
  if (fs.existsSync(AST_GREP)) {
    process.stderr.write('measuring w4 (ast-grep; 1 run)…\n');
    results.w4['ast-grep'] = await runOnce(commands['ast-grep'](generate('w4')));
  }
  const reportFile = path.join(WORK, 'w4-report.json');
  await runOnce(commands['ours (scan)'](generate('w4')), reportFile);
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const expected = new Set(JSON.parse(fs.readFileSync(path.join(generate('w4'), 'expected.json'), 'utf8')).map((site) => `${site.file}:${site.line}`));
  const found = new Set(report.callSites.map((site) => `${site.file}:${site.line}`));
  results.w4Accuracy = { expected: expected.size, found: [...expected].filter((site) => found.has(site)).length, extra: [...found].filter((site) => !expected.has(site)).length };
}

const bars = [
  ...(results.w1 ? [['W1 ours / floor', results.w1.ours.ms / results.w1.floor.ms, 2.0], ['W1 ours / Spectral', results.w1.ours.ms / results.w1.spectral.ms, 0.2], ['W1 peak memory (MB)', results.w1.ours.rss, 300]] : []),
  ...(results.w2 ? [['W2 ours / floor', results.w2.ours.ms / results.w2.floor.ms, 2.0], ['W2 ours / Spectral', results.w2.ours.ms / results.w2.spectral.ms, 0.5]] : []),
  ...(results.w3 ? [['W3 ours / node -e ""', results.w3.ours.ms / results.w3['node -e ""'].ms, 5.0]] : []),
  ...(results.r50k && results.w1 ? [['50,000 / 10,000 routes', results.r50k.ours.ms / results.w1.ours.ms, 5.5]] : []),
  ...(results.w4
    ? [
        ['W4 ours / scan floor', results.w4['ours (scan)'].ms / results.w4['scan floor'].ms, 1.5],
        ...(results.w4['ast-grep'] ? [['W4 ours / ast-grep', results.w4['ours (scan)'].ms / results.w4['ast-grep'].ms, 0.1]] : []),
        ['W4 peak memory (MB)', results.w4['ours (scan)'].rss, 300],
        ['W4 image calls missed', results.w4Accuracy.expected - results.w4Accuracy.found, 0],
        ['W4 other calls reported', results.w4Accuracy.extra, 0],
      ]
    : []),
];

const lines = [
  `Run on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${ROUNDS} rounds, medians.`,
  '',
  '| workload | command | median (s) | peak memory (MB) |',
  '| --- | --- | --- | --- |',
  ...Object.entries(results).filter(([workload]) => workload !== 'w4Accuracy').flatMap(([workload, byCommand]) =>
    Object.entries(byCommand).map(([name, { ms, rss }]) => `| ${workload} | ${name} | ${(ms / 1000).toFixed(3)} | ${rss.toFixed(0)} |`),
  ),
  '',
  '| bar | measured | limit | holds |',
  '| --- | --- | --- | --- |',
  ...bars.map(([name, value, limit]) => `| ${name} | ${value.toFixed(2)} | ${limit} | ${value <= limit ? 'yes' : '**no**'} |`),
];
const table = `${lines.join('\n')}\n`;
fs.mkdirSync(WORK, { recursive: true });
fs.writeFileSync(path.join(WORK, 'last-run.md'), table);
process.stdout.write(table);
process.exitCode = bars.every(([, value, limit]) => value <= limit) ? 0 : 1;
