// Escape attempts: local presets that try to leave the repository (relative climbs, absolute paths,
// home folders, symbolic links to files and folders outside, a linked `.github`, URL-encoded and
// Windows-style paths) and remote presets that try to leave their repository or reach the local
// disk. Each is a configuration error (exit 2) naming the file, line and reason, and no file outside
// the repository is read: a file outside holds a canary that would show in any message (as an
// unknown rule) or change the result (failOn: never) if it were read. Beyond presets: manifests that
// are links out of the repository are not read either. __tests__/policy/policy.test.ts covers the
// basic cases on the library; this file runs the shipped CLI and the Action.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startContentsServer, type ContentsServer } from '../helpers/github-contents-server.js';
import { pullRequestPayload, REPOSITORY } from '../helpers/action-runner.js';
import { startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../helpers/github-emulator.js';
import { cliProcess, cliProcessAsync, runAction, TODAY, write, type Run } from './support.js';

const CANARY = `canary-${randomBytes(6).toString('hex')}`;
/** What a file outside the repository holds: read, it would name the canary or pass everything. */
const OUTSIDE_POLICY = `version: 1\nfailOn: never\nrules:\n  ${CANARY}: off\n`;
const MANIFEST = 'version: 1\nroutes:\n  - id: sketch\n    kind: browser-playground\n    stage: exploration\n    keyOwner: unknown\n';
const POLICY = '.github/image-route-policy.yml';

let sandbox: string;
/** A folder beside the repositories, holding the canary. */
let outside: string;
let counter = 0;

beforeAll(() => {
  sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-presets-'));
  outside = path.join(sandbox, 'outside');
  write(outside, 'preset.yml', OUTSIDE_POLICY);
  write(outside, 'image-route-policy.yml', OUTSIDE_POLICY);
  write(outside, 'image-routes.yml', `version: 1\n${CANARY}: 1\nroutes: []\n`);
});
afterAll(() => fs.rmSync(sandbox, { recursive: true, force: true }));

/** A repository two levels below the sandbox, so `../../outside/…` from `.github/` reaches the canary. */
function repository(files: Record<string, string>): string {
  const root = path.join(sandbox, `r${counter++}`);
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  write(root, 'image-routes.yml', MANIFEST);
  for (const [relative, text] of Object.entries(files)) write(root, relative, text);
  return root;
}

const extendsList = (...entries: string[]): string => `version: 1\nextends:\n${entries.map((entry) => `  - ${JSON.stringify(entry)}\n`).join('')}`;

/** Exit 2, the message located at `where` (file:line:column) with `reason`, and no trace of the canary. */
function expectRefused(run: Run, where: string, reason: RegExp): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
  expect(run.stderr).toMatch(/^image-route-policy: configuration error\n/);
  const [, located] = run.stderr.split('\n');
  expect(located!.startsWith(`${where}: `)).toBe(true);
  expect(located).toMatch(reason);
  expect(run.stderr).not.toContain(CANARY);
}

const check = (root: string, args: string[] = [], env: Record<string, string> = {}): Run => cliProcess(['check', '--today', TODAY, ...args], root, env);
/** For runs against a contents server in this process (a synchronous spawn would block it). */
const checkRemote = (root: string, env: Record<string, string>): Promise<Run> => cliProcessAsync(['check', '--today', TODAY], root, env);

describe('local presets cannot leave the repository', () => {
  it.each([
    ['../../etc/passwd', /local preset `\.\.\/\.\.\/etc\/passwd` leaves the repository/],
    ['../../outside/preset.yml (a real file beside the repository)', /local preset `\.\.\/\.\.\/outside\/preset\.yml` leaves the repository/],
    ['./../../outside/preset.yml', /leaves the repository/],
    ['./a/../../../outside/preset.yml', /leaves the repository/],
    ['./../.././../outside/./preset.yml', /leaves the repository/],
    ['/etc/passwd', /preset `\/etc\/passwd` is an absolute path/],
    ['~/x', /unknown preset `~\/x`/],
    ['~/../outside/preset.yml', /unknown preset/],
    ['%2e%2e/%2e%2e/outside/preset.yml', /unknown preset/],
    ['./%2e%2e/%2e%2e/outside/preset.yml', /policy file `\.github\/%2e%2e\/%2e%2e\/outside\/preset\.yml` does not exist/],
    ['..\\..\\outside\\preset.yml', /unknown preset/],
    ['.\\..\\..\\outside\\preset.yml', /unknown preset/],
    ['./..\\..\\outside\\preset.yml', /policy file `\.github\/\.\.\\\.\.\\outside\\preset\.yml` does not exist/],
    ['file:///etc/passwd', /unknown preset/],
  ])('%s', (reference, reason) => {
    const entry = reference.replace(/ \(.*\)$/, '');
    expectRefused(check(repository({ [POLICY]: extendsList('recommended', entry) })), `${POLICY}:4:5`, reason);
  });

  it('the absolute path of a real file outside', () => {
    const target = path.join(outside, 'preset.yml');
    expectRefused(check(repository({ [POLICY]: extendsList(target) })), `${POLICY}:3:5`, /is an absolute path: local presets start with \.\/ or \.\.\/ and stay inside the repository/);
  });

  it('a preset inside the repository that climbs out itself: named where it says so', () => {
    const root = repository({ [POLICY]: extendsList('./team/base.yml'), '.github/team/base.yml': extendsList('../../../outside/preset.yml') });
    expectRefused(check(root), '.github/team/base.yml:3:5', /local preset `\.\.\/\.\.\/\.\.\/outside\/preset\.yml` leaves the repository/);
  });

  it('a symbolic link to a file outside', () => {
    const root = repository({ [POLICY]: extendsList('./linked.yml') });
    fs.symlinkSync(path.join(outside, 'preset.yml'), path.join(root, '.github/linked.yml'));
    expectRefused(check(root), `${POLICY}:3:5`, /local preset `\.github\/linked\.yml` is a link that leaves the repository/);
  });

  it('a relative symbolic link that climbs out', () => {
    const root = repository({ [POLICY]: extendsList('./linked.yml') });
    fs.symlinkSync('../../outside/preset.yml', path.join(root, '.github/linked.yml'));
    expectRefused(check(root), `${POLICY}:3:5`, /is a link that leaves the repository/);
  });

  it('a symbolic link to a folder outside, then a file in it', () => {
    const root = repository({ [POLICY]: extendsList('./shared/preset.yml') });
    fs.symlinkSync(outside, path.join(root, '.github/shared'));
    expectRefused(check(root), `${POLICY}:3:5`, /local preset `\.github\/shared\/preset\.yml` is a link that leaves the repository/);
  });

  it('a `.github` that is a link to a folder outside: the default policy file', () => {
    const root = repository({});
    fs.symlinkSync(outside, path.join(root, '.github'));
    // Nothing names this file: the problem is located at the file itself.
    expectRefused(check(root), `${POLICY}:1:1`, /policy file `\.github\/image-route-policy\.yml` is a link that leaves the repository/);
  });

  it('a `.github` that is a link to a folder outside: a preset in it, named by another policy', () => {
    const root = repository({ 'policy.yml': extendsList('./.github/preset.yml') });
    fs.symlinkSync(outside, path.join(root, '.github'));
    expectRefused(check(root, ['--policy', 'policy.yml']), 'policy.yml:3:5', /local preset `\.github\/preset\.yml` is a link that leaves the repository/);
  });

  it('a `--policy` file in the repository that is a link to a file outside', () => {
    const root = repository({});
    fs.symlinkSync(path.join(outside, 'preset.yml'), path.join(root, 'policy.yml'));
    expectRefused(check(root, ['--policy', 'policy.yml']), 'policy.yml:1:1', /policy file `policy\.yml` is a link that leaves the repository/);
  });

  it('a link inside the repository to a file inside it still works', () => {
    const root = repository({ [POLICY]: extendsList('recommended', './linked.yml'), 'presets/team.yml': 'version: 1\nfailOn: never\n' });
    fs.symlinkSync('../presets/team.yml', path.join(root, '.github/linked.yml'));
    // Read: its `failOn: never` passes the manifest's errors.
    const run = check(root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('the one exception: a policy named explicitly on the command line may live anywhere', () => {
    // The person running the command chose it; a pull request cannot.
    const run = check(repository({}), ['--policy', path.join(outside, 'preset.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`unknown rule \`${CANARY}\``);
  });
});

describe('remote presets stay in their repository, at their ref, on the API', () => {
  let server: ContentsServer;
  const env = (): Record<string, string> => ({ GITHUB_API_URL: server.url, GITHUB_TOKEN: 'good-token' });

  beforeAll(async () => {
    server = await startContentsServer(
      {
        'acme/gov/climb.yml@v1': extendsList('../../x.yml'),
        'acme/gov/climb-dot.yml@v1': extendsList('./a/../../../x.yml'),
        'acme/gov/deep/climb.yml@v1': extendsList('./../../x.yml'),
        'acme/gov/absolute.yml@v1': extendsList('/etc/passwd'),
        'acme/gov/outside.yml@v1': extendsList(path.join(outside, 'preset.yml')),
        'acme/gov/home.yml@v1': extendsList('~/x'),
        'acme/gov/p.yml@v1': 'version: 1\n',
      },
      'good-token',
    );
  });
  afterAll(() => server.close());

  const requestedPaths = (from: number) => server.requests.slice(from).map((request) => request.url);

  it.each([
    ['OWNER/REPO/../x@ref', 'acme/gov/../x.yml@v1'],
    ['OWNER/REPO/./x@ref', 'acme/gov/./x.yml@v1'],
    ['an empty path segment', 'acme/gov//x.yml@v1'],
  ])('%s is not a remote reference, and nothing is fetched', async (_name, reference) => {
    const before = server.requests.length;
    expectRefused(await checkRemote(repository({ [POLICY]: extendsList(reference) }), env()), `${POLICY}:3:5`, /unknown preset `.*`: write a built-in preset/);
    expect(requestedPaths(before)).toEqual([]);
  });

  it.each([
    ['a ref with ..', 'acme/gov/p.yml@../../x', '/repos/acme/gov/contents/p.yml?ref=..%2F..%2Fx'],
    ['a ref that climbs after a name', 'acme/gov/p.yml@v1/../../../etc', '/repos/acme/gov/contents/p.yml?ref=v1%2F..%2F..%2F..%2Fetc'],
    ['a URL-encoded climb in the path', 'acme/gov/%2e%2e/%2e%2e/x.yml@v1', '/repos/acme/gov/contents/%252e%252e/%252e%252e/x.yml?ref=v1'],
    ['a Windows-style climb in the path', 'acme/gov/..\\..\\x.yml@v1', '/repos/acme/gov/contents/..%5C..%5Cx.yml?ref=v1'],
  ])('%s stays a query parameter or a name: one request for that file, not found, fails closed', async (_name, reference, url) => {
    const before = server.requests.length;
    expectRefused(await checkRemote(repository({ [POLICY]: extendsList(reference) }), env()), `${POLICY}:3:5`, /preset .*: not found/);
    expect(requestedPaths(before)).toEqual([url]);
  });

  it.each([
    ['../../x.yml', 'climb.yml', /preset `\.\.\/\.\.\/x\.yml` leaves the repository acme\/gov/],
    ['./a/../../../x.yml', 'climb-dot.yml', /preset `\.\/a\/\.\.\/\.\.\/\.\.\/x\.yml` leaves the repository acme\/gov/],
    ['./../../x.yml from a sub-folder', 'deep/climb.yml', /preset `\.\/\.\.\/\.\.\/x\.yml` leaves the repository acme\/gov/],
    ['/etc/passwd', 'absolute.yml', /preset `\/etc\/passwd` is an absolute path/],
    ['~/x', 'home.yml', /unknown preset `~\/x`/],
  ])('a remote preset that extends %s', async (_name, file, reason) => {
    const before = server.requests.length;
    expectRefused(await checkRemote(repository({ [POLICY]: extendsList(`acme/gov/${file}@v1`) }), env()), `acme/gov/${file}@v1:3:5`, reason);
    expect(requestedPaths(before)).toEqual([`/repos/acme/gov/contents/${file}?ref=v1`]);
  });

  it('a remote preset that names the absolute path of a real file outside', async () => {
    const before = server.requests.length;
    expectRefused(await checkRemote(repository({ [POLICY]: extendsList('acme/gov/outside.yml@v1') }), env()), 'acme/gov/outside.yml@v1:3:5', /is an absolute path: local presets start with/);
    expect(requestedPaths(before)).toEqual(['/repos/acme/gov/contents/outside.yml?ref=v1']);
  });
});

describe('a remote preset naming a local file reads it from its own repository, never from disk', () => {
  it('fetches acme/gov/<file>@v1, not the file of the same name here', async () => {
    const server = await startContentsServer({ 'acme/gov/local.yml@v1': extendsList('./image-route-policy-local.yml') }, 'good-token');
    try {
      const root = repository({ [POLICY]: extendsList('acme/gov/local.yml@v1'), 'image-route-policy-local.yml': OUTSIDE_POLICY });
      write(root, '.github/image-route-policy-local.yml', OUTSIDE_POLICY);
      const run = await checkRemote(root, { GITHUB_API_URL: server.url, GITHUB_TOKEN: 'good-token' });
      expectRefused(run, 'acme/gov/local.yml@v1:3:5', /preset acme\/gov\/image-route-policy-local\.yml@v1: not found/);
      expect(server.requests.map((request) => request.url)).toEqual(['/repos/acme/gov/contents/local.yml?ref=v1', '/repos/acme/gov/contents/image-route-policy-local.yml?ref=v1']);
    } finally {
      await server.close();
    }
  });
});

describe('no network access unless a remote preset is named', () => {
  // Loaded before the CLI: any socket, DNS lookup or fetch ends the process with code 97.
  const GUARD = [
    "import net from 'node:net'; import tls from 'node:tls'; import dns from 'node:dns';",
    "const refuse = (what) => () => { process.stderr.write('NETWORK ' + what + '\\n'); process.exit(97); };",
    "net.Socket.prototype.connect = refuse('socket'); net.connect = net.createConnection = refuse('net.connect'); tls.connect = refuse('tls.connect');",
    "dns.lookup = refuse('dns.lookup'); dns.promises.lookup = refuse('dns.promises.lookup'); globalThis.fetch = refuse('fetch');",
  ].join('\n');
  let guard: string;
  beforeAll(() => {
    guard = write(sandbox, 'no-network.mjs', GUARD);
  });
  const offline = (root: string, args: string[]) => cliProcess([...args, '--today', TODAY], root, { GITHUB_API_URL: 'https://api.github.com', GITHUB_TOKEN: 'a-token' }, ['--import', `file://${guard}`]);

  it('check (every format), explain and stale with built-in and local presets: no connection is even attempted', () => {
    const root = repository({ [POLICY]: extendsList('recommended', './team.yml'), '.github/team.yml': 'version: 1\nrules:\n  limit-missing: warning\n' });
    for (const args of [['check'], ['check', '--format', 'json'], ['check', '--format', 'sarif'], ['check', '--format', 'markdown'], ['check', '--format', 'github'], ['explain'], ['stale']]) {
      const run = offline(root, args);
      expect({ args, code: run.code, network: run.stderr.includes('NETWORK') }).toEqual({ args, code: args[0] === 'check' ? 1 : 0, network: false });
    }
  });

  it('the guard works: a remote preset is the one thing that reaches for the network', () => {
    const run = offline(repository({ [POLICY]: extendsList('acme/gov/p.yml@v1') }), ['check']);
    expect(run.code).toBe(97);
    expect(run.stderr).toMatch(/^NETWORK /);
  });
});

describe('manifests that are links out of the repository are not read', () => {
  it('a manifest linked to a file outside: a located finding, not its content', () => {
    const root = repository({});
    fs.rmSync(path.join(root, 'image-routes.yml'));
    fs.symlinkSync(path.join(outside, 'image-routes.yml'), path.join(root, 'image-routes.yml'));
    fs.mkdirSync(path.join(root, 'sub'));
    fs.symlinkSync('../../outside/image-routes.yml', path.join(root, 'sub/image-routes.yml'));
    const run = check(root, ['--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain(CANARY);
    const report = JSON.parse(run.stdout) as { findings: { rule: string; file: string; line: number; message: string }[] };
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'manifest-invalid', file: 'image-routes.yml', line: 1, message: expect.stringMatching(/is a link to a file outside the repository/) }),
      expect.objectContaining({ rule: 'manifest-invalid', file: 'sub/image-routes.yml', line: 1, message: expect.stringMatching(/is a link to a file outside the repository/) }),
    ]);
  });

  it("a manifest linked to the process's own environment", () => {
    const root = repository({});
    fs.rmSync(path.join(root, 'image-routes.yml'));
    fs.symlinkSync('/proc/self/environ', path.join(root, 'image-routes.yml'));
    const run = check(root, [], { SECRET_LOOKING_VARIABLE: CANARY });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/is a link to a file outside the repository/);
    expect(run.stdout + run.stderr).not.toContain(CANARY);
  });

  it('a manifest linked to another file in the repository is read', () => {
    const root = repository({ 'real/routes.yml': MANIFEST });
    fs.rmSync(path.join(root, 'image-routes.yml'));
    fs.symlinkSync('real/routes.yml', path.join(root, 'image-routes.yml'));
    const run = check(root, ['--format', 'json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { routes: { id: string; file: string }[]; findings: { rule: string }[] };
    expect(report.routes).toEqual([expect.objectContaining({ id: 'sketch', file: 'image-routes.yml' })]);
    expect(report.findings.map((finding) => finding.rule)).not.toContain('manifest-invalid');
  });
});

describe('the Action', () => {
  let emulator: GitHubEmulator;
  beforeAll(async () => {
    emulator = await startGitHubEmulator({ repo: `${REPOSITORY.owner}/${REPOSITORY.repo}`, pullRequests: [7] });
  });
  afterAll(async () => {
    expect(emulator.violations).toEqual([]);
    await emulator.close();
  });

  it('a push whose `.github` links outside: a configuration error, the canary unread', async () => {
    const root = repository({});
    fs.symlinkSync(outside, path.join(root, '.github'));
    const run = await runAction({ workspace: root, eventName: 'push', payload: {}, apiUrl: emulator.url, inputs: { 'github-token': WRITE_TOKEN, today: TODAY } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::image-route-policy: configuration error%0A\.github\/image-route-policy\.yml:1:1: policy file `\.github\/image-route-policy\.yml` is a link that leaves the repository/m);
    expect(run.stdout + run.stderr + run.summary).not.toContain(CANARY);
  });

  it('pull_request_target with the head checked out: the same base-branch policy, the same confinement', async () => {
    const BASE_SHA = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
    emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, POLICY, 'version: 1\nextends: [recommended]\n');
    // The head weakens the policy and links a manifest to a file outside.
    const root = repository({ [POLICY]: 'version: 1\nextends: [recommended]\nfailOn: never\n' });
    fs.mkdirSync(path.join(root, 'more'));
    fs.symlinkSync(path.join(outside, 'image-routes.yml'), path.join(root, 'more/image-routes.yml'));
    const run = await runAction({ workspace: root, eventName: 'pull_request_target', payload: pullRequestPayload({ number: 7, baseSha: BASE_SHA }), apiUrl: emulator.url, inputs: { 'github-token': WRITE_TOKEN, today: TODAY } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::warning::This pull request changes `\.github\/image-route-policy\.yml`; it is judged by the policy of the base branch/);
    expect(run.stdout).toMatch(/::error file=more\/image-routes\.yml,.*is a link to a file outside the repository/);
    expect(run.stdout + run.stderr + run.summary).not.toContain(CANARY);
  });

  it('a pull request that links the policy outside is judged by the base branch policy', async () => {
    const BASE_SHA = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
    emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, POLICY, 'version: 1\nextends: [recommended]\n');
    const root = repository({});
    fs.mkdirSync(path.join(root, '.github'));
    fs.symlinkSync(path.join(outside, 'image-route-policy.yml'), path.join(root, POLICY));
    const run = await runAction({ workspace: root, eventName: 'pull_request', payload: pullRequestPayload({ number: 7, baseSha: BASE_SHA }), apiUrl: emulator.url, inputs: { 'github-token': WRITE_TOKEN, today: TODAY } });
    // The base policy (recommended) fails the missing key owner; the linked file (failOn: never) would pass it.
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout).toMatch(/::warning::This pull request changes `\.github\/image-route-policy\.yml`/);
    expect(run.stdout + run.stderr + run.summary).not.toContain(CANARY);
  });
});
