// The GitHub Action: a thin shell over the same `runCheck` as the CLI. Check mode annotates, writes
// the job summary, keeps the sticky PR comment and fails the step when the policy fails; stale mode
// keeps the tracking issue. Nothing here decides what a finding is.
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { baseFileReader, decideBasePolicy, type BaseRef } from '../github/base-policy.js';
import { createClient, statusOf, type GitHubClient } from '../github/client.js';
import { readInputs, type ActionInputs } from '../github/inputs.js';
import { comparisonVersions, pullRequestVersions } from '../github/pull-files.js';
import { judgeBase, type BaseVersions } from '../diff/base-tree.js';
import { gitBaseVersions } from '../diff/git.js';
import { applyFailScope, markNew } from '../report/scope.js';
import { upsertStickyComment, type CommentResult } from '../github/sticky-comment.js';
import { syncTrackingIssue } from '../github/tracking-issue.js';
import { findRepositoryRoot, UsageError } from '../manifest/discover.js';
import { ConfigError } from '../policy/errors.js';
import { enabledRuleIds } from '../policy/resolve.js';
import { fails } from '../policy/severity.js';
// Messages of the Action's own can quote a policy or manifest (a configuration error, the policy
// note): @actions/core escapes only %, CR and LF of a workflow command, so sanitizeTerminal takes
// escape sequences, control and bidi characters and key material out first.
import { sanitizeTerminal } from '../report/escape.js';
import { COMMENT_MARKER, formatGithub, formatJson, formatMarkdown, formatSarif, formatSummary } from '../report/index.js';
import { formatNothingStale, formatStaleClosing, formatStaleIssue, STALE_MARKER } from '../report/format-stale.js';
import type { Report } from '../report/schema.js';
import { staleRoutes, type StaleRoute } from '../report/stale.js';
import { runCheck, type CheckOptions, type CheckResult } from '../run.js';
import { utcToday } from '../text/dates.js';
import { ISSUES_URL } from '../version.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

interface Run {
  inputs: ActionInputs;
  owner: string;
  repo: string;
  cwd: string;
  root: string;
  today: string;
  apiUrl: string;
  client: () => GitHubClient;
}

export async function main(): Promise<void> {
  try {
    const inputs = readInputs();
    const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
    let cachedClient: GitHubClient | undefined;
    const run: Run = {
      inputs,
      owner: context.repo.owner,
      repo: context.repo.repo,
      cwd,
      root: findRepositoryRoot(cwd),
      today: inputs.today ?? utcToday(),
      apiUrl: context.apiUrl,
      client: () => (cachedClient ??= createClient(inputs.githubToken, (message) => core.info(message), context.apiUrl)),
    };
    const mode = inputs.mode === 'auto' ? (context.eventName === 'schedule' ? 'stale' : 'check') : inputs.mode;
    if (mode === 'stale') await staleMode(run);
    else await checkMode(run);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      core.setFailed(sanitizeTerminal(`image-route-policy: configuration error\n${error.message}`));
    } else {
      core.setFailed(sanitizeTerminal(`image-route-policy: internal error: ${(error as Error)?.message ?? String(error)}. This is a bug: please report it at ${ISSUES_URL}.`));
    }
  }
}

function checkOptions(run: Run): CheckOptions {
  return {
    cwd: run.cwd,
    root: run.root,
    patterns: run.inputs.routes,
    policy: run.inputs.policy,
    today: run.today,
    failOn: run.inputs.failOn,
    token: run.inputs.policyToken,
    apiUrl: run.apiUrl,
    // `routes` selects manifests; the code scan reads the whole checked-out tree.
    scan: run.inputs.scan,
    scanWholeTree: true,
    // A pull request's (or merge group's) base is judged from the same parsed manifests.
    keepBasis: true,
  };
}

async function checkMode(run: Run): Promise<void> {
  const pullRequest = PULL_REQUEST_EVENTS.has(context.eventName) ? context.payload.pull_request : undefined;
  const options = checkOptions(run);
  // What the change is compared with: a pull request's base, or a merge group's base commit (so
  // fail-on-scope: new holds in the merge queue too).
  const group = context.eventName === 'merge_group' ? (context.payload.merge_group as { base_sha?: string; head_sha?: string } | undefined) : undefined;
  const base: BaseRef | undefined = pullRequest?.base?.sha
    ? { owner: run.owner, repo: run.repo, sha: String(pullRequest.base.sha) }
    : group?.base_sha && group.head_sha
      ? { owner: run.owner, repo: run.repo, sha: String(group.base_sha) }
      : undefined;
  // Git, when the checkout has the base commit, answers both the base-policy check and the base tree
  // with no request; else one contents reader serves both, so no file is read twice.
  const fromGit = base ? tryGit(run.root, base.sha) : undefined;
  const readBase = base ? (fromGit ? textReader(fromGit.read) : baseFileReader(run.client(), base)) : undefined;
  if (pullRequest && base && readBase) {
    const decision = await decideBasePolicy(run.client(), base, run.inputs.policy, { ...options, root: run.root }, readBase);
    if (decision.readRepositoryFile) {
      options.readRepositoryFile = decision.readRepositoryFile;
      options.policyNote = decision.note;
      core.warning(sanitizeTerminal(decision.note!));
    }
  }
  const head = await runCheck(options);
  const { policy } = head;
  let report = head.report;
  let baseWarning = false;
  if (base && readBase) {
    const list = fromGit
      ? async () => fromGit
      : pullRequest
        ? () => pullRequestVersions(run.client(), { ...base, number: Number(pullRequest.number) }, readBase)
        : () => comparisonVersions(run.client(), { ...base, head: String(group!.head_sha) }, readBase);
    const judged = await judgeNew(run, head, fromGit ? 'git' : 'the API', list);
    if (typeof judged === 'string') {
      baseWarning = true;
      core.warning(sanitizeTerminal(`image-route-policy could not judge the base (${base.sha.slice(0, 7)}): ${judged}. Findings are not marked new${run.inputs.failOnScope === 'new' ? ', and every finding counts for fail-on-scope: new' : ''}.`));
    } else report = judged;
  }
  report = applyFailScope(report, run.inputs.failOnScope);
  const headSha = String(pullRequest?.head?.sha ?? context.sha ?? '');
  const fileUrl = blobUrl(run, headSha);

  publishReport(run, report);
  // The step's failure message is an error annotation, and the warnings this step may write (the
  // base-policy note, a comment it cannot write) are warning annotations: they keep their slots.
  const reserve = { error: report.passed ? 0 : 1, warning: (options.policyNote ? 1 : 0) + (baseWarning ? 1 : 0) + (pullRequest ? 1 : 0) };
  process.stdout.write(formatGithub(report, { reserve }));
  await writeSummary(formatSummary(report, { fileUrl }));
  if (run.inputs.sarifFile) writeFile(path.resolve(run.cwd, run.inputs.sarifFile), formatSarif(report, { rules: enabledRuleIds(policy) }));

  if (pullRequest && run.inputs.comment !== 'never') {
    const hasFindings = report.findings.length > 0;
    const result = await tryWrite('the pull-request comment', () =>
      upsertStickyComment(
        run.client(),
        { owner: run.owner, repo: run.repo, issueNumber: Number(pullRequest.number), marker: COMMENT_MARKER },
        formatMarkdown(report, { fileUrl }),
        run.inputs.comment === 'always' || hasFindings,
      ),
    );
    if (result?.id !== undefined) core.setOutput('comment-id', String(result.id));
    if (result) core.info(`pull-request comment: ${result.action}${result.removed ? ` (${result.removed} duplicate(s) removed)` : ''}`);
  }

  if (!report.passed) {
    const { errors, warnings } = report.summary;
    const scope = run.inputs.failOnScope === 'new' ? countNew(report) : '';
    core.setFailed(`image-route-policy: ${errors} error(s) and ${warnings} warning(s)${scope} fail the policy (failOn: ${report.failOn}); see the annotations and the job summary.`);
  }
}

/** ", N of them new" for the failure message under fail-on-scope: new. */
function countNew(report: Report): string {
  const fresh = report.findings.filter((finding) => finding.status === 'open' && finding.new !== false && fails(finding.severity, report.failOn)).length;
  return `, ${fresh} of them new in this pull request,`;
}

/** The base versions from git, or undefined when the checkout lacks git or the base commit (or git fails). */
function tryGit(root: string, sha: string): BaseVersions | undefined {
  try {
    return gitBaseVersions(root, sha);
  } catch {
    return undefined;
  }
}

/** A bytes reader as the text reader the policy loader takes. */
function textReader(read: BaseVersions['read']): (repositoryPath: string) => Promise<string | undefined> {
  return async (repositoryPath) => {
    const bytes = await read(repositoryPath);
    return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
  };
}

/**
 * Marks the head's findings new or not by judging the base tree. Returns why not when the base
 * cannot be judged (too many changed files, an API failure).
 */
async function judgeNew(run: Run, head: CheckResult, source: string, list: () => Promise<BaseVersions | { unknown: string }>): Promise<Report | string> {
  try {
    const versions = await list();
    if ('unknown' in versions) return versions.unknown;
    const judged = await judgeBase(head, versions, run.today);
    core.info(`base ${versions.label} (from ${source}): ${versions.changed.length} changed file(s), ${judged.read} base version(s) read, ${judged.skipped} passed over (neither a manifest nor source with a provider hint)`);
    return markNew(head.report, judged.report, judged.renamed);
  } catch (error) {
    return `${(error as Error).message}`;
  }
}

async function staleMode(run: Run): Promise<void> {
  const { report } = await runCheck({ ...checkOptions(run), scan: false });
  const routes = publishReport(run, report);
  const branch = process.env.GITHUB_REF_NAME || 'HEAD';
  const issue = formatStaleIssue(report, routes, { withinDays: run.inputs.staleWithinDays, fileUrl: blobUrl(run, branch) });
  await writeSummary(routes.length ? issue.body : formatNothingStale(report.today, run.inputs.staleWithinDays));
  const result = await tryWrite('the stale-date tracking issue', () =>
    syncTrackingIssue(
      run.client(),
      { owner: run.owner, repo: run.repo, label: run.inputs.issueLabel, marker: STALE_MARKER },
      routes.length ? issue : undefined,
      formatStaleClosing(report.today),
    ),
  );
  if (result?.number !== undefined) core.setOutput('issue-number', String(result.number));
  if (result) core.info(`stale-date tracking issue: ${result.action}${result.number ? ` (#${result.number})` : ''}`);
}

/** The outputs every mode sets, and the JSON report file. Returns the routes to re-check. */
function publishReport(run: Run, report: Report): StaleRoute[] {
  const directory = process.env.RUNNER_TEMP || run.cwd;
  const reportPath = path.join(directory, 'image-route-policy-report.json');
  writeFile(reportPath, formatJson(report));
  core.setOutput('report', reportPath);
  core.setOutput('passed', String(report.passed));
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('routes', String(report.summary.routes));
  const routes = staleRoutes(report, run.inputs.staleWithinDays);
  core.setOutput('stale-routes', String(routes.length));
  return routes;
}

function blobUrl(run: Run, ref: string): (file: string, line: number) => string | undefined {
  const server = (context.serverUrl || 'https://github.com').replace(/\/+$/, '');
  return (file, line) => (ref ? `${server}/${run.owner}/${run.repo}/blob/${ref}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}` : undefined);
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown).write();
}

function writeFile(target: string, text: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
}

/**
 * A write to GitHub that must not lose the report: a fork's read-only token (403) or a failure left
 * after the retries is a warning; the step's result stays the policy's result.
 */
async function tryWrite<T extends CommentResult | { number?: number }>(what: string, write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      core.warning(
        `image-route-policy could not write ${what} (${status}): the token is read-only here, as it is for pull requests from forks, or lacks the permission (pull-requests: write, issues: write). The report is in the annotations and the job summary.`,
      );
    } else {
      core.warning(sanitizeTerminal(`image-route-policy could not write ${what}: ${(error as Error).message}. The report is in the annotations and the job summary.`));
    }
    return undefined;
  }
}
