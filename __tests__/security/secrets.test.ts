// The fake-key corpus: a key of every pattern `secret-in-manifest` knows (made at test time) and a
// raw secretRef value, pasted into every place a manifest or policy author could paste one, must
// never come out of any output — no CLI format, `explain`, `stale`, no stderr, and nothing the Action
// writes (comment, tracking issue, job summary, annotations and logs, outputs, report and SARIF
// files) — and `secret-in-manifest` shows each only as its first four characters and its length.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/report/schema.js';
import { builtinSecrets } from '../../src/secrets/patterns.js';
import { pullRequestPayload, REPOSITORY } from '../helpers/action-runner.js';
import { startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../helpers/github-emulator.js';
import { badPolicies, fakeKeys, leak, mask, POLICY_PATH, secretsRepository, type SecretsRepository } from './secrets-corpus.js';
import { cliInProcess, cliProcess, makeRoot, runAction, TODAY, write, type ActionResult } from './support.js';

const keys = fakeKeys();
const patterned = keys.filter((fake) => fake.kind);
let repo: SecretsRepository;
const roots: string[] = [];

beforeAll(() => {
  repo = secretsRepository(keys);
  roots.push(repo.root);
});
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

/** Every key that shows in any of `outputs` (name → where), for one readable failure. */
function leaks(outputs: Record<string, string>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, text] of Object.entries(outputs)) {
    for (const fake of keys) {
      const where = leak(text, fake);
      if (where) found[`${name}: ${fake.name}`] = where;
    }
  }
  return found;
}

describe('the corpus', () => {
  it('has a key of every pattern, each recognised as what it is', async () => {
    const report = JSON.parse((await cliInProcess(['check', 'keys', '--today', TODAY, '--format', 'json'], repo.root)).stdout) as Report;
    const secretRefs = report.findings.filter((finding) => finding.rule === 'secret-in-manifest' && finding.field === 'secretRef');
    expect(secretRefs).toHaveLength(keys.length);
    for (const fake of keys) {
      const message = secretRefs.find((finding) => finding.message.includes(mask(fake)))?.message;
      // Formats two vendors write alike are named together ("an OpenAI key or Stability API key").
      expect(message).toMatch(fake.kind ? new RegExp(`looks like an? (?:[^(]* or )?${escapeRegExp(fake.kind)}`) : /a value that is not a reference/);
    }
    expect(patterned.map((fake) => fake.value.length)).toContain(39);
  });

  it('the leak check finds a key, part of it, or it lower-cased, and accepts the masks', () => {
    for (const fake of keys) {
      const body = fake.value.slice(fake.prefix.length);
      expect(leak(`x ${fake.value} y`, fake)).toBeDefined();
      expect(leak(`x ${fake.value.toLowerCase()} y`, fake)).toBeDefined();
      expect(leak(`${fake.prefix}${body.slice(0, 12)}…`, fake)).toBeDefined();
      expect(leak(`…${body.slice(-10)}`, fake)).toBeDefined();
      expect(leak(`a message ${mask(fake)} and ${fake.value.slice(0, 4)}...[redacted ${fake.value.length} characters]`, fake)).toBeUndefined();
    }
  });

  it('leaves no key-shaped literal in the test sources', () => {
    const folder = path.dirname(fileURLToPath(import.meta.url));
    const sources = fs.readdirSync(folder).map((file) => fs.readFileSync(path.join(folder, file), 'utf8'));
    for (const source of sources) expect(builtinSecrets().find(source)).toBeUndefined();
  });
});

describe('the CLI', () => {
  let report: Report;
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    for (const format of ['text', 'json', 'markdown', 'sarif', 'github']) {
      const run = cliProcess(['check', '--today', TODAY, '--format', format], repo.root);
      expect(run.code).toBe(1);
      outputs[`check --format ${format} (stdout)`] = run.stdout;
      outputs[`check --format ${format} (stderr)`] = run.stderr;
    }
    const coloured = await cliInProcess(['check', '--today', TODAY], repo.root, { tty: true });
    outputs['check, coloured text'] = coloured.stdout + coloured.stderr;
    for (const args of [['explain'], ['explain', '--format', 'json'], ['stale'], ['stale', '--format', 'json']]) {
      const run = cliProcess([...args, '--today', TODAY], repo.root);
      expect(run.code).toBe(0);
      outputs[`${args.join(' ')} (stdout)`] = run.stdout;
      outputs[`${args.join(' ')} (stderr)`] = run.stderr;
    }
    report = JSON.parse(outputs['check --format json (stdout)']!) as Report;
  });

  it('never prints a key, in whole or in part, in any format, `explain` or `stale`', () => {
    expect(Object.keys(outputs)).toHaveLength(19);
    expect(leaks(outputs)).toEqual({});
  });

  it('`explain` and `stale` quote the waivers, overrides and key owners that hold keys, redacted', () => {
    for (const fake of patterned) {
      const redacted = `${fake.value.slice(0, 4)}...[redacted ${fake.value.length} characters]`;
      for (const name of ['explain (stdout)', 'explain --format json (stdout)', 'stale (stdout)', 'stale --format json (stdout)']) {
        expect({ name, key: fake.name, quoted: outputs[name]!.includes(redacted) }).toEqual({ name, key: fake.name, quoted: true });
      }
    }
  });

  it('finds every key in every place the engine reads', () => {
    const secretFindings = report.findings.filter((finding) => finding.rule === 'secret-in-manifest');
    for (const fake of patterned) {
      const index = keys.indexOf(fake);
      const places = new Set(secretFindings.filter((finding) => finding.message.includes(mask(fake))).map((finding) => `${finding.route ?? finding.file}`));
      // notes, claims, labels, an unknown key's value and name, a nested key, endpoint, key owner, model, provider, data terms, stage, fallback, support/limits/trigger, defaults.
      for (const place of ['secretref', 'notes', 'claims', 'labels', 'unknown-value', 'unknown-key', 'nested-key', 'endpoint', 'keyowner', 'keyowner-text', 'model', 'provider', 'dataterms', 'stage', 'fallback', 'support']) {
        expect({ key: fake.name, place, found: places.has(`k${index}-${place}`) }).toEqual({ key: fake.name, place, found: true });
      }
      expect(places).toContain(`defaults/${index}/image-routes.yml`);
    }
  });

  it('shows a key only as its first four characters and its length', () => {
    for (const fake of keys) {
      for (const out of [outputs['check --format json (stdout)']!, outputs['check --format text (stdout)']!]) {
        expect(out).toContain(mask(fake));
      }
      // SARIF and markdown escape the brackets of the same text.
      expect(outputs['check --format sarif (stdout)']).toContain(`${fake.value.slice(0, 4)}... (${fake.value.length} characters)`);
    }
  });

  it('a key pasted as a preset path is refused before path normalisation could shorten it below a key', () => {
    const bedrock = patterned.find((fake) => fake.kind === 'Amazon Bedrock API key (short-lived)')!;
    // `a//b` normalises to `a/b`: one character fewer, which once made a 16-character body too short to mask.
    const value = `${bedrock.prefix}${bedrock.value.slice(bedrock.prefix.length, bedrock.prefix.length + 8)}//${bedrock.value.slice(bedrock.prefix.length + 8, bedrock.prefix.length + 16)}`;
    const root = makeRoot('irp-secrets-slash-');
    roots.push(root);
    write(root, POLICY_PATH, `version: 1\nextends:\n  - ./${value}.yml\n`);
    write(root, 'image-routes.yml', 'version: 1\nroutes: []\n');
    const run = cliProcess(['check', '--today', TODAY], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/policy file `.*` is not read: it holds what looks like a key/);
    expect(leaks({ stderr: run.stderr, stdout: run.stdout })).toEqual({});
    expect(run.stderr).not.toContain(value.slice(bedrock.prefix.length, bedrock.prefix.length + 8));
  });

  it.each(Object.keys(badPolicies(keys)))('a configuration error with keys in the policy (%s): stderr names the problem, never the key', async (variant) => {
    const texts: Record<string, string> = {};
    const policies = variant === 'unknown keys' ? [badPolicies(keys)[variant]!] : patterned.map((fake) => badPolicies([fake])[variant]!);
    for (const [index, policy] of policies.entries()) {
      const root = makeRoot('irp-secrets-config-');
      roots.push(root);
      write(root, POLICY_PATH, policy);
      write(root, 'image-routes.yml', 'version: 1\nroutes: []\n');
      for (const command of ['check', 'explain']) {
        const run = index === 0 ? cliProcess([command, '--today', TODAY], root) : await cliInProcess([command, '--today', TODAY], root);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/configuration error\n.*image-route-policy\.yml:\d+:\d+: (?:unknown key|policy file|unknown preset)/);
        texts[`${command} #${index} (stderr)`] = run.stderr;
        texts[`${command} #${index} (stdout)`] = run.stdout;
      }
    }
    expect(leaks(texts)).toEqual({});
  });
});

describe('the Action', () => {
  const PR = 7;
  const BASE_SHA = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
  let emulator: GitHubEmulator;
  let check: ActionResult;
  let stale: ActionResult;
  let configError: ActionResult;

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ repo: `${REPOSITORY.owner}/${REPOSITORY.repo}`, pullRequests: [PR] });
    emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, POLICY_PATH, fs.readFileSync(path.join(repo.root, POLICY_PATH), 'utf8'));
    const inputs = { 'github-token': WRITE_TOKEN, today: TODAY, 'sarif-file': 'out/report.sarif', comment: 'always' };
    check = await runAction({ workspace: repo.root, eventName: 'pull_request', payload: pullRequestPayload({ number: PR, baseSha: BASE_SHA }), apiUrl: emulator.url, inputs });
    stale = await runAction({ workspace: repo.root, eventName: 'schedule', payload: { schedule: '17 6 * * 1' }, apiUrl: emulator.url, inputs: { 'github-token': WRITE_TOKEN, today: TODAY } });
    const root = makeRoot('irp-secrets-action-config-');
    roots.push(root);
    write(root, POLICY_PATH, badPolicies(keys)['unknown keys']!);
    write(root, 'image-routes.yml', 'version: 1\nroutes: []\n');
    configError = await runAction({ workspace: root, eventName: 'push', payload: {}, apiUrl: emulator.url, inputs: { 'github-token': WRITE_TOKEN, today: TODAY } });
  });
  afterAll(async () => {
    expect(emulator.violations).toEqual([]);
    await emulator.close();
  });

  it('ran: a failing check, a stale sweep, a configuration error', () => {
    expect(check.code).toBe(1);
    expect(check.outputs.passed).toBe('false');
    expect(stale.code).toBe(0);
    expect(configError.code).toBe(1);
    expect(configError.stdout).toMatch(/^::error::image-route-policy: configuration error%0A.*unknown key/m);
  });

  it('never writes a key: comment, issue, summary, annotations, logs, outputs, report and SARIF files', () => {
    const comments = emulator.comments(PR) as { body: string }[];
    const issues = emulator.issues() as { title: string; body: string }[];
    expect(comments).toHaveLength(1);
    expect(issues).toHaveLength(1);
    const written: Record<string, string> = {
      'PR comment': comments[0]!.body,
      'tracking issue title': issues[0]!.title,
      'tracking issue body': issues[0]!.body,
      'check: job summary': check.summary,
      'check: stdout (annotations, log)': check.stdout,
      'check: stderr': check.stderr,
      'check: GITHUB_OUTPUT': check.outputFile,
      'check: JSON report file': check.reportFile!,
      'check: SARIF file': fs.readFileSync(path.join(repo.root, 'out/report.sarif'), 'utf8'),
      'stale: job summary': stale.summary,
      'stale: stdout': stale.stdout,
      'stale: stderr': stale.stderr,
      'stale: GITHUB_OUTPUT': stale.outputFile,
      'stale: JSON report file': stale.reportFile!,
      'configuration error: stdout': configError.stdout,
      'configuration error: stderr': configError.stderr,
      'every request body sent to GitHub': JSON.stringify(emulator.requests.map((request) => request.body ?? null)),
    };
    for (const [name, text] of Object.entries(written)) expect({ name, empty: text === undefined || text === '' }).toEqual({ name, empty: name.endsWith('stderr') });
    expect(leaks(written)).toEqual({});
  });

  it('shows the masked form in the comment and the annotations', () => {
    const [comment] = emulator.comments(PR) as { body: string }[];
    // Markdown escapes the parentheses.
    expect(comment!.body).toContain(`${patterned[0]!.value.slice(0, 4)}... \\(${patterned[0]!.value.length} characters\\)`);
    const annotations = check.stdout.split('\n').filter((line) => line.startsWith('::error file=') && line.includes('secret-in-manifest'));
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.every((line) => /\.\.\. \(\d+ characters\)/.test(line))).toBe(true);
  });
});


function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
