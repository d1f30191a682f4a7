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

/** The base versions when `sha` is a commit of the checkout's repository; undefined when git or the commit is not there. */
export function gitBaseVersions(root: string, sha: string): BaseVersions | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  try {
    git(root, ['cat-file', '-e', `${sha}^{commit}`]);
  } catch {
    return undefined;
  }
  // The working tree against the base commit: what the pull request changed (the merge commit
  // checked out is the base plus the pull request).
  const listing = git(root, ['diff', '--name-status', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', sha, '--']).toString('utf8');
  const parts = listing.split('\0');
  const changed: ChangedFile[] = [];
  for (let index = 0; index + 1 < parts.length; index += 2) {
    const letter = parts[index]!.charAt(0);
    const file = parts[index + 1]!;
    changed.push({ path: file, status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified' });
  }
  return {
    changed,
    label: sha.slice(0, 7),
    async read(repositoryPath) {
      try {
        return git(root, ['cat-file', 'blob', `${sha}:${repositoryPath}`]);
      } catch {
        return undefined;
      }
    },
  };
}
