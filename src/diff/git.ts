// A pull request's base versions from git, when the checkout has the base commit (`fetch-depth: 0`
// or 2 with the merge commit): no API request at all. Git runs with a time limit, no prompt, no
// external diff or text conversion, and never with a repository's fsmonitor hook.
import { execFileSync } from 'node:child_process';
import type { BaseVersions, ChangedFile } from './base-tree.js';

const TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 256 * 1024 * 1024;

function git(root: string, args: readonly string[]): Buffer {
  return execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args], {
    cwd: root,
    timeout: TIMEOUT_MS,
    maxBuffer: MAX_OUTPUT,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
  });
}

/** Reads files at `sha` with git; undefined when git or the commit is not there. A missing file reads as undefined. */
export function gitFileReader(root: string, sha: string): ((repositoryPath: string) => Promise<Uint8Array | undefined>) | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  try {
    git(root, ['cat-file', '-e', `${sha}^{commit}`]);
  } catch {
    return undefined;
  }
  return async (repositoryPath) => {
    try {
      return git(root, ['cat-file', 'blob', `${sha}:${repositoryPath}`]);
    } catch {
      return undefined;
    }
  };
}

/** The base versions when `sha` is a commit of the checkout's repository; undefined when git or the commit is not there. */
export function gitBaseVersions(root: string, sha: string): BaseVersions | undefined {
  const read = gitFileReader(root, sha);
  if (!read) return undefined;
  // What the pull request changed: the working tree against the point where it left the base (the
  // base itself when the merge commit is checked out; the fork point when the head is), as GitHub's
  // list of a pull request's files. Base versions are still read at the base commit.
  let since = sha;
  try {
    since = git(root, ['merge-base', sha, 'HEAD']).toString('utf8').trim() || sha;
  } catch {
    // A shallow checkout may lack the fork point: the base commit itself is the best there is.
  }
  const listing = git(root, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', since, '--']).toString('utf8');
  const parts = listing.split('\0');
  const changed: ChangedFile[] = [];
  for (let index = 0; index < parts.length - 1; ) {
    const status = parts[index++]!;
    const letter = status.charAt(0);
    if (letter === 'R' || letter === 'C') {
      const previousPath = parts[index++]!;
      const file = parts[index++]!;
      changed.push({ path: file, previousPath, status: letter === 'R' ? 'renamed' : 'copied', ...(status === 'R100' ? { sameContent: true } : {}) });
    } else changed.push({ path: parts[index++]!, status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified' });
  }
  return { changed, label: sha.slice(0, 7), read };
}
