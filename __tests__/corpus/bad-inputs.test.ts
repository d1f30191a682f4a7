// The bad-input corpus of quality.md ("Robustness"): every entry of bad-inputs/index.json is one bad
// manifest, policy or preset, run on its own through the bundled CLI as a real process, in a
// temporary repository that also holds one good manifest. Each must end with exit 1 and a located
// `manifest-invalid` finding (manifests) or exit 2 and `file:line:column: message` on standard error
// (policies and presets): never exit 3, never a stack trace, in under 1 s and 200 MB, and the good
// manifest is still checked. The hostile entries (10 MB, deep nesting, 1 MB strings, alias bombs,
// bytes that are not UTF-8, links, folders, unreadable files) are generated here at test time.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../helpers/paths.js';

type Kind = 'manifest' | 'policy' | 'preset';

interface Expected {
  line?: number;
  column?: number;
  /** A part of the message that must appear. */
  message: string;
  /** For presets: the error points at the `extends` entry of the policy that names the preset. */
  errorIn?: 'policy';
}

interface Entry extends Expected {
  id: string;
  kind: Kind;
  /** The item of quality.md the entry stands for. */
  topic: string;
  /** A committed file, relative to bad-inputs/. */
  file?: string;
  /** A generator below, run at test time. */
  generate?: string;
  /** For generators that rewrite a committed file (BOM, CRLF, CR): that file. */
  from?: string;
  /** Another name for a bad manifest than image-routes.yml. */
  placeAs?: string;
  /** The file is made unreadable (chmod 000). */
  unreadable?: boolean;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  milliseconds: number;
  /** Peak resident set size in kB, as the process itself saw it; undefined when it wrote nothing. */
  maxRssKb: number | undefined;
  /** Set when the run could not even be set up or started. */
  failure?: string;
}

const CORPUS = path.join(PROJECT_ROOT, '__tests__/corpus/bad-inputs');
const CLI = path.join(PROJECT_ROOT, 'dist/cli.js');
const MAX_RSS_MODULE = path.join(PROJECT_ROOT, 'scripts/max-rss.mjs');
const TODAY = '2026-11-23';
const POOL_SIZE = 2;
/** quality.md's bounds for one bad input, per process. */
const MAX_MILLISECONDS = 1000;
const MAX_RSS_KB = 200 * 1024;
/** A run that takes this long is killed: far past the bound, it would only stall the suite. */
const KILL_AFTER_MILLISECONDS = 20_000;
const STACK_TRACE = /\bat .*\.js:\d+/;
const NOBODY = 65534;

const entries = JSON.parse(fs.readFileSync(path.join(CORPUS, 'index.json'), 'utf8')) as Entry[];

const GOOD_MANIFEST = `# The good manifest of every run: it must still be checked, whatever the bad file does.
version: 1
routes:
  - id: good-route
    kind: official-api
    stage: exploration
    provider: openai
    model: gpt-image-2
    keyOwner: "@acme/platform"
    secretRef: env:OPENAI_API_KEY
    billing:
      payer: our-account
      trigger: each generated image
      unit: image
      failureBilling: not-charged
    checked: 2026-11-02
`;
const GOOD_FILE = 'good/image-routes.yml';
const POLICY_FILE = '.github/image-route-policy.yml';
/** The policy of preset runs: the bad preset is the `extends` entry on line 4, column 5. */
const PRESET_POLICY = 'version: 1\nextends:\n  - recommended\n  - ./presets/team.yml\n';
const BAD_PATH: Record<Kind, string> = {
  manifest: 'pkg/image-routes.yml',
  policy: POLICY_FILE,
  preset: '.github/presets/team.yml',
};

function badPathOf(entry: Entry): string {
  return entry.placeAs ? `pkg/${entry.placeAs}` : BAD_PATH[entry.kind];
}

// ------------------------------------------------------------------------------------ generators

interface GeneratorContext {
  entry: Entry;
  /** The repository. */
  root: string;
  /** Where the bad file goes (absolute). */
  target: string;
  /** A folder beside the repository, outside it. */
  outside: string;
}

const MiB = 1024 * 1024;

/** Five lines that every generated file starts with, so that their problems land on known lines. */
function header(kind: Kind): string {
  return kind === 'manifest'
    ? 'version: 1\nroutes:\n  - id: bad-route\n    kind: official-api\n    stage: demo\n'
    : 'version: 1\nfailOn: error\n# five lines, so that\n# generated manifests and policies\n# put their problems on the same line\n';
}

function twoLines(kind: Kind): string {
  return kind === 'manifest' ? 'version: 1\nroutes: []\n' : 'version: 1\nfailOn: error\n';
}

const write = (target: string, content: string | Buffer): void => fs.writeFileSync(target, content);
const fromFile = (entry: Entry): string => fs.readFileSync(path.join(CORPUS, entry.from!), 'utf8');

const GENERATORS: Record<string, (context: GeneratorContext) => void> = {
  // Billion laughs: nine anchors of nine aliases each would expand to 9^9 strings.
  'alias-bomb': ({ entry, target }) => {
    let text = `${twoLines(entry.kind)}x0: &a0 [${Array(9).fill('"lol"').join(', ')}]\n`;
    for (let level = 1; level <= 9; level++) text += `x${level}: &a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]\n`;
    write(target, text);
  },
  'alias-bomb-flow': ({ entry, target }) => {
    const levels = [`&a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
    for (let level = 1; level <= 9; level++) levels.push(`&a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]`);
    write(target, `${twoLines(entry.kind)}bombs: [${levels.join(', ')}]\n`);
  },
  'size-10mb': ({ entry, target }) => {
    if (entry.kind === 'manifest') {
      const routes: string[] = [];
      let size = 0;
      for (let index = 0; size < 10 * MiB; index++) {
        const route = `  - id: route-${index}\n    kind: official-api\n    stage: demo\n`;
        routes.push(route);
        size += route.length;
      }
      write(target, `version: 1\nroutes:\n${routes.join('')}`);
    } else write(target, `version: 1\n${'# padding that makes the policy file ten megabytes\n'.repeat((10 * MiB) / 50)}`);
  },
  'size-10mb-single-line': ({ target }) => write(target, `version: 1\nroutes: []\nnotes: "${'x'.repeat(10 * MiB)}"\n`),
  'nesting-flow-sequence': ({ entry, target }) => write(target, `${header(entry.kind)}deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
  'nesting-flow-mapping': ({ entry, target }) => write(target, `${header(entry.kind)}deep: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`),
  'nesting-block-sequence': ({ entry, target }) => write(target, `${header(entry.kind)}deep:\n${'- '.repeat(10_000)}leaf\n`),
  // A block mapping needs one more space of indentation per level: 2,000 levels fit in 2 MB...
  'nesting-block-mapping': ({ entry, target }) => {
    let text = `${header(entry.kind)}deep:\n`;
    for (let level = 1; level <= 2000; level++) text += `${' '.repeat(level)}k${level}:\n`;
    write(target, `${text}${' '.repeat(2001)}leaf\n`);
  },
  // ...and 10,000 levels take 50 MB.
  'nesting-block-mapping-10000': ({ entry, target }) => {
    const lines = [`${header(entry.kind)}deep:`];
    for (let level = 1; level <= 10_000; level++) lines.push(`${' '.repeat(level)}k:`);
    write(target, `${lines.join('\n')}\n${' '.repeat(10_001)}leaf\n`);
  },
  'string-1mb-value': ({ entry, target }) => write(target, `${header(entry.kind)}    notes: "${'x'.repeat(MiB)}"\n    bogus: 1\n`),
  'string-1mb-key': ({ entry, target }) => write(target, `${header(entry.kind)}    ${'k'.repeat(MiB)}: 1\n`),
  'string-1mb-enum': ({ target }) => write(target, `version: 1\nroutes:\n  - id: bad-route\n    kind: "${'x'.repeat(MiB)}"\n    stage: demo\n`),
  // 16,384 lines of 64 bytes: the key after the 1 MiB block scalar is on line 5 + 1 + 16,384 + 1.
  'string-1mb-block-scalar': ({ entry, target }) =>
    write(target, `${header(entry.kind)}    notes: |\n${`      ${'x'.repeat(57)}\n`.repeat(16_384)}    bogus: 1\n`),
  // Under the policy limit of 1 MiB, over a megabyte of text.
  'string-1mb-policy': ({ target }) => write(target, `version: 1\nfailOn: ${'e'.repeat(1_000_000)}\n`),
  latin1: ({ entry, target }) => write(target, Buffer.concat([Buffer.from(`${header(entry.kind)}    provider: caf`), Buffer.from([0xe9]), Buffer.from(' image\n')])),
  'latin1-cr': ({ entry, target }) =>
    write(target, Buffer.concat([Buffer.from(`${header(entry.kind)}    provider: caf`.replace(/\n/g, '\r')), Buffer.from([0xe9]), Buffer.from(' image\r')])),
  'latin1-policy': ({ target }) => write(target, Buffer.concat([Buffer.from('version: 1\nrules:\n  limit-missing: caf'), Buffer.from([0xe9]), Buffer.from('\n')])),
  'lone-continuation': ({ entry, target }) => write(target, Buffer.concat([Buffer.from(`${header(entry.kind)}    notes: abc`), Buffer.from([0x80]), Buffer.from('def\n')])),
  'lone-continuation-policy': ({ target }) => write(target, Buffer.concat([Buffer.from('version: 1\nfailOn: '), Buffer.from([0x80]), Buffer.from('error\n')])),
  utf16le: ({ entry, target }) => write(target, Buffer.from(`\ufeff${twoLines(entry.kind)}`, 'utf16le')),
  utf16be: ({ entry, target }) => write(target, Buffer.from(`\ufeff${twoLines(entry.kind)}`, 'utf16le').swap16()),
  // `/` written in two bytes: valid-looking, forbidden.
  overlong: ({ entry, target }) => write(target, Buffer.concat([Buffer.from(`${header(entry.kind)}    notes: `), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')])),
  // A euro sign cut off by the end of the file.
  'truncated-at-end': ({ entry, target }) => write(target, Buffer.concat([Buffer.from(`${header(entry.kind)}    notes: abc`), Buffer.from([0xe2, 0x82])])),
  'nul-byte': ({ entry, target }) => write(target, `${header(entry.kind)}    notes: abc\u0000def\n`),
  'control-character': ({ entry, target }) => write(target, `${header(entry.kind)}    notes: abc\u0007def\n`),
  bom: ({ entry, target }) => write(target, `\ufeff${fromFile(entry)}`),
  'bom-only': ({ target }) => write(target, '\ufeff'),
  crlf: ({ entry, target }) => write(target, fromFile(entry).replace(/\n/g, '\r\n')),
  'bom-crlf': ({ entry, target }) => write(target, `\ufeff${fromFile(entry).replace(/\n/g, '\r\n')}`),
  cr: ({ entry, target }) => write(target, fromFile(entry).replace(/\n/g, '\r')),
  directory: ({ target }) => {
    fs.mkdirSync(target);
    write(path.join(target, 'README.md'), 'a folder named like a manifest\n');
  },
  'link-to-directory': ({ target }) => {
    fs.mkdirSync(path.join(path.dirname(target), 'real-folder'));
    fs.symlinkSync('real-folder', target);
  },
  unreadable: ({ target }) => write(target, 'version: 2\nroutes: []\n'),
  'unreadable-policy': ({ target }) => write(target, 'version: 1\nfailOn: sometimes\n'),
  'symlink-loop-self': ({ target }) => fs.symlinkSync(path.basename(target), target),
  'symlink-loop-pair': ({ target }) => {
    fs.symlinkSync(path.basename(target), path.join(path.dirname(target), 'other.yml'));
    fs.symlinkSync('other.yml', target);
  },
  'dangling-symlink': ({ target }) => fs.symlinkSync('nowhere.yml', target),
  'extends-symlink-out': ({ root, target, outside }) => {
    write(path.join(outside, 'preset.yml'), 'version: 1\n');
    write(target, 'version: 1\nextends:\n  - ./linked.yml\n');
    fs.symlinkSync(path.join(outside, 'preset.yml'), path.join(root, '.github/linked.yml'));
  },
  'symlink-out': ({ target, outside }) => {
    write(path.join(outside, 'preset.yml'), 'version: 1\n');
    fs.symlinkSync(path.join(outside, 'preset.yml'), target);
  },
};

// ------------------------------------------------------------------------------------ running

interface Tools {
  cli: string;
  maxRssModule: string;
}

/** Sets up one run: a folder holding the repository, the file the peak memory goes to, and `outside/`. */
function prepare(entry: Entry, forUser: number | undefined): { run: string; root: string; target: string; rssFile: string } {
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-corpus-'));
  const root = path.join(run, 'repo');
  const outside = path.join(run, 'outside');
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  fs.mkdirSync(outside);
  fs.mkdirSync(path.join(root, 'good'));
  write(path.join(root, GOOD_FILE), GOOD_MANIFEST);
  if (entry.kind === 'preset') {
    fs.mkdirSync(path.join(root, '.github'), { recursive: true });
    write(path.join(root, POLICY_FILE), PRESET_POLICY);
  }
  const target = path.join(root, badPathOf(entry));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (entry.file) fs.copyFileSync(path.join(CORPUS, entry.file), target);
  else GENERATORS[entry.generate!]!({ entry, root, target, outside });
  if (forUser !== undefined) {
    // Another user must be able to read everything but the unreadable file, and to write its peak.
    shareWith(run);
    fs.chmodSync(run, 0o777);
  }
  if (entry.unreadable) fs.chmodSync(target, 0o000);
  return { run, root, target, rssFile: path.join(run, 'max-rss.kb') };
}

function shareWith(folder: string): void {
  for (const item of fs.readdirSync(folder, { withFileTypes: true })) {
    const absolute = path.join(folder, item.name);
    if (item.isSymbolicLink()) continue;
    fs.chmodSync(absolute, item.isDirectory() ? 0o755 : 0o644);
    if (item.isDirectory()) shareWith(absolute);
  }
  fs.chmodSync(folder, 0o755);
}

async function runEntry(entry: Entry, tools: Tools, asUser?: number): Promise<RunResult> {
  let prepared: ReturnType<typeof prepare> | undefined;
  try {
    prepared = prepare(entry, asUser);
    const { root, rssFile } = prepared;
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(tools.maxRssModule).href}`, IRP_MAX_RSS_FILE: rssFile, NO_COLOR: '1' };
    delete env.GITHUB_TOKEN;
    const started = performance.now();
    const outcome = await new Promise<Omit<RunResult, 'maxRssKb' | 'milliseconds'>>((resolve) => {
      // Through a shell, as users run it: Linux counts the memory of the process a child is forked
      // from in the child's peak (maxRSS), and this test's own process is large. The shell forks
      // the CLI from its own small image (`exit $?` keeps it from exec-ing in place).
      const child = spawn('/bin/sh', ['-c', '"$0" "$@"; exit $?', process.execPath, tools.cli, 'check', '--today', TODAY, '--format', 'json'], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        ...(asUser === undefined ? {} : { uid: asUser, gid: asUser }),
      });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      // The whole process group: the shell and the CLI under it.
      const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), KILL_AFTER_MILLISECONDS);
      child.on('error', (error) => {
        clearTimeout(killer);
        resolve({ code: null, signal: null, stdout: '', stderr: '', failure: `could not start: ${error.message}` });
      });
      child.on('close', (code, signal) => {
        clearTimeout(killer);
        resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
      });
    });
    const milliseconds = performance.now() - started;
    const rss = fs.existsSync(rssFile) ? Number.parseInt(fs.readFileSync(rssFile, 'utf8'), 10) : undefined;
    return { ...outcome, milliseconds, maxRssKb: rss };
  } catch (error) {
    return { code: null, signal: null, stdout: '', stderr: '', milliseconds: 0, maxRssKb: undefined, failure: `could not set up: ${(error as Error).stack ?? error}` };
  } finally {
    if (prepared) fs.rmSync(prepared.run, { recursive: true, force: true });
  }
}

/** Runs `work` on every item with at most `size` at a time, keeping the order of the items. */
async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

// ------------------------------------------------------------------------------------ verdicts

/** Whether the current user reads files whatever their mode (root, or a process with CAP_DAC_OVERRIDE). */
function ignoresFileModes(): boolean {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-mode-'));
  const file = path.join(folder, 'probe');
  try {
    fs.writeFileSync(file, 'probe');
    fs.chmodSync(file, 0o000);
    fs.closeSync(fs.openSync(file, 'r'));
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** What an unreadable file gives when the reader is really denied. */
function deniedExpectation(entry: Entry): Expected {
  if (entry.kind === 'preset') return { line: 4, column: 5, message: 'cannot be read: permission denied', errorIn: 'policy' };
  return { line: 1, column: 1, message: 'cannot be read: permission denied' };
}

interface Finding {
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

interface Report {
  manifests: { file: string; routes: number }[];
  routes: { id: string; file: string }[];
  findings: Finding[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function expectWithinBounds(result: RunResult): void {
  expect(result.failure).toBeUndefined();
  expect(result.signal).toBeNull();
  expect(result.code).not.toBe(3);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stdout).not.toMatch(STACK_TRACE);
  expect(result.milliseconds).toBeLessThan(MAX_MILLISECONDS);
  expect(result.maxRssKb).toBeDefined();
  expect(result.maxRssKb!).toBeLessThan(MAX_RSS_KB);
}

function expectManifestInvalid(entry: Entry, expected: Expected, result: RunResult): void {
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: expect.any(String) });
  const report = JSON.parse(result.stdout) as Report;
  const file = badPathOf(entry);
  const invalid = report.findings.filter((finding) => finding.rule === 'manifest-invalid' && finding.file === file);
  expect(invalid.length).toBeGreaterThan(0);
  for (const finding of invalid) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
  }
  const wanted: Partial<Finding> = { message: expect.stringContaining(expected.message) as unknown as string };
  if (expected.line !== undefined) wanted.line = expected.line;
  if (expected.column !== undefined) wanted.column = expected.column;
  expect(invalid).toContainEqual(expect.objectContaining(wanted));
  // The good manifest is still read and judged, and it stays good.
  expect(report.manifests).toContainEqual({ file: GOOD_FILE, routes: 1 });
  expect(report.routes).toContainEqual(expect.objectContaining({ id: 'good-route', file: GOOD_FILE }));
  expect(report.findings.filter((finding) => finding.file === GOOD_FILE && finding.rule === 'manifest-invalid')).toEqual([]);
}

function expectConfigurationError(entry: Entry, expected: Expected, result: RunResult): void {
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
  const file = expected.errorIn === 'policy' ? POLICY_FILE : badPathOf(entry);
  const where = `${escapeRegExp(file)}:${expected.line ?? '\\d+'}:${expected.column ?? '\\d+'}: `;
  const located = result.stderr.split('\n').filter((line) => new RegExp(`^${where}`).test(line));
  expect({ stderr: result.stderr, located: located.some((line) => line.includes(expected.message)) }).toEqual({ stderr: result.stderr, located: true });
}

function judge(entry: Entry, expected: Expected, result: RunResult): void {
  expectWithinBounds(result);
  if (entry.kind === 'manifest') expectManifestInvalid(entry, expected, result);
  else expectConfigurationError(entry, expected, result);
}

// ------------------------------------------------------------------------------------ the tests

const REQUIRED_TOPICS: Record<Kind, readonly string[]> = (() => {
  const shared = [
    'broken-yaml', 'wrong-type', 'unknown-key', 'bad-enum', 'impossible-date', 'duplicate-key', 'anchor', 'alias-bomb', 'merge-key',
    'yaml-1.1', 'tag-directive', 'custom-tag', 'multi-document', 'bom', 'crlf', 'tabs', 'non-utf8', 'proto-keys', 'size-10mb',
    'deep-nesting', 'string-1mb', 'empty', 'scalar-or-list', 'directory', 'unreadable', 'symlink-loop', 'dangling-symlink',
  ];
  const policy = [
    ...shared, 'unknown-rule', 'bad-severity', 'bad-stage-map', 'options-without-options', 'bad-option', 'waiver', 'locked-weakening',
    'cycle', 'extends-missing', 'extends-escape', 'extends-remote-syntax',
  ];
  return { manifest: [...shared, 'duplicate-route-id'], policy, preset: policy };
})();

const results = new Map<string, RunResult>();
const deniedResults = new Map<string, RunResult>();
const bypassesModes = ignoresFileModes();
/**
 * Root reads chmod-000 files; to see the denied path as well, unreadable entries also run as
 * `nobody` — when `nobody` can run Node here at all (it cannot if Node lives in root's home).
 */
let alsoAsNobody = false;
const tools: Tools = { cli: CLI, maxRssModule: MAX_RSS_MODULE };
let toolsFolder: string | undefined;

beforeAll(async () => {
  if (bypassesModes && process.getuid?.() === 0) {
    // The bundle runs alone (dist/ needs no other file): copy it where `nobody` can read it.
    toolsFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-corpus-tools-'));
    fs.copyFileSync(CLI, path.join(toolsFolder, 'cli.js'));
    fs.copyFileSync(MAX_RSS_MODULE, path.join(toolsFolder, 'max-rss.mjs'));
    shareWith(toolsFolder);
    alsoAsNobody = spawnSync(process.execPath, [path.join(toolsFolder, 'cli.js'), '--version'], { cwd: toolsFolder, uid: NOBODY, gid: NOBODY }).status === 0;
  }
  const jobs = [
    ...entries.map((entry) => ({ entry, asUser: undefined as number | undefined })),
    ...(alsoAsNobody ? entries.filter((entry) => entry.unreadable).map((entry) => ({ entry, asUser: NOBODY as number | undefined })) : []),
  ];
  const nobodyTools = toolsFolder ? { cli: path.join(toolsFolder, 'cli.js'), maxRssModule: path.join(toolsFolder, 'max-rss.mjs') } : tools;
  const run = ({ entry, asUser }: (typeof jobs)[number]): Promise<RunResult> => runEntry(entry, asUser === undefined ? tools : nobodyTools, asUser);
  const outcomes = await inPool(jobs, POOL_SIZE, run);
  // Wall time on a loaded machine (other suites run beside this one) is noisy: a run over the bound
  // runs once more, alone, and that time counts. A slow input is slow both times.
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.milliseconds >= MAX_MILLISECONDS) outcomes[index] = await run(jobs[index]!);
  }
  jobs.forEach(({ entry, asUser }, index) => (asUser === undefined ? results : deniedResults).set(entry.id, outcomes[index]!));
  if (process.env.IRP_CORPUS_STATS) {
    const all = [...results.entries(), ...[...deniedResults.entries()].map(([id, result]) => [`${id} (as nobody)`, result] as const)];
    const slowest = all.reduce((a, b) => (b[1].milliseconds > a[1].milliseconds ? b : a));
    const largest = all.reduce((a, b) => ((b[1].maxRssKb ?? 0) > (a[1].maxRssKb ?? 0) ? b : a));
    process.stderr.write(
      `bad-input corpus: ${all.length} runs; slowest ${slowest[0]} ${slowest[1].milliseconds.toFixed(0)} ms; ` +
        `largest ${largest[0]} ${((largest[1].maxRssKb ?? 0) / 1024).toFixed(1)} MB\n`,
    );
  }
}, 600_000);

afterAll(() => {
  if (toolsFolder) fs.rmSync(toolsFolder, { recursive: true, force: true });
});

describe('the bad-input corpus', () => {
  it('holds at least 150 bad inputs, each file declared once in index.json', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    const committed = ['manifests', 'policies', 'presets'].flatMap((folder) => fs.readdirSync(path.join(CORPUS, folder)).map((name) => `${folder}/${name}`));
    expect(entries.filter((entry) => entry.file).map((entry) => entry.file).sort()).toEqual(committed.sort());
    for (const entry of entries) {
      expect({ id: entry.id, source: Boolean(entry.file) !== Boolean(entry.generate) }).toEqual({ id: entry.id, source: true });
      if (entry.generate) expect({ id: entry.id, generator: typeof GENERATORS[entry.generate] }).toEqual({ id: entry.id, generator: 'function' });
      if (entry.from) expect(fs.existsSync(path.join(CORPUS, entry.from))).toBe(true);
      expect(entry.message.length).toBeGreaterThan(0);
    }
    // Most entries pin the exact line.
    expect(entries.filter((entry) => entry.line !== undefined).length / entries.length).toBeGreaterThan(0.9);
  });

  it.each(['manifest', 'policy', 'preset'] as const)('covers every item of quality.md for %s files', (kind) => {
    const topics = new Set(entries.filter((entry) => entry.kind === kind).map((entry) => entry.topic));
    expect(REQUIRED_TOPICS[kind].filter((topic) => !topics.has(topic))).toEqual([]);
  });
});

describe.each(['manifest', 'policy', 'preset'] as const)('bad %s files', (kind) => {
  const own = entries.filter((entry) => entry.kind === kind);
  it.each(own.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    const expected: Expected = entry.unreadable && !bypassesModes ? deniedExpectation(entry) : entry;
    judge(entry, expected, results.get(entry.id)!);
  });
});

describe('unreadable files', () => {
  const unreadable = entries.filter((entry) => entry.unreadable);

  it('are in the corpus for every kind', () => {
    expect(new Set(unreadable.map((entry) => entry.kind))).toEqual(new Set(['manifest', 'policy', 'preset']));
  });

  // chmod 000 does not stop root: as root, the entries above are read (and judged by their content);
  // here the same files are read by `nobody`, who is denied. Other users are denied above already.
  it.each(unreadable.map((entry) => [entry.id, entry] as const))('%s: permission denied is reported, not a crash', (_id, entry) => {
    const result = alsoAsNobody ? deniedResults.get(entry.id)! : results.get(entry.id)!;
    judge(entry, bypassesModes && !alsoAsNobody ? entry : deniedExpectation(entry), result);
  });
});
