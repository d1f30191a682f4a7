// Writes the benchmark workloads of quality.md into bench/work/ (ignored by git):
//   w1       1,000 manifests × 10 routes (≈5 MB of YAML), 20,000 other source files, and a
//            node_modules/ of 5,000 files (some named image-routes.yml) that must be skipped
//   r1k      the W1 shape at 1,000 routes;  r50k  at 50,000 routes
//   w2       20 manifests (100 routes) in a tree of 200,000 other files
//   w3       one manifest of 5 routes
//   w4       200,000 source files with image-API and text-LLM calls (bench/w4.mjs)
// Deterministic (a seeded generator), and skipped when a workload already exists.
import fs from 'node:fs';
import path from 'node:path';
import { generateW4 } from './w4.mjs';

export const WORK = path.join(path.dirname(new URL(import.meta.url).pathname), 'work');

export const WORKLOADS = {
  w1: { manifests: 1000, routesPerManifest: 10, otherFiles: 20_000, nodeModules: 5000 },
  r1k: { manifests: 100, routesPerManifest: 10, otherFiles: 20_000, nodeModules: 5000 },
  r50k: { manifests: 5000, routesPerManifest: 10, otherFiles: 20_000, nodeModules: 5000 },
  w2: { manifests: 20, routesPerManifest: 5, otherFiles: 200_000, nodeModules: 0 },
  w3: { manifests: 1, routesPerManifest: 5, otherFiles: 0, nodeModules: 0 },
  w4: { scan: true },
};

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const KINDS = ['official-api', 'provider-paid', 'user-pays', 'provider-trial', 'app-access', 'browser-playground', 'unknown-wrapper'];
const STAGES = ['production', 'internal', 'demo', 'exploration'];

/** One route: mostly clean, with every kind of finding mixed in (format errors and pasted keys rarely). */
function route(id, next) {
  const kind = KINDS[Math.floor(next() * KINDS.length)];
  const stage = STAGES[Math.floor(next() * STAGES.length)];
  const flaw = Math.floor(next() * 12);
  // Rarer flaws, one route in 500 each: a format error (an impossible date, a value outside an enum)
  // and a key pasted into the manifest, so the error paths run too.
  const rare = Math.floor(next() * 500);
  const checked = rare === 0 ? '2026-02-30' : flaw === 1 ? '2026-03-01' : flaw === 2 ? '2027-01-01' : '2026-11-10';
  const lines = [
    `  - id: ${id}`,
    `    kind: ${kind}`,
    `    stage: ${stage}`,
    `    model: ${flaw === 3 ? 'dall-e-3' : flaw === 4 ? 'gpt-image-2-vip' : 'gpt-image-2'}`,
  ];
  if (kind === 'official-api' || kind === 'provider-paid') lines.push('    endpoint: https://api.openai.com/v1/images/generations');
  lines.push(flaw === 5 ? '    keyOwner: unknown' : '    keyOwner: "@acme/platform"');
  lines.push(`    secretRef: ${kind === 'app-access' || kind === 'browser-playground' ? 'none' : 'env:OPENAI_API_KEY'}`);
  if (flaw === 6) lines.push('    sharedKey: true');
  lines.push('    billing:');
  lines.push(`      payer: ${kind === 'user-pays' ? 'end-user' : kind === 'provider-trial' ? 'provider-credit' : 'our-account'}`);
  if (flaw !== 7) lines.push('      trigger: each generated image');
  lines.push('      unit: token', '      failureBilling: not-charged');
  if (kind === 'provider-trial') lines.push(`      trialEnds: ${flaw === 8 ? '2026-11-01' : '2026-12-01'}`);
  lines.push('    limits: "50 images/min"');
  if (flaw !== 9) lines.push('    dataTerms: https://openai.com/policies/services-agreement/');
  lines.push(`    userData: ${rare === 1 ? 'maybe' : 'false'}`, '    support: "@acme/oncall"', '    fallback: placeholder image');
  if (rare === 2) lines.push(`    notes: "temporary key sk-proj-${'Ab3'.repeat(52)} until the vault works"`);
  if (flaw === 10) lines.push('    labels: ["gratis", "sin límites"]');
  if (flaw === 11) lines.push('    claims:', '      - text: "unlimited generations"', '        evidence: { type: terms, url: "https://example.com/terms", checked: 2026-11-01 }');
  lines.push('    tested: { date: 2026-11-01, covers: [generate, errors, retries] }');
  lines.push(`    checked: ${checked}`);
  return lines.join('\n');
}

/** One manifest of `count` generated routes (the bench of `touch` uses it too). */
export function writeManifest(file, prefix, count, next = random(count)) {
  const routes = Array.from({ length: count }, (_, index) => route(`${prefix}-${index}`, next));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `version: 1\nroutes:\n${routes.join('\n')}\n`);
}

/** Spreads `count` files over folders of at most 100, like a real source tree. */
function writeOtherFiles(root, count, name) {
  for (let index = 0; index < count; index++) {
    const directory = path.join(root, `pkg-${Math.floor(index / 1000)}`, `src-${Math.floor(index / 100) % 10}`);
    if (index % 100 === 0) fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(path.join(directory, `${name}-${index}.ts`), `export const value${index} = ${index};\n`);
  }
}

export function generate(name) {
  const spec = WORKLOADS[name];
  const root = path.join(WORK, name);
  const done = path.join(root, '.complete');
  if (fs.existsSync(done)) return root;
  fs.rmSync(root, { recursive: true, force: true });
  if (spec.scan) {
    generateW4(root);
    fs.writeFileSync(done, new Date(0).toISOString());
    return root;
  }
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  const next = random(42);
  for (let index = 0; index < spec.manifests; index++) {
    writeManifest(path.join(root, 'services', `svc-${index}`, index % 2 ? 'image-routes.yaml' : 'image-routes.yml'), `svc${index}`, spec.routesPerManifest, next);
  }
  writeOtherFiles(path.join(root, 'packages'), spec.otherFiles, 'module');
  if (spec.nodeModules) {
    const modules = path.join(root, 'node_modules');
    writeOtherFiles(modules, spec.nodeModules - 50, 'dep');
    // Manifests inside node_modules must be skipped; make them invalid so a checker that reads them shows it.
    for (let index = 0; index < 50; index++) {
      fs.mkdirSync(path.join(modules, `lib-${index}`), { recursive: true });
      fs.writeFileSync(path.join(modules, `lib-${index}`, 'image-routes.yml'), 'version: 99\nroutes: not a list\n');
    }
  }
  fs.writeFileSync(done, new Date(0).toISOString());
  return root;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(WORKLOADS)) {
    const started = Date.now();
    const root = generate(name);
    console.log(`${name}: ${root} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
