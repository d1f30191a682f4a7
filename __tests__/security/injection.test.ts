// The injection corpus end to end: every payload of injection-corpus.ts in every field a manifest or
// policy author writes, through the real parser and engine, every format of the CLI (the source
// in-process, with and without colour, and the shipped bundle as a process), `explain` and `stale`,
// and the bundled Action against the emulated GitHub API (PR comment, job summary, annotations and
// logs, the stale-date tracking issue, a configuration error). __tests__/report/injection.test.ts
// covers the formatters on hand-built reports; this file covers what real input turns into.
import fs from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { formatJson } from '../../src/report/format-json.js';
import type { Report } from '../../src/report/schema.js';
import { startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../helpers/github-emulator.js';
import { pullRequestPayload, REPOSITORY } from '../helpers/action-runner.js';
import { injectionRepository, ODD_PRESET, PAYLOAD_NAMES, PAYLOADS, PLACEMENTS, POLICY_PATH, PRESET_TEXT, type InjectionRepository } from './injection-corpus.js';
import {
  cliInProcess,
  cliProcess,
  COMMENT_MARKER,
  commandProblems,
  jsonProblems,
  makeRoot,
  markdownProblems,
  runAction,
  STALE_MARKER,
  terminalProblems,
  TODAY,
  UNSAFE_CHARACTERS,
  write,
  type ActionResult,
} from './support.js';

let repo: InjectionRepository;
const roots: string[] = [];

beforeAll(() => {
  repo = injectionRepository();
  roots.push(repo.root);
});
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

/** The forged marker as the markdown formats write it: as text (`<` and `!` escaped), never as a comment. */
const ESCAPED_MARKER = /&lt;\\?!-- image-route-policy:report --&gt;/;

/** Every string in a parsed JSON value. */
function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, found));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, found.concat(key));
  return found;
}

function sarifProblems(text: string): string[] {
  const problems = jsonProblems(text);
  if (problems.length) return problems;
  const log = JSON.parse(text) as Log;
  for (const value of strings(log)) {
    if (UNSAFE_CHARACTERS.test(value)) problems.push(`sarif: a control or bidi character in ${JSON.stringify(value.slice(0, 80))}`);
  }
  for (const result of log.runs[0]!.results ?? []) {
    const skeleton = result.message.text!.replace(/\\./g, 'x');
    if (/[[\]]/.test(skeleton)) problems.push(`sarif: unescaped link brackets in ${JSON.stringify(result.message.text!.slice(0, 80))}`);
  }
  return problems;
}

/** The workflow-command checks, plus: one command per line, nothing else on stdout. */
function githubProblems(text: string): string[] {
  const problems = commandProblems(text);
  for (const line of text.split('\n')) if (line !== '' && !line.startsWith('::')) problems.push(`a line that is not a command: ${JSON.stringify(line.slice(0, 120))}`);
  return problems;
}

/** Every format of `check` for `args`, each checked for its channel; returns the JSON report. */
async function expectEveryFormatSafe(args: readonly string[]): Promise<{ report: Report; markdown: string }> {
  const base = ['check', ...args, '--today', TODAY];
  const run = (format: string, tty = false) => cliInProcess([...base, '--format', format], repo.root, { tty });
  const [text, coloured, json, markdown, sarif, github] = await Promise.all([run('text'), run('text', true), run('json'), run('markdown'), run('sarif'), run('github')]);
  for (const result of [text, coloured, json, markdown, sarif, github]) {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(text.code);
  }
  expect(terminalProblems(text.stdout)).toEqual([]);
  expect(terminalProblems(coloured.stdout, { color: true })).toEqual([]);
  // Colour adds our SGR codes and nothing else.
  expect(coloured.stdout).toContain('\u001b[');
  // eslint-disable-next-line no-control-regex -- our own SGR codes
  expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).toBe(text.stdout);
  expect(jsonProblems(json.stdout)).toEqual([]);
  // Data, not markup: it round-trips to the same bytes.
  const report = JSON.parse(json.stdout) as Report;
  expect(formatJson(report)).toBe(json.stdout);
  expect(markdownProblems(markdown.stdout, { firstLine: COMMENT_MARKER })).toEqual([]);
  expect(sarifProblems(sarif.stdout)).toEqual([]);
  expect(githubProblems(github.stdout)).toEqual([]);
  return { report, markdown: markdown.stdout };
}

/** What the report quotes of what users wrote: finding routes, fields and messages, route key owners. */
function quoted(report: Report): string {
  return [...report.findings.flatMap((finding) => [finding.route ?? '', finding.field ?? '', finding.message]), ...report.routes.map((route) => route.keyOwner ?? '')].join('\u0001');
}

describe('the checks flag the corpus when it is not escaped', () => {
  // Plain text to markdown: workflow-command text is harmless inside a table cell.
  const inertInMarkdown = new Set(['error command', 'set-output command', 'add-mask command', 'stop-commands', 'encoded command']);
  const table = (cell: string) => `${COMMENT_MARKER}\n| a | b |\n| --- | --- |\n| x | ${cell} |\n`;

  it.each(PAYLOAD_NAMES.filter((name) => !inertInMarkdown.has(name)))('markdown: %s', (name) => {
    expect(markdownProblems(table(PAYLOADS[name]!), { firstLine: COMMENT_MARKER })).not.toEqual([]);
    expect(markdownProblems(table(`x${PAYLOADS[name]!}`).replace(`${COMMENT_MARKER}\n`, ''))).not.toEqual([]);
  });

  it.each(PAYLOAD_NAMES.filter((name) => UNSAFE_CHARACTERS.test(PAYLOADS[name]!) || /\n\s*::/.test(PAYLOADS[name]!)))('terminal and workflow commands: %s', (name) => {
    expect(terminalProblems(`  message ${PAYLOADS[name]!}\n`)).not.toEqual([]);
    expect(commandProblems(`::error file=a.yml::${PAYLOADS[name]!}\n`)).not.toEqual([]);
  });

  it('workflow commands: a raw command on its own line, and a property with a raw colon or comma', () => {
    for (const line of ['::error::pwned', '::set-output name=passed::true', '::add-mask::x', '::error file=a:b::x', '::error file=a,title=b,c::x']) {
      expect(commandProblems(`${line}\n`)).not.toEqual([]);
    }
  });
});

describe('the CLI: every field, every format', () => {
  it.each(PLACEMENTS.map((placement) => [placement.description, placement] as const))('%s', async (_description, placement) => {
    const { report, markdown } = await expectEveryFormatSafe([repo.fieldFolders[placement.slug]!]);
    // The whole report fits in the comment: every row was checked.
    expect(markdown).not.toMatch(/more findings?: see the job summary/);
    if (placement.echo) {
      const text = quoted(report);
      const missing = PAYLOAD_NAMES.filter((name) => !placement.skip?.(name) && !text.includes(placement.echo!(PAYLOADS[name]!)));
      expect(missing).toEqual([]);
      expect(markdown).toMatch(ESCAPED_MARKER);
    }
  });

  it('folder names: every payload as a path, in every format', async () => {
    const { report, markdown } = await expectEveryFormatSafe(['paths']);
    expect(report.manifests).toHaveLength(PAYLOAD_NAMES.length);
    for (const name of PAYLOAD_NAMES) expect(report.manifests.map((manifest) => manifest.file)).toContain(`${repo.pathFolders[name]}/image-routes.yml`);
    expect(markdown).toMatch(ESCAPED_MARKER);
  });

  it("waiver reasons, owners and route globs, and a preset's file name, in every format", async () => {
    const { report, markdown } = await expectEveryFormatSafe(['waived']);
    const waived = report.findings.filter((finding) => finding.status === 'waived');
    expect(waived).toHaveLength(PAYLOAD_NAMES.length);
    for (const name of PAYLOAD_NAMES) {
      expect(waived.map((finding) => finding.waiver!.owner)).toContain(PAYLOADS[name]!.trim());
      expect(report.findings.filter((finding) => finding.rule === 'waiver-unused').map((finding) => finding.route)).toContain(PAYLOADS[name]);
    }
    expect(report.policy.sources).toContain(ODD_PRESET);
    expect(markdown).toMatch(ESCAPED_MARKER);
  });

  it('the shipped bundle as a process: every format of the whole repository, stdout and stderr', () => {
    const formats = ['text', 'json', 'markdown', 'sarif', 'github'] as const;
    for (const format of formats) {
      const run = cliProcess(['check', '--today', TODAY, '--format', format], repo.root);
      expect({ format, code: run.code, stderr: run.stderr }).toEqual({ format, code: 1, stderr: '' });
      const problems = { text: terminalProblems, json: jsonProblems, markdown: (out: string) => markdownProblems(out, { firstLine: COMMENT_MARKER }), sarif: sarifProblems, github: githubProblems }[format](run.stdout);
      expect({ format, problems }).toEqual({ format, problems: [] });
    }
  });

  it('`explain` and `stale`, as text and JSON', () => {
    for (const args of [['explain'], ['explain', '--format', 'json'], ['stale'], ['stale', '--format', 'json']]) {
      const run = cliProcess([...args, '--today', TODAY], repo.root);
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 0, stderr: '' });
      const problems = args.includes('json') ? jsonProblems(run.stdout) : terminalProblems(run.stdout);
      expect({ args, problems }).toEqual({ args, problems: [] });
    }
  });

  it('a configuration error quoting the corpus: stderr carries no escape, control or bidi character', () => {
    const root = makeRoot('irp-injection-config-');
    roots.push(root);
    const keys = Object.fromEntries(PAYLOAD_NAMES.filter((name) => name !== 'long').map((name) => [PAYLOADS[name]!, 1]));
    write(root, POLICY_PATH, `version: 1\n${Object.keys(keys).map((key) => `${JSON.stringify(key).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}: 1`).join('\n')}\n`);
    write(root, 'image-routes.yml', 'version: 1\nroutes: []\n');
    for (const command of ['check', 'explain']) {
      const run = cliProcess([command, '--today', TODAY], root);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('unknown key');
      expect(terminalProblems(run.stderr)).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The Action

describe('the Action', () => {
  const PR = 7;
  const BASE_SHA = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
  let emulator: GitHubEmulator;
  let check: ActionResult;
  const userComment = `Quoting the report so people can find it:\n\n> ${COMMENT_MARKER}\n> ## ❌ Image route policy: failed\n\nplease fix @octocat`;
  let userCommentId: number;

  // The Action's own property-less commands: the policy note (a warning) and the failed step.
  const own = [/^::warning::This pull request changes /, /^::error::image-route-policy: \d+ error\(s\) and \d+ warning\(s\) fail the policy/];

  beforeAll(async () => {
    emulator = await startGitHubEmulator({ repo: `${REPOSITORY.owner}/${REPOSITORY.repo}`, pullRequests: [PR] });
    // The base branch has the same policy and an older version of the odd preset: the pull request
    // "changes" the preset, so the report carries the policy note naming that file.
    emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, POLICY_PATH, repo.policyText);
    emulator.setFile(REPOSITORY.owner, REPOSITORY.repo, BASE_SHA, ODD_PRESET, `# older\n${PRESET_TEXT}`);
    // A person's comment that quotes the marker: it is not the Action's comment.
    userCommentId = (emulator.addComments(PR, 1, { author: 'octocat', body: userComment })[0] as { id: number }).id;
    check = await runAction({
      workspace: repo.root,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: PR, baseSha: BASE_SHA }),
      apiUrl: emulator.url,
      inputs: { 'github-token': WRITE_TOKEN, today: TODAY, 'sarif-file': 'out/report.sarif' },
    });
  });
  afterAll(async () => {
    expect(emulator.violations).toEqual([]);
    await emulator.close();
  });

  const comments = () => emulator.comments(PR) as { id: number; body: string; user: { login: string } }[];

  it('fails the step on the findings, not on the corpus', () => {
    expect(check.stderr).toBe('');
    expect(check.code).toBe(1);
    expect(check.outputs.passed).toBe('false');
    expect(check.stdout).toMatch(own[0]!);
  });

  it('the PR comment: one, marked on its first line only, with the forged marker escaped', () => {
    const ours = comments().filter((comment) => comment.id !== userCommentId);
    expect(ours).toHaveLength(1);
    const body = ours[0]!.body;
    expect(markdownProblems(body, { firstLine: COMMENT_MARKER })).toEqual([]);
    expect(body).toMatch(ESCAPED_MARKER);
    expect(body).toContain('judged by the policy of the base branch');
    expect(check.outputs['comment-id']).toBe(String(ours[0]!.id));
  });

  it("leaves a person's comment that quotes the marker alone", () => {
    expect(comments().find((comment) => comment.id === userCommentId)?.body).toBe(userComment);
  });

  it('the job summary: every route and finding, nothing injected', () => {
    expect(markdownProblems(check.summary)).toEqual([]);
    expect(check.summary).not.toMatch(/left out to stay under the size limit/);
    expect(check.summary).toMatch(ESCAPED_MARKER);
  });

  it('annotations and the log: only our commands, properties escaped, no escape, control or bidi character', () => {
    expect(commandProblems(check.stdout, own)).toEqual([]);
    expect(check.stdout.split('\n').filter((line) => /^::(?:error|warning|notice) file=/.test(line)).length).toBeGreaterThan(0);
  });

  it('the SARIF file and the JSON report file are valid JSON without raw control or bidi characters', () => {
    const sarif = fs.readFileSync(path.join(repo.root, 'out/report.sarif'), 'utf8');
    expect(sarifProblems(sarif)).toEqual([]);
    expect(jsonProblems(check.reportFile!)).toEqual([]);
  });

  it('a rerun finds its own comment by the marker on its first line and writes nothing', async () => {
    const before = emulator.requests.length;
    const rerun = await runAction({
      workspace: repo.root,
      eventName: 'pull_request',
      payload: pullRequestPayload({ number: PR, baseSha: BASE_SHA }),
      apiUrl: emulator.url,
      inputs: { 'github-token': WRITE_TOKEN, today: TODAY, 'sarif-file': 'out/report.sarif' },
    });
    expect(rerun.code).toBe(1);
    expect(emulator.requests.slice(before).filter((request) => request.method !== 'GET' && /comments/.test(request.path))).toEqual([]);
    expect(comments()).toHaveLength(2);
    expect(comments().find((comment) => comment.id === userCommentId)?.body).toBe(userComment);
  });

  it('the stale-date tracking issue: title and body', async () => {
    const stale = await runAction({ workspace: repo.root, eventName: 'schedule', payload: { schedule: '17 6 * * 1' }, apiUrl: emulator.url, inputs: { 'github-token': WRITE_TOKEN, today: TODAY } });
    expect(stale.stderr).toBe('');
    expect(stale.code).toBe(0);
    expect(commandProblems(stale.stdout)).toEqual([]);
    const issues = emulator.issues() as { title: string; body: string }[];
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue!.title).toMatch(/^Image routes: \d+ routes to re-check \(\d+ stale now\)$/);
    const ownLines = [
      /^As of \d{4}-\d\d-\d\d, these routes are stale or go stale within \d+ days: verify each route's owner, billing, limits and terms, then update its `checked` date\. This issue is kept up to date by image-route-policy and closes itself when no route is left\.$/,
      /^### After re-verifying$/,
      /^Once the facts are verified again, the owner records it in the manifest \(comments and layout are kept; add `--tested` after an end-to-end test\):$/,
      /^```(?:mermaid)?$/,
      /^gantt$/,
      /^ {2}(?:title Checked dates and when they go stale|dateFormat YYYY-MM-DD|todayMarker on|section Routes)$/,
      /^ {2}[a-z0-9-]+ :(?:crit, )?[a-z0-9-]+, \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d$/,
    ];
    expect(markdownProblems(issue!.body, { firstLine: STALE_MARKER, ownLines })).toEqual([]);
    // Key owners and folder names from the corpus are in it, escaped.
    expect(issue!.body).toContain('@\u200Doctocat please look');
    expect(issue!.body).toMatch(ESCAPED_MARKER);
    expect(markdownProblems(stale.summary, { firstLine: STALE_MARKER, ownLines })).toEqual([]);
  });

  it('a configuration error quoting the corpus fails the step with a clean message', async () => {
    const root = makeRoot('irp-injection-action-config-');
    roots.push(root);
    const hostile = `${PAYLOADS['ansi colour']} ${PAYLOADS['osc 8 hyperlink']} ${PAYLOADS['bidi override']} ${PAYLOADS['window title']} ${PAYLOADS['8-bit CSI']}`;
    write(root, POLICY_PATH, `version: 1\n${JSON.stringify(hostile).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}: 1\n${JSON.stringify(PAYLOADS['newline command'])}: 2\n`);
    write(root, 'image-routes.yml', 'version: 1\nroutes: []\n');
    const run = await runAction({ workspace: root, eventName: 'push', payload: {}, apiUrl: emulator.url, inputs: { 'github-token': WRITE_TOKEN, today: TODAY } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::image-route-policy: configuration error%0A.*unknown key/m);
    expect(commandProblems(run.stdout, [/^::error::image-route-policy: configuration error%0A/])).toEqual([]);
  });
});
