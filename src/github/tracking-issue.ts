// The one open stale-date tracking issue: labelled, marked, created when routes need re-checking,
// edited only when its content changes, and closed with a comment when nothing is left.
import type { GitHubClient } from './client.js';

export interface IssueTarget {
  owner: string;
  repo: string;
  label: string;
  marker: string;
}

export type IssueAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'none';

export interface IssueResult {
  action: IssueAction;
  number?: number;
}

async function trackingIssues(client: GitHubClient, target: IssueTarget): Promise<{ number: number; title: string; body: string }[]> {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    labels: target.label,
    state: 'open',
    per_page: 100,
  });
  return issues
    .filter((issue) => !issue.pull_request && (issue.body ?? '').includes(target.marker))
    .map((issue) => ({ number: issue.number, title: issue.title, body: issue.body ?? '' }))
    .sort((a, b) => a.number - b.number);
}

/** With `content` the issue should exist with it; without, the open one (if any) is closed with `closing`. */
export async function syncTrackingIssue(
  client: GitHubClient,
  target: IssueTarget,
  content: { title: string; body: string } | undefined,
  closing: string,
): Promise<IssueResult> {
  const [issue, ...duplicates] = await trackingIssues(client, target);
  const { owner, repo } = target;
  // More than one open tracking issue (two runs at once): keep the oldest.
  for (const extra of duplicates) {
    await client.rest.issues.update({ owner, repo, issue_number: extra.number, state: 'closed', state_reason: 'not_planned' });
  }
  if (!content) {
    if (!issue) return { action: 'none' };
    await client.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: closing });
    await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: issue.number };
  }
  if (!issue) {
    const created = await client.rest.issues.create({ owner, repo, title: content.title, body: content.body, labels: [target.label] });
    return { action: 'created', number: created.data.number };
  }
  if (issue.body.trim() === content.body.trim() && issue.title === content.title) return { action: 'unchanged', number: issue.number };
  await client.rest.issues.update({ owner, repo, issue_number: issue.number, title: content.title, body: content.body });
  return { action: 'updated', number: issue.number };
}
