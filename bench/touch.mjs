// `touch` against `check` on one manifest of 1,000 and of 5,000 routes (2.7 MB; manifests stop at 4 MB): both as a user runs them
// (the bundled CLI as a process), medians of --rounds runs. `touch` reads the manifest with the `yaml`
// Document API, which `check` never loads; this shows what that costs where it is used.
//   node bench/touch.mjs [--rounds 7]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeManifest } from './generate.mjs';

const CLI = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist/cli.js');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 7) || 7;
const TODAY = '2026-11-30';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return ms;
}

console.log(`Node ${process.version}, ${os.cpus().length} cores, ${rounds} rounds, medians.\n`);
console.log('| routes | manifest (KB) | check --no-scan (s) | touch one route (s) | other bytes changed |');
console.log('| --- | --- | --- | --- | --- |');
for (const count of [1000, 5000]) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-touch-'));
  fs.mkdirSync(path.join(root, '.git'));
  const file = path.join(root, 'image-routes.yml');
  writeManifest(file, 'r', count);
  const before = fs.readFileSync(file, 'utf8');
  const target = `r-${Math.floor(count / 2)}`;
  const check = [];
  const touch = [];
  for (let round = 0; round < rounds; round++) {
    check.push(time(['check', '--no-scan', '--format', 'json', '--today', TODAY], root));
    touch.push(time(['touch', target, '--today', TODAY], root));
  }
  // The only change: the target's checked line.
  const after = fs.readFileSync(file, 'utf8');
  const at = before.indexOf(`  - id: ${target}\n`);
  const line = before.indexOf('    checked: ', at);
  const end = before.indexOf('\n', line);
  const expected = `${before.slice(0, line)}    checked: ${TODAY}${before.slice(end)}`;
  console.log(`| ${count.toLocaleString('en')} | ${Math.round(before.length / 1024)} | ${(median(check) / 1000).toFixed(3)} | ${(median(touch) / 1000).toFixed(3)} | ${after === expected ? 'none' : 'SOME'} |`);
  fs.rmSync(root, { recursive: true, force: true });
}
