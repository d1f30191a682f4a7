// The one path from a folder on disk to a report, shared by the CLI and the Action: discover and
// read manifests and source files (one walk), load and resolve the policy, scan, evaluate. Everything with I/O is here or below it;
// `evaluate` itself stays pure.
import path from 'node:path';
import { evaluate } from './engine/evaluate.js';
import { discoverManifests, findRepositoryRoot, loadManifests, manifestSelector } from './manifest/discover.js';
import type { LoadedManifest } from './manifest/parse.js';
import { loadBuiltinCatalogs } from './catalog/load.js';
import { loadPolicyChain, type LoadPolicyOptions } from './policy/load.js';
import { resolvePolicy } from './policy/resolve.js';
import type { FailOn } from './policy/severity.js';
import type { ResolvedPolicy } from './policy/types.js';
import type { Report } from './report/schema.js';
import { ScanPlan } from './scan/plan.js';
import { scanSources, sourceCollector } from './scan/source.js';
import type { ScanResult } from './scan/types.js';

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
  /** Paths or globs of manifests and source files; default: everything under `cwd`. */
  patterns?: readonly string[];
  /** Read the source for call sites (default: the policy's `scan.enabled`); false is `--no-scan`. */
  scan?: boolean;
  /**
   * `patterns` select manifests only, and the scan reads the whole tree (the Action's `routes` input).
   * The manifest globs' walk collects the source files as it goes; a walk of the tree is added only
   * when the patterns are plain paths that walk nothing.
   */
  scanWholeTree?: boolean;
  /** Shown in the report (the Action says when the base branch's policy judged a pull request). */
  policyNote?: string;
  /**
   * Keep the parsed manifests and the file selection in the result (`basis`), to judge a change's
   * base tree next; otherwise they are dropped once evaluated (a large repository's manifests are
   * most of the heap while the report is formatted).
   */
  keepBasis?: boolean;
}

export interface CheckResult {
  report: Report;
  policy: ResolvedPolicy;
  /** What the code scan read and could not read; null when it did not run. */
  scan: ScanResult | null;
  /** What the report was judged from: kept only when asked (`keepBasis`), for judging a base tree the same way. */
  basis?: CheckBasis;
}

export interface CheckBasis {
  root: string;
  manifests: LoadedManifest[];
  selection: {
    plan: ScanPlan;
    /** Whether a file at this repository path is one of the manifests checked. */
    manifest: (repositoryPath: string) => boolean;
    /** Whether the scan reads a file at this repository path (false when the scan did not run). */
    source: (repositoryPath: string) => boolean;
  };
}

/** A file reached by two walks is read once. */
function dedupe(files: readonly { absolute: string; link: boolean }[]): { absolute: string; link: boolean }[] {
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(file.absolute) && Boolean(seen.add(file.absolute)));
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
  const scanning = (options.scan ?? true) && policy.scan.enabled;
  // One walk finds the manifests and, when the scan runs, the source files.
  const sources = scanning ? sourceCollector(root, policy.scan, options.scanWholeTree) : undefined;
  const manifests = loadManifests(root, discoverManifests(options.cwd, options.patterns, sources));
  const patterns = options.patterns ?? [];
  // Only a scan of the whole repository can call a route unused: not one run from a subfolder, given
  // paths, or narrowed by the policy's `scan.include`.
  const wholeTree = (patterns.length === 0 ? path.resolve(options.cwd) === path.resolve(root) : Boolean(options.scanWholeTree)) && !policy.scan.include;
  if (sources && options.scanWholeTree && patterns.length > 0 && !patterns.some((pattern) => /^(?:\*\*\/|\.\/\*\*\/)/.test(pattern))) discoverManifests(root, [], sources);
  // Compiling the plan from the catalogs costs milliseconds: only a scan (or a base tree) needs it.
  let plan: ScanPlan | undefined;
  const planned = (): ScanPlan => (plan ??= new ScanPlan(policy.providers, policy.catalog));
  const scan = sources ? await scanSources(root, dedupe(sources.files), planned(), wholeTree) : null;
  const report = evaluate(manifests, scan, policy, options.today, { policyNote: options.policyNote });
  const selection = {
    get plan() {
      return planned();
    },
    manifest: manifestSelector(root, options.cwd, options.patterns),
    source: (repositoryPath: string) => sources?.accepts(repositoryPath) ?? false,
  };
  return { report, policy, scan, ...(options.keepBasis ? { basis: { root, manifests, selection } } : {}) };
}
