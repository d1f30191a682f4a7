// Runs the bundled Action the way a runner does: `node dist/index.js` from a copy of the bundle with
// no node_modules beside it, with the runner's environment (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH,
// INPUT_* with dashes kept, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_API_URL, …).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PROJECT_ROOT } from './paths.js';

export const REPOSITORY = { owner: 'Codertocat', repo: 'Hello-World' };

let actionDirectory: string | undefined;

/** A copy of dist/index.js alone in a fresh folder: proof that the bundle needs nothing else. */
export function bundledAction(): string {
  if (actionDirectory) return actionDirectory;
  actionDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-action-'));
  fs.mkdirSync(path.join(actionDirectory, 'dist'));
  fs.copyFileSync(path.join(PROJECT_ROOT, 'dist/index.js'), path.join(actionDirectory, 'dist/index.js'));
  return actionDirectory;
}

type WebhookExample = { name: string; examples: Record<string, unknown>[] };
const require = createRequire(import.meta.url);

/** A real payload from @octokit/webhooks-examples, adjusted for the scenario. */
export function pullRequestPayload(options: { number?: number; baseSha?: string; headSha?: string; fork?: boolean } = {}): Record<string, unknown> {
  const examples = require('@octokit/webhooks-examples') as WebhookExample[];
  const opened = examples.find((example) => example.name === 'pull_request')!.examples.find((example) => example.action === 'opened')!;
  const payload = structuredClone(opened) as {
    number: number;
    pull_request: { number: number; base: { sha: string }; head: { sha: string; repo: { full_name: string; fork: boolean } } };
  };
  payload.number = payload.pull_request.number = options.number ?? 7;
  if (options.baseSha) payload.pull_request.base.sha = options.baseSha;
  if (options.headSha) payload.pull_request.head.sha = options.headSha;
  if (options.fork) {
    payload.pull_request.head.repo.full_name = 'Forker/Hello-World';
    payload.pull_request.head.repo.fork = true;
  }
  return payload as unknown as Record<string, unknown>;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The `::error`/`::warning`/`::notice` lines the Action printed. */
  annotations: string[];
  /** GITHUB_OUTPUT as written. */
  outputFile: string;
  /** The JSON report file the `report` output names, read before the runner's temp folder goes. */
  reportFile: string | undefined;
  /** Every other file the Action wrote into the runner's temp folder (e.g. the SARIF file). */
  tempFiles: Record<string, string>;
}

export interface ActionRunOptions {
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  inputs: Record<string, string>;
  apiUrl: string;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-runner-'));
  const eventPath = path.join(scratch, 'event.json');
  const outputPath = path.join(scratch, 'output.txt');
  const summaryPath = path.join(scratch, 'summary.md');
  fs.writeFileSync(eventPath, JSON.stringify(options.payload));
  fs.writeFileSync(outputPath, '');
  fs.writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${REPOSITORY.owner}/${REPOSITORY.repo}`,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF_NAME: 'main',
    RUNNER_TEMP: scratch,
  };
  // The runner names inputs INPUT_<NAME> upper-cased with dashes kept; action.yml defaults included.
  const inputs = { 'stale-within-days': '14', 'issue-label': 'image-route-policy', mode: 'auto', comment: 'auto', 'fail-on-scope': 'all', routes: '**/image-routes.yml\n**/image-routes.yaml', ...options.inputs };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const child = spawn(process.execPath, [path.join(bundledAction(), 'dist/index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputFile = fs.readFileSync(outputPath, 'utf8');
  const outputs = parseOutputs(outputFile);
  const runnerFiles = new Set([eventPath, outputPath, summaryPath]);
  const tempFiles: Record<string, string> = {};
  for (const name of fs.readdirSync(scratch)) {
    if (!runnerFiles.has(path.join(scratch, name))) tempFiles[name] = fs.readFileSync(path.join(scratch, name), 'utf8');
  }
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    outputs,
    summary: fs.readFileSync(summaryPath, 'utf8'),
    annotations: stdout.split('\n').filter((line) => /^::(error|warning|notice)[ :]/.test(line)),
    outputFile,
    reportFile: outputs.report && fs.existsSync(outputs.report) ? fs.readFileSync(outputs.report, 'utf8') : undefined,
    tempFiles,
  };
  fs.rmSync(scratch, { recursive: true, force: true });
  // The annotation budget holds in every scenario: GitHub shows 10 errors and 10 warnings per step,
  // the step's own messages included, and drops the rest without a word.
  for (const level of ['error', 'warning']) {
    const count = run.annotations.filter((line) => line.startsWith(`::${level}`)).length;
    if (count > 10) throw new Error(`the Action wrote ${count} ${level} annotations; GitHub shows 10`);
  }
  return run;
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}
