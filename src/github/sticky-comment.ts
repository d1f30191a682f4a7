// The one sticky pull-request comment, found by its hidden marker (never by its author), edited in
// place, and never written when unchanged. The marker counts only as the body's first line, where
// formatMarkdown puts it: a person's comment that merely quotes it is not ours to edit or delete. Two runs at once can each create one; after creating,
// a run lists again and keeps only the oldest, so at most one survives and it holds a current report.
import { statusOf, type GitHubClient } from './client.js';

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
}

export type CommentAction = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface CommentResult {
  action: CommentAction;
  id?: number;
  /** Duplicates (from concurrent runs) that were removed. */
  removed: number;
}

interface MarkedComment {
  id: number;
  body: string;
}

async function markedComments(client: GitHubClient, target: StickyTarget): Promise<MarkedComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments
    .filter((comment) => (comment.body ?? '').startsWith(target.marker))
    .map((comment) => ({ id: comment.id, body: comment.body ?? '' }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Brings the sticky comment to `body`. With `create: false` an existing comment is still updated
 * (a fixed pull request must not keep an old failure), but none is created.
 */
export async function upsertStickyComment(client: GitHubClient, target: StickyTarget, body: string, create: boolean): Promise<CommentResult> {
  const found = await markedComments(client, target);
  const [sticky, ...extra] = found;
  if (!sticky) {
    if (!create) return { action: 'skipped', removed: 0 };
    const created = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    return settleAfterCreate(client, target, body, created.data.id);
  }
  const removed = await removeComments(client, target, extra);
  if (sticky.body.trim() === body.trim()) return { action: 'unchanged', id: sticky.id, removed };
  await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: sticky.id, body });
  return { action: 'updated', id: sticky.id, removed };
}

/** After creating: keep the oldest marked comment, remove the rest, and make sure the survivor is ours in content. */
async function settleAfterCreate(client: GitHubClient, target: StickyTarget, body: string, ownId: number): Promise<CommentResult> {
  const found = await markedComments(client, target);
  const [oldest, ...extra] = found;
  if (!oldest || oldest.id === ownId) {
    return { action: 'created', id: ownId, removed: await removeComments(client, target, extra) };
  }
  // Another run created one first: ours goes, and the survivor gets this run's report.
  const removed = await removeComments(client, target, extra);
  if (oldest.body.trim() !== body.trim()) {
    await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: oldest.id, body });
  }
  return { action: 'updated', id: oldest.id, removed };
}

async function removeComments(client: GitHubClient, target: StickyTarget, comments: readonly MarkedComment[]): Promise<number> {
  let removed = 0;
  for (const comment of comments) {
    try {
      await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: comment.id });
      removed++;
    } catch (error) {
      // The other run may have removed it already.
      if (statusOf(error) !== 404) throw error;
    }
  }
  return removed;
}
