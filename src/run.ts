// The one path from a folder on disk to a report, shared by the CLI and the Action: discover and
// read manifests, load and resolve the policy, evaluate. Everything with I/O is here or below it;
// `evaluate` itself stays pure.
import { evaluate } from './engine/evaluate.js';
import { discoverManifests, findRepositoryRoot, loadManifests } from './manifest/discover.js';
import { loadBuiltinCatalogs } from './catalog/load.js';
import { loadPolicyChain, type LoadPolicyOptions } from './policy/load.js';
import { resolvePolicy } from './policy/resolve.js';
import type { FailOn } from './policy/severity.js';
import type { ResolvedPolicy } from './policy/types.js';
import type { Report } from './report/schema.js';

export interface PolicyOptions extends Omit<LoadPolicyOptions, 'root'> {
  /** Repository root; found from `cwd` (the nearest `.git`) when not given. */
  root?: string;
  cwd: string;
  /** Path, built-in preset name or `OWNER/REPO/PATH@REF`; default: the repository's policy file, else `recommended`. */
  policy?: string;
  today: string;
  /** Replaces the policy's `failOn`. */
  failOn?: FailOn;
}

export interface CheckOptions extends PolicyOptions {
  /** Paths or globs of manifests; default: every manifest under `cwd`. */
  patterns?: readonly string[];
  /** Shown in the report (the Action says when the base branch's policy judged a pull request). */
  policyNote?: string;
}

export interface CheckResult {
  report: Report;
  policy: ResolvedPolicy;
}

export async function loadPolicy(options: PolicyOptions): Promise<ResolvedPolicy> {
  const root = options.root ?? findRepositoryRoot(options.cwd);
  const layers = await loadPolicyChain(options.policy, { ...options, root });
  const policy = resolvePolicy(layers, loadBuiltinCatalogs(), options.today);
  return options.failOn ? { ...policy, failOn: options.failOn } : policy;
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const root = options.root ?? findRepositoryRoot(options.cwd);
  // The policy first: a configuration error should stop the run before any manifest is read.
  const policy = await loadPolicy({ ...options, root });
  const manifests = loadManifests(root, discoverManifests(options.cwd, options.patterns));
  const report = evaluate(manifests, null, policy, options.today, { policyNote: options.policyNote });
  return { report, policy };
}
