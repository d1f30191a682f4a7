// A change's base versions through the REST API: the list of changed files (a pull request's, one
// request per 100 files; a merge group's, from the comparison of its base and head commits, one
// request) and, later and only for the files that can change a finding, their contents at the base
// commit (one request each, shared with the base-policy check).
import type { BaseVersions, ChangedFile } from '../diff/base-tree.js';
import type { BaseRef } from './base-policy.js';
import type { GitHubClient } from './client.js';

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000;
const PER_PAGE = 100;

const STATUSES: ReadonlySet<string> = new Set(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged']);

export interface PullRequestRef extends BaseRef {
  number: number;
}

/** GitHub lists at most this many files of a comparison of two commits. */
export const MAX_COMPARED_FILES = 300;

type DiffEntry = { filename: string; status: string; previous_filename?: string; patch?: string; changes: number };

/**
 * The base versions of a pull request, or why they cannot be known (more files changed than GitHub
 * lists). `read` is the shared contents reader at the base SHA.
 */
export async function pullRequestVersions(
  client: GitHubClient,
  pull: PullRequestRef,
  read: (repositoryPath: string) => Promise<string | undefined>,
): Promise<BaseVersions | { unknown: string }> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner: pull.owner, repo: pull.repo, pull_number: pull.number, per_page: PER_PAGE });
  if (files.length >= MAX_LISTED_FILES) return { unknown: `GitHub lists at most ${MAX_LISTED_FILES} changed files of a pull request, and this one has at least that many` };
  return versions(files, pull.sha, read);
}

/**
 * The base versions of a merge group (or any two commits): the comparison lists the files changed
 * between the base and head commits, at most 300 of them.
 */
export async function comparisonVersions(
  client: GitHubClient,
  refs: BaseRef & { head: string },
  read: (repositoryPath: string) => Promise<string | undefined>,
): Promise<BaseVersions | { unknown: string }> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner: refs.owner, repo: refs.repo, basehead: `${refs.sha}...${refs.head}` });
  const files = data.files ?? [];
  if (files.length >= MAX_COMPARED_FILES) return { unknown: `GitHub lists at most ${MAX_COMPARED_FILES} changed files of a comparison, and this one has at least that many` };
  return versions(files, refs.sha, read);
}

function versions(files: readonly DiffEntry[], baseSha: string, read: (repositoryPath: string) => Promise<string | undefined>): BaseVersions {
  const changed: ChangedFile[] = files.map((file) => ({
    path: file.filename,
    status: STATUSES.has(file.status) ? (file.status as ChangedFile['status']) : 'modified',
    ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
    ...(typeof file.patch === 'string' ? patchLines(file.patch) : {}),
    ...(file.status === 'renamed' && file.changes === 0 ? { sameContent: true } : {}),
  }));
  return {
    changed,
    label: baseSha.slice(0, 7),
    async read(repositoryPath) {
      const text = await read(repositoryPath);
      return text === undefined ? undefined : Buffer.from(text, 'utf8');
    },
  };
}

/**
 * The `-` lines of a unified diff's hunks (GitHub's `patch` has no file headers), and the head's line
 * numbers of its `+` lines (from each hunk's `@@ -a,b +c,d @@`).
 */
function patchLines(patch: string): { removedLines: string; addedLines: number[] } {
  const removed: string[] = [];
  const added: number[] = [];
  let headLine = 0;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) headLine = Number(hunk[1]);
    else if (line.startsWith('-')) removed.push(line.slice(1));
    else if (line.startsWith('+')) added.push(headLine++);
    else if (!line.startsWith('\\')) headLine++;
  }
  return { removedLines: removed.join('\n'), addedLines: added };
}
