// End to end: the bundled dist/index.js, copied alone, run as a process with a runner's environment
// against the emulated GitHub API (state kept between runs, every request checked against GitHub's
// OpenAPI description). Each scenario asserts the requests it makes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { faults, READ_ONLY_TOKEN, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../helpers/github-emulator.js';
import { pullRequestPayload, REPOSITORY, runAction, type ActionRun } from '../helpers/action-runner.js';
import { git, initGit, makeRepository, removeRepository, writeFiles } from '../helpers/repo.js';
import { yaml } from '../helpers/rule-tester.js';

const MARKER = '<!-- image-route-policy:report -->';
const STALE_MARKER = '<!-- image-route-policy:stale -->';
const BASE_SHA = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
const PR = 7;
const TODAY = '2026-11-23';

const route = (id: string, extra = '') => yaml`
  - id: ${id}
    kind: browser-playground
    stage: exploration
    model: gpt-image-2
    keyOwner: "@acme/design"
    secretRef: none
    billing: { payer: provider-credit, trigger: free credits then the plan }
    userData: false
    checked: 2026-11-20
`.replace(/\n$/, '') + extra;
const manifest = (...routes: string[]) => `version: 1\nroutes:\n${routes.map((text) => text.replace(/^/gm, '  ')).join('\n')}\n`;
const clean = manifest(route('sketch'));
const failing = manifest(route('sketch').replace('keyOwner: "@acme/design"', 'keyOwner: unknown'));

let emulator: GitHubEmulator;
const roots: string[] = [];

beforeAll(async () => {
  emulator = await startGitHubEmulator({ repo: `${REPOSITORY.owner}/${REPOSITORY.repo}`, repos: ['acme/governance'], pullRequests: [PR] });
});
afterAll(async () => {
  await emulator.close();
  roots.forEach(removeRepository);
});
beforeEach(() => emulator.reset());
afterEach(() => {
  expect(emulator.violations).toEqual([]);
  // E2E_REQUEST_LOG=FILE records the requests of each scenario (quoted in the docs).
  if (process.env.E2E_REQUEST_LOG) {
    const counts: Record<string, number> = {};
    for (const request of emulator.requests) counts[`${request.method} ${request.template ?? request.path}`] = (counts[`${request.method} ${request.template ?? request.path}`] ?? 0) + 1;
    fs.appendFileSync(process.env.E2E_REQUEST_LOG, `${JSON.stringify({ scenario: expect.getState().currentTestName, requests: counts })}\n`);
  }
});

function workspace(files: Record<string, string>): string {
  const root = makeRepository(files);
  roots.push(root);
  return root;
}

function pullRequest(root: string, inputs: Record<string, string> = {}, payload = pullRequestPayload({ number: PR, baseSha: BASE_SHA })): Promise<ActionRun> {
  return runAction({ workspace: root, eventName: 'pull_request', payload, apiUrl: emulator.url, inputs: { 'github-token': WRITE_TOKEN, today: TODAY, ...inputs } });
}

const stickies = () => emulator.comments(PR).filter((comment) => String((comment as { body: string }).body).includes(MARKER)) as { id: number; body: string }[];
const listRequests = () => emulator.count('GET', /\/issues\/\d+\/comments$/);

describe('pull-request check', () => {
  it('first run: one list, one create, one list to settle; annotations, summary, outputs; the step fails', async () => {
    const run = await pullRequest(workspace({ 'image-routes.yml': failing }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', errors: '1', routes: '1' });
    expect(run.annotations[0]).toMatch(/^::error file=image-routes\.yml,line=7,col=15,title=key-owner-missing \(sketch\)::/);
    expect(run.stdout).toContain('::error::image-route-policy: 1 error(s)');
    expect(run.summary).toContain('| <code>sketch</code> |');
    expect(stickies()).toHaveLength(1);
    expect(stickies()[0]!.body).toContain('Routes missing an owner, a billing trigger or a checked date');
    expect(run.outputs['comment-id']).toBe(String(stickies()[0]!.id));
    expect(emulator.writes().map((request) => `${request.method} ${request.template}`)).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
    expect(listRequests()).toBe(2);
    // The base branch's policy is looked up once (there is none: `recommended` applies).
    expect(emulator.count('GET', /\/contents\//)).toBe(1);
  });

  it('scans the whole checked-out tree: an undeclared call is annotated at its line and listed in the comment and the summary; scan: false turns it off', async () => {
    const source = 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const draw = (prompt: string) =>\n  client.images.generate({ model: "gpt-image-1.5", prompt });\n';
    const root = workspace({ 'image-routes.yml': clean, 'apps/web/src/draw.ts': source });
    const run = await pullRequest(root);
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual(expect.stringMatching(/^::error file=apps\/web\/src\/draw\.ts,line=4,col=3,title=route-undeclared::/));
    expect(stickies()[0]!.body).toContain('### Call sites no route covers');
    expect(stickies()[0]!.body).toMatch(/apps\/web\/src\/draw\.ts:4.*<code>openai<\/code>.*<code>images\.generate<\/code>.*<code>gpt-image-1\.5<\/code>/);
    expect(run.summary).toContain('### Call sites (1)');
    const report = JSON.parse(run.reportFile!) as { callSites: { file: string; line: number; route: string | null }[] };
    expect(report.callSites).toEqual([expect.objectContaining({ file: 'apps/web/src/draw.ts', line: 4, route: null })]);
    const off = await pullRequest(root, { scan: 'false' });
    expect(off.code).toBe(0);
    expect(JSON.parse(off.reportFile!).callSites).toBeUndefined();
  });

  it('an unchanged rerun makes one list request and no write', async () => {
    const root = workspace({ 'image-routes.yml': failing });
    await pullRequest(root);
    const before = emulator.requests.length;
    const rerun = await pullRequest(root);
    expect(rerun.code).toBe(1);
    const requests = emulator.requests.slice(before);
    expect(requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(requests.filter((request) => /\/comments$/.test(request.path))).toHaveLength(1);
    expect(stickies()).toHaveLength(1);
  });

  it('a fixed pull request edits the same comment to a clean state and passes', async () => {
    const root = workspace({ 'image-routes.yml': failing });
    await pullRequest(root);
    const [first] = stickies();
    writeFiles(root, { 'image-routes.yml': clean });
    const fixed = await pullRequest(root);
    expect(fixed.code).toBe(0);
    expect(fixed.outputs.passed).toBe('true');
    expect(stickies()).toEqual([expect.objectContaining({ id: first!.id, body: expect.stringContaining('all routes pass') })]);
    expect(emulator.writes().map((request) => request.method)).toEqual(['POST', 'PATCH']);
  });

  it('a clean pull request with no comment yet gets none (comment: auto)', async () => {
    const run = await pullRequest(workspace({ 'image-routes.yml': clean }));
    expect(run.code).toBe(0);
    expect(emulator.writes()).toEqual([]);
  });

  it('finds its comment among 130 others by marker, whoever wrote it, with two list requests per run', async () => {
    emulator.addComments(PR, 130, { author: { login: 'octocat', id: 1, type: 'User' } as never, body: (index: number) => `comment ${index}` });
    const root = workspace({ 'image-routes.yml': failing });
    await pullRequest(root);
    const before = emulator.requests.length;
    await pullRequest(root);
    const rerun = emulator.requests.slice(before);
    expect(rerun.filter((request) => /\/comments$/.test(request.path))).toHaveLength(2);
    expect(rerun.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(stickies()).toHaveLength(1);
  });

  it('retries a 502 and a secondary rate limit (retry-after), then writes one comment', async () => {
    emulator.fail({ method: 'GET', path: /\/issues\/\d+\/comments$/ }, [faults.serverError(502), faults.secondaryRateLimit(1)]);
    const run = await pullRequest(workspace({ 'image-routes.yml': failing }));
    expect(run.code).toBe(1);
    expect(emulator.pendingFaults()).toBe(0);
    expect(stickies()).toHaveLength(1);
    expect(run.stdout).not.toContain('could not write');
  });

  it('two runs at once leave exactly one comment holding the report', async () => {
    const root = workspace({ 'image-routes.yml': failing });
    const runs = await Promise.all([pullRequest(root), pullRequest(root)]);
    expect(runs.map((run) => run.code)).toEqual([1, 1]);
    expect(stickies()).toHaveLength(1);
    expect(stickies()[0]!.body).toMatch(/<code>sketch<\/code> \| .* \| key owner \|/);
  });

  it('five reruns as the pull request changes end with one comment holding the latest report', async () => {
    const root = workspace({ 'image-routes.yml': failing });
    const versions = [failing, clean, failing, manifest(route('sketch'), route('second-route').replace('keyOwner: "@acme/design"', 'keyOwner: unknown')), failing];
    for (const version of versions) {
      writeFiles(root, { 'image-routes.yml': version });
      await pullRequest(root);
    }
    expect(stickies()).toHaveLength(1);
    expect(stickies()[0]!.body).not.toContain('second-route');
    expect(stickies()[0]!.body).toContain('sketch');
  });

  it("a fork's read-only token: a warning, annotations and summary, and the policy's result", async () => {
    const run = await pullRequest(workspace({ 'image-routes.yml': failing }), { 'github-token': READ_ONLY_TOKEN }, pullRequestPayload({ number: PR, baseSha: BASE_SHA, fork: true }));
    expect(run.code).toBe(1);
    expect(run.stdout.match(/^::warning::image-route-policy could not write the pull-request comment \(403\)/gm)).toHaveLength(1);
    expect(run.annotations.some((line) => line.startsWith('::error file=image-routes.yml'))).toBe(true);
    expect(run.summary).toContain('key-owner-missing');
    expect(stickies()).toHaveLength(0);
  });

  it('a pull request that weakens its own policy is judged by the base branch policy, and says so', async () => {
    emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, '.github/image-route-policy.yml', 'version: 1\nextends: [recommended]\n');
    const root = workspace({ 'image-routes.yml': failing, '.github/image-route-policy.yml': 'version: 1\nextends: [recommended]\nfailOn: never\nrules:\n  key-owner-missing: off\n' });
    const run = await pullRequest(root);
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(stickies()[0]!.body).toContain('judged by the policy of the base branch');
    expect(run.stdout).toMatch(/::warning::This pull request changes `.github\/image-route-policy.yml`/);
  });

  it('a pull request that deletes the policy is judged by the base branch policy too', async () => {
    emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, '.github/image-route-policy.yml', 'version: 1\nrules:\n  checked-date-stale: error\n');
    const run = await pullRequest(workspace({ 'image-routes.yml': clean.replace('checked: 2026-11-20', 'checked: 2026-09-01') }));
    // The base policy makes the stale date an error; without it, `recommended` gives a notice.
    expect(run.code).toBe(1);
    expect(stickies()[0]!.body).toContain('base branch');
  });

  it('an unchanged policy file is used as it is', async () => {
    const policy = 'version: 1\nextends: [recommended]\nrules:\n  key-owner-missing: warning\n';
    emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, '.github/image-route-policy.yml', policy);
    const run = await pullRequest(workspace({ 'image-routes.yml': failing, '.github/image-route-policy.yml': policy }));
    expect(run.code).toBe(0);
  });

  it('600 failing routes: the comment stays under 65,536 characters and points to the summary', async () => {
    const routes = Array.from({ length: 600 }, (_, index) => route(`route-${index}`).replace('keyOwner: "@acme/design"', 'keyOwner: unknown').replace('secretRef: none', 'secretRef: nope'));
    const run = await pullRequest(workspace({ 'image-routes.yml': manifest(...routes) }));
    expect(run.code).toBe(1);
    const [comment] = stickies();
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body).toMatch(/\d+ more findings?: see the job summary/);
    expect(run.summary).toContain('route-599');
    // GitHub shows 10 error annotations per step, the step's own failure message included: 9 findings
    // and the failure message, and a notice counts the rest.
    const errors = run.annotations.filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors.filter((line) => line.includes('fail the policy'))).toHaveLength(1);
    expect(run.annotations.filter((line) => line.startsWith('::warning')).length).toBeLessThanOrEqual(10);
    expect(run.annotations).toContain('::notice title=image-route-policy::1191 more errors not annotated (GitHub shows 10 per level): see the job summary or run image-route-policy check');
  });
});

describe('new in this pull request', () => {
  const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';
  const owned = (id: string) => route(id);
  const unowned = (id: string) => route(id).replace('keyOwner: "@acme/design"', 'keyOwner: unknown');
  const drawing = 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const draw = (prompt: string) =>\n  client.images.generate({ model: "gpt-image-1.5", prompt });\n';
  const headPayload = () => pullRequestPayload({ number: PR, baseSha: BASE_SHA, headSha: HEAD_SHA });

  /** The checkout holds the head files; the API knows both commits, so the pull request's files are their difference. */
  function pullRequestChanging(base: Record<string, string>, head: Record<string, string>): string {
    for (const [file, text] of Object.entries(base)) emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, file, text);
    for (const [file, text] of Object.entries(head)) emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, HEAD_SHA, file, text);
    emulator.setPullRequestRefs(PR, { base: BASE_SHA, head: HEAD_SHA });
    return workspace(head);
  }
  const findingsOf = (run: ActionRun) => (JSON.parse(run.reportFile!) as { findings: { rule: string; route: string | null; file: string; line: number; new?: boolean }[] }).findings;
  const contentReads = () => emulator.requests.filter((request) => request.template === '/repos/{owner}/{repo}/contents/{path}').map((request) => decodeURIComponent(request.path.replace(/^.*\/contents\//, '')));

  it('a pull request adding a failing route to a base that has one marks only the new finding new', async () => {
    const root = pullRequestChanging({ 'image-routes.yml': manifest(unowned('old-route')) }, { 'image-routes.yml': manifest(unowned('old-route'), unowned('new-route')) });
    const run = await pullRequest(root, {}, headPayload());
    expect(run.code).toBe(1);
    const owners = findingsOf(run).filter((finding) => finding.rule === 'key-owner-missing');
    expect(owners.map(({ route, line, new: fresh }) => ({ route, line, new: fresh }))).toEqual([
      { route: 'old-route', line: 7, new: false },
      { route: 'new-route', line: 16, new: true },
    ]);
    // The comment says the same: one new finding, its route first in the matrix and marked.
    const body = stickies()[0]!.body;
    expect(body).toContain('🆕 **1 finding new in this pull request** (1 error), marked 🆕 below. 1 finding was already on the base branch.');
    expect(body).toContain('| <code>new-route</code> 🆕 | [image-routes.yml:12]');
    expect(body).toContain('| <code>old-route</code> | [image-routes.yml:3]');
    expect(body.match(/^\| \[<code>[a-z-]+<\/code>\]\([^)]*\)( 🆕)?<br>/gm)).toEqual([expect.stringContaining('new-route</code>](https://github.com/Codertocat/Hello-World/blob/0123456789abcdef0123456789abcdef01234567/image-routes.yml#L12) 🆕'), expect.stringContaining('old-route')]);
    // New findings are annotated first, and say so.
    expect(run.annotations[0]).toMatch(/^::error file=image-routes\.yml,line=16,col=15,title=\[new\] key-owner-missing \(new-route\)::/);
    expect(run.annotations[1]).toMatch(/^::error file=image-routes\.yml,line=7,col=15,title=key-owner-missing \(old-route\)::/);
    // One list of changed files; the policy lookup and the manifest's base version: one read each.
    expect(emulator.count('GET', /\/pulls\/7\/files$/)).toBe(1);
    expect(contentReads().sort()).toEqual(['.github/image-route-policy.yml', 'image-routes.yml']);
  });

  it('fail-on-scope: new passes a pull request that adds no finding and fails one that adds a finding', async () => {
    const before = { 'image-routes.yml': manifest(unowned('old-route')) };
    const quiet = await pullRequest(pullRequestChanging(before, { ...before, 'README.md': '# docs\n' }), { 'fail-on-scope': 'new' }, headPayload());
    expect(quiet.code).toBe(0);
    expect(quiet.outputs).toMatchObject({ passed: 'true', errors: '1' });
    expect(findingsOf(quiet).every((finding) => finding.new === false)).toBe(true);
    // README.md is neither a manifest nor source: its base version is never read.
    expect(contentReads()).toEqual(['.github/image-route-policy.yml']);
    const all = await pullRequest(pullRequestChanging(before, { ...before, 'README.md': '# docs\n' }), {}, headPayload());
    expect(all.code).toBe(1);

    emulator.reset();
    const adding = await pullRequest(pullRequestChanging(before, { 'image-routes.yml': manifest(unowned('old-route'), unowned('new-route')) }), { 'fail-on-scope': 'new' }, headPayload());
    expect(adding.code).toBe(1);
    expect(adding.stdout).toContain('::error::image-route-policy: 2 error(s) and 0 warning(s), 1 of them new in this pull request, fail the policy');
  });

  it('call sites: an added undeclared call is new; one the base had is not, and a file without a provider hint is not read', async () => {
    const base = { 'image-routes.yml': manifest(owned('sketch')), 'src/old.ts': drawing, 'src/util.ts': 'export const add = (a: number, b: number) => a + b;\n' };
    const head = { ...base, 'src/util.ts': 'export const add = (a: number, b: number) => b + a;\n', 'src/new.ts': `// moved here\n${drawing}` };
    const run = await pullRequest(pullRequestChanging(base, head), { 'fail-on-scope': 'new' }, headPayload());
    const undeclared = findingsOf(run).filter((finding) => finding.rule === 'route-undeclared');
    expect(undeclared.map(({ file, line, new: fresh }) => ({ file, line, new: fresh }))).toEqual([
      { file: 'src/new.ts', line: 5, new: true },
      { file: 'src/old.ts', line: 4, new: false },
    ]);
    expect(run.code).toBe(1);
    // src/new.ts was added (nothing at the base) and src/util.ts has no provider hint: neither is read.
    expect(contentReads()).toEqual(['.github/image-route-policy.yml']);
  });

  it('a pull request adding an SDK call to an existing file: the call is new, and the file is not read at the base (the patch shows its base had no hint)', async () => {
    const util = 'export const add = (a: number, b: number) => a + b;\n';
    const base = { 'image-routes.yml': manifest(owned('sketch')), 'src/util.ts': util };
    const run = await pullRequest(pullRequestChanging(base, { ...base, 'src/util.ts': `${util}${drawing}` }), {}, headPayload());
    expect(findingsOf(run).filter((finding) => finding.rule === 'route-undeclared').map(({ file, line, new: fresh }) => ({ file, line, new: fresh }))).toEqual([{ file: 'src/util.ts', line: 5, new: true }]);
    expect(contentReads()).toEqual(['.github/image-route-policy.yml']);
  });

  it('a pull request that removes the only call makes its route unused: the finding is new, because the base read the removed call', async () => {
    const internal = manifest(owned('sketch').replace(/kind: browser-playground\n( *)stage: exploration/, 'kind: official-api\n$1provider: openai\n$1code: ["src/**"]\n$1stage: internal'));
    const call = 'import OpenAI from "openai";\nconst client = new OpenAI();\n// image-route: sketch\nexport const draw = (prompt: string) => client.images.generate({ model: "gpt-image-2", prompt });\n';
    const base = { 'image-routes.yml': internal, 'src/draw.ts': `export const x = 1;\n${call}` };
    const head = { ...base, 'src/draw.ts': 'export const x = 1;\n' };
    const run = await pullRequest(pullRequestChanging(base, head), {}, headPayload());
    const unused = findingsOf(run).filter((finding) => finding.rule === 'route-unused');
    expect(unused).toEqual([expect.objectContaining({ route: 'sketch', new: true })]);
    // The head file has no hint, but the removed lines do: its base version is read.
    expect(contentReads().sort()).toEqual(['.github/image-route-policy.yml', 'src/draw.ts']);
  });

  it('from git when the checkout has the base commit: no list and no contents request', async () => {
    const root = workspace({});
    initGit(root);
    writeFiles(root, { 'image-routes.yml': manifest(unowned('old-route')) });
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    const baseSha = git(root, 'rev-parse', 'HEAD');
    writeFiles(root, { 'image-routes.yml': manifest(unowned('old-route'), unowned('new-route')) });
    git(root, 'commit', '-q', '-am', 'head');
    const run = await pullRequest(root, {}, pullRequestPayload({ number: PR, baseSha, headSha: git(root, 'rev-parse', 'HEAD') }));
    expect(findingsOf(run).filter((finding) => finding.rule === 'key-owner-missing').map((finding) => [finding.route, finding.new])).toEqual([
      ['old-route', false],
      ['new-route', true],
    ]);
    expect(run.stdout).toContain('(from git): 1 changed file(s), 1 base version(s) read');
    expect(emulator.count('GET', /\/pulls\/7\/files$/)).toBe(0);
    // The base-policy check reads from git too.
    expect(contentReads()).toEqual([]);
  });

  it('when the base cannot be listed: one warning, no finding marked, and fail-on-scope: new counts every finding', async () => {
    const root = pullRequestChanging({ 'image-routes.yml': manifest(unowned('old-route')) }, { 'image-routes.yml': manifest(unowned('old-route')) });
    emulator.fail({ method: 'GET', path: /\/pulls\/7\/files$/ }, faults.status(422));
    const run = await pullRequest(root, { 'fail-on-scope': 'new' }, headPayload());
    expect(run.code).toBe(1);
    expect(run.annotations.filter((line) => line.startsWith('::warning')).join('\n')).toContain('could not judge the base (f95f852)');
    expect(findingsOf(run).every((finding) => finding.new === undefined)).toBe(true);
  });
});

describe('merge queue', () => {
  it('merge_group runs check mode: annotations and summary, no comment, and the policy fails the step', async () => {
    const root = workspace({ 'image-routes.yml': failing });
    emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, 'image-routes.yml', failing);
    const run = await runAction({
      workspace: root,
      eventName: 'merge_group',
      payload: { action: 'checks_requested', merge_group: { head_sha: BASE_SHA, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-f95f852', base_sha: BASE_SHA, base_ref: 'refs/heads/main' } },
      apiUrl: emulator.url,
      inputs: { 'github-token': WRITE_TOKEN, today: TODAY },
    });
    expect(run.code).toBe(1);
    expect(run.annotations[0]).toMatch(/^::error file=image-routes\.yml,line=7,col=15,title=key-owner-missing \(sketch\)::/);
    expect(run.summary).toContain('| <code>sketch</code> |');
    expect(emulator.writes()).toEqual([]);
    expect(emulator.requests.filter((request) => /comments/.test(request.path))).toEqual([]);
  });
});

describe('merge queue with fail-on-scope: new', () => {
  const GROUP_HEAD = '89abcdef0123456789abcdef0123456789abcdef';
  const unowned = (id: string) => route(id).replace('keyOwner: "@acme/design"', 'keyOwner: unknown');
  const mergeGroup = (head: Record<string, string>) => {
    const base = { 'image-routes.yml': manifest(unowned('old-route')) };
    for (const [file, text] of Object.entries(base)) emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, file, text);
    for (const [file, text] of Object.entries(head)) emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, GROUP_HEAD, file, text);
    return runAction({
      workspace: workspace(head),
      eventName: 'merge_group',
      payload: { action: 'checks_requested', merge_group: { head_sha: GROUP_HEAD, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-f95f852', base_sha: BASE_SHA, base_ref: 'refs/heads/main' } },
      apiUrl: emulator.url,
      inputs: { 'github-token': WRITE_TOKEN, today: TODAY, 'fail-on-scope': 'new' },
    });
  };

  it('compares the group with its base commit (one comparison request): an old finding passes, a new one fails', async () => {
    const quiet = await mergeGroup({ 'image-routes.yml': manifest(unowned('old-route')), 'README.md': '# docs\n' });
    expect(quiet.code).toBe(0);
    expect(emulator.count('GET', /\/compare\/f95f852bd8fca8fcc58a9a2d6c842781e32a215e\.\.\.89abcdef/)).toBe(1);
    expect(emulator.writes()).toEqual([]);
    const adding = await mergeGroup({ 'image-routes.yml': manifest(unowned('old-route'), unowned('new-route')) });
    expect(adding.code).toBe(1);
    expect(adding.annotations[0]).toMatch(/title=\[new\] key-owner-missing \(new-route\)/);
  });
});

describe('org-wide presets', () => {
  const org = 'version: 1\nextends: [recommended]\nrules:\n  key-owner-missing: warning\n';

  it('a pinned remote preset is fetched with the policy token and applied', async () => {
    emulator.setFile('acme', 'governance', 'v2.1.0', 'image-routes/org.yml', org);
    const run = await pullRequest(workspace({ 'image-routes.yml': failing }), { policy: 'acme/governance/image-routes/org.yml@v2.1.0', 'policy-token': WRITE_TOKEN });
    expect(run.code).toBe(0);
    expect(emulator.count('GET', /\/repos\/acme\/governance\/contents\//)).toBe(1);
  });

  it('a missing ref fails the step with a message naming the reference', async () => {
    emulator.setFile('acme', 'governance', 'v2.1.0', 'image-routes/org.yml', org);
    const run = await pullRequest(workspace({ 'image-routes.yml': clean }), { policy: 'acme/governance/image-routes/org.yml@v9.9.9' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::image-route-policy: configuration error%0A.*preset acme\/governance\/image-routes\/org\.yml@v9\.9\.9: not found/);
    expect(emulator.writes()).toEqual([]);
  });

  it('a token without access fails the step naming the reference', async () => {
    emulator.setFile('acme', 'governance', 'v2.1.0', 'image-routes/org.yml', org);
    const run = await pullRequest(workspace({ 'image-routes.yml': clean }), { policy: 'acme/governance/image-routes/org.yml@v2.1.0', 'policy-token': READ_ONLY_TOKEN });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/acme\/governance\/image-routes\/org\.yml@v2\.1\.0: not found/);
  });
});

describe('stale mode', () => {
  const schedule = (root: string, inputs: Record<string, string> = {}) =>
    runAction({ workspace: root, eventName: 'schedule', payload: { schedule: '17 6 * * 1' }, apiUrl: emulator.url, inputs: { 'github-token': WRITE_TOKEN, ...inputs } });
  const trackingIssues = () => emulator.issues().filter((issue) => String((issue as { body?: string }).body ?? '').includes(STALE_MARKER)) as { number: number; state: string; body: string; labels: { name: string }[] }[];

  it('creates one labelled issue, leaves it alone when nothing changes, and closes it when nothing is stale', async () => {
    const root = workspace({ 'image-routes.yml': clean });
    // sketch (a playground) goes stale on 2026-12-21: within 14 days of 2026-12-10.
    const first = await schedule(root, { today: '2026-12-10' });
    expect(first.code).toBe(0);
    expect(first.outputs['stale-routes']).toBe('1');
    const [issue] = trackingIssues();
    expect(issue).toMatchObject({ state: 'open', labels: [expect.objectContaining({ name: 'image-route-policy' })] });
    expect(issue!.body).toContain('[image-routes.yml:3](https://github.com/Codertocat/Hello-World/blob/main/image-routes.yml#L3)');
    expect(issue!.body).toContain('```mermaid\ngantt');
    // The issue names the command that closes the loop, per key owner.
    expect(issue!.body).toMatch(/### After re-verifying[\s\S]*acme\/design.*: <code>image-route-policy touch sketch<\/code>/);
    expect(first.outputs['issue-number']).toBe(String(issue!.number));

    const before = emulator.requests.length;
    const again = await schedule(root, { today: '2026-12-10' });
    expect(again.code).toBe(0);
    expect(emulator.requests.slice(before).filter((request) => request.method !== 'GET')).toEqual([]);

    // The owner runs the command the issue gives, with the bundled CLI.
    const touched = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli.js'), 'touch', 'sketch', '--today', '2026-12-09'], { cwd: root, encoding: 'utf8' });
    expect(touched.status).toBe(0);
    expect(fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8')).toBe(clean.replace('checked: 2026-11-20', 'checked: 2026-12-09'));
    const fixed = await schedule(root, { today: '2026-12-10' });
    expect(fixed.code).toBe(0);
    expect(trackingIssues()).toEqual([expect.objectContaining({ number: issue!.number, state: 'closed' })]);
    expect(emulator.comments(issue!.number).map((comment) => (comment as { body: string }).body)).toEqual([expect.stringContaining('closing this issue')]);
  });

  it('edits the issue when the list changes, and passes even when routes are stale', async () => {
    const root = workspace({ 'image-routes.yml': clean });
    await schedule(root, { today: '2026-12-10' });
    writeFiles(root, { 'image-routes.yml': manifest(route('sketch'), route('second', '').replace('checked: 2026-11-20', 'checked: 2026-10-01')) });
    const run = await schedule(root, { today: '2026-12-10' });
    expect(run.code).toBe(0);
    expect(trackingIssues()).toHaveLength(1);
    expect(trackingIssues()[0]!.body).toContain('second');
    expect(emulator.writes().map((request) => request.method)).toEqual(['POST', 'PATCH']);
  });

  it('fails only on an invalid configuration', async () => {
    const run = await schedule(workspace({ 'image-routes.yml': clean, '.github/image-route-policy.yml': 'version: 1\nrulez: {}\n' }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('.github/image-route-policy.yml:2:1: unknown key `rulez`');
  });
});
