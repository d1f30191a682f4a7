// `check --changed FILE ...`, what the pre-commit hook runs: the given paths are the files a change
// touches (pre-commit passes the staged ones). The whole repository is judged from its root, so a call
// in a changed file is tied to a route declared in an unchanged manifest and the reverse; then only
// the findings located in the given files are reported, counted and decide the exit code
// (`onlyFiles`). A given path that no longer exists (a deleted file) simply has no findings.
import path from 'node:path';
import { findRepositoryRoot, toRepositoryPath } from '../manifest/discover.js';
import { localPolicyPath } from '../policy/load.js';

export interface ChangedScope {
  /** The repository root: the run starts there, whatever folder the command was run in. */
  root: string;
  /** The given paths as repository paths with `/` (a path outside the repository matches no finding). */
  files: ReadonlySet<string>;
  /** `--policy`, made absolute when it is a path: it was written relative to the current folder, not the root. */
  policy: string | undefined;
}

export function changedScope(cwd: string, paths: readonly string[], policy: string | undefined): ChangedScope {
  const root = findRepositoryRoot(cwd);
  const files = new Set(paths.map((given) => toRepositoryPath(root, path.resolve(cwd, given))));
  const isPath = policy !== undefined && policy !== '' && localPolicyPath(policy, { root, cwd }) !== undefined;
  return { root, files, policy: isPath ? path.resolve(cwd, policy) : policy };
}
