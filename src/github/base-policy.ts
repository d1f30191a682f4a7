// A pull request cannot weaken the policy that judges it: when it changes the policy file or a
// local preset the policy extends (or adds or deletes one), the base branch's versions are used,
// read through the contents API at the base SHA.
import fs from 'node:fs';
import path from 'node:path';
import { loadPolicyChain, localPolicyPath, type LoadPolicyOptions } from '../policy/load.js';
import { ConfigError } from '../policy/errors.js';
import { statusOf, type GitHubClient } from './client.js';

export interface BaseRef {
  owner: string;
  repo: string;
  sha: string;
}

export interface BasePolicyDecision {
  /** Reads repository files at the base SHA; set when the base branch's policy must judge. */
  readRepositoryFile?: (repositoryPath: string) => Promise<string | undefined>;
  /** For the report and the comment. */
  note?: string;
  changed: string[];
}

/** Reads repository files at the base SHA through the contents API, each at most once; 404 is "absent". */
export function baseFileReader(client: GitHubClient, base: BaseRef): (repositoryPath: string) => Promise<string | undefined> {
  const cache = new Map<string, Promise<string | undefined>>();
  return (repositoryPath) => {
    let pending = cache.get(repositoryPath);
    if (!pending) {
      pending = readAt(client, base, repositoryPath);
      cache.set(repositoryPath, pending);
    }
    return pending;
  };
}

async function readAt(client: GitHubClient, base: BaseRef, repositoryPath: string): Promise<string | undefined> {
  try {
    const response = await client.rest.repos.getContent({
      owner: base.owner,
      repo: base.repo,
      path: repositoryPath,
      ref: base.sha,
      mediaType: { format: 'raw' },
    });
    return typeof response.data === 'string' ? response.data : String(response.data);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** Compares the working tree's policy files with the base branch's, through both chains. */
export async function decideBasePolicy(
  client: GitHubClient,
  base: BaseRef,
  policy: string | undefined,
  options: LoadPolicyOptions,
  reader = baseFileReader(client, base),
): Promise<BasePolicyDecision> {
  const readBase = (repositoryPath: string): Promise<string | undefined> =>
    reader(repositoryPath).catch((error: unknown) => {
      throw new ConfigError({
        file: repositoryPath,
        message: `could not read the base branch's version (${base.sha.slice(0, 7)}) to check whether this pull request changes the policy: ${(error as Error).message}`,
      });
    });
  // Either chain may fail to load (a pull request can break its policy): compare what loads.
  const headLayers = await loadPolicyChain(policy, options).catch(() => []);
  const baseLayers = await loadPolicyChain(policy, { ...options, readRepositoryFile: readBase }).catch(() => []);
  const paths = new Set<string>();
  for (const layer of [...headLayers, ...baseLayers]) if (layer.kind === 'local') paths.add(layer.file);
  // The policy file itself counts even when it is missing on one side (added or deleted).
  const own = localPolicyPath(policy, options);
  if (own !== undefined) paths.add(own);

  const changed: string[] = [];
  for (const repositoryPath of [...paths].sort()) {
    if (path.isAbsolute(repositoryPath)) continue;
    const head = readWorkingTree(options.root, repositoryPath);
    const atBase = await readBase(repositoryPath);
    if (head !== atBase) changed.push(repositoryPath);
  }
  if (changed.length === 0) return { changed };
  return {
    changed,
    readRepositoryFile: readBase,
    note: `This pull request changes ${changed.map((file) => `\`${file}\``).join(', ')}; it is judged by the policy of the base branch (${base.sha.slice(0, 7)}), so it cannot weaken the policy that judges it. The new policy applies once it is merged.`,
  };
}

/** Stands for a policy file that is a link out of the repository: never read, always "changed". */
const LINK_OUT = Symbol('a link out of the repository');

function readWorkingTree(root: string, repositoryPath: string): string | undefined | typeof LINK_OUT {
  try {
    const real = fs.realpathSync(path.join(root, repositoryPath));
    const relative = path.relative(fs.realpathSync(root), real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return LINK_OUT;
    return fs.readFileSync(real, 'utf8');
  } catch {
    return undefined;
  }
}
