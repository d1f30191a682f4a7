// Loading a policy and the presets it extends: the I/O edge of policies. Produces the ordered chain
// of parsed, validated layers that `resolvePolicy` merges. Fails closed: any preset that cannot be
// fetched, parsed or validated stops the run with a message naming the reference and the reason.
import fs from 'node:fs';
import path from 'node:path';
import { describeFsError, readUtf8File } from '../manifest/discover.js';
import { explainIssues } from '../schema/issues.js';
import { redactSecrets } from '../secrets/patterns.js';
import { suggest } from '../text/words.js';
import { parseStrictYaml, StrictYamlError, type YamlDocument } from '../yaml/strict-yaml.js';
import { BUILTIN_PRESETS, isBuiltinPreset, readBuiltin } from './builtin.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import { fetchRemotePreset, parseRemoteReference, type RemoteReference } from './remote.js';
import { policySchema, type PolicyFile } from './schema.js';

export const DEFAULT_POLICY_PATH = '.github/image-route-policy.yml';

/** Policy files and local presets larger than this are refused: real ones are a few kilobytes. */
const MAX_POLICY_BYTES = 1024 * 1024;

export interface PolicyLayer {
  /** How the layer is named in reports and `explain`: a preset name, a path, or a remote reference. */
  name: string;
  /** Where it came from; `local` layers are repository files a pull request could change. */
  kind: 'builtin' | 'local' | 'remote';
  /** The file findings and errors point at. */
  file: string;
  document: YamlDocument;
  data: PolicyFile;
}

export interface LoadPolicyOptions {
  /** Repository root: local presets may not leave it; reported paths are relative to it. */
  root: string;
  /** Folder that a `--policy` path is relative to (default: root). */
  cwd?: string;
  /** Token for remote presets (`--token`, `GITHUB_TOKEN`, the Action's `policy-token`). */
  token?: string;
  /** GitHub REST API base URL (`GITHUB_API_URL`). */
  apiUrl?: string;
  /**
   * Reads a repository file by its repository-relative path; the Action passes one that reads the
   * base branch, so a pull request cannot weaken the policy that judges it.
   */
  readRepositoryFile?: (repositoryPath: string) => Promise<string | undefined>;
}

/** Where a layer came from, to resolve the relative presets it names. */
type Origin =
  | { type: 'builtin'; name: string }
  | { type: 'local'; repositoryPath: string }
  | { type: 'remote'; reference: RemoteReference };

interface Loader {
  options: LoadPolicyOptions;
  layers: PolicyLayer[];
  done: Set<string>;
  stack: string[];
}

/**
 * The chain of layers for `reference` (a path, a built-in preset name or `OWNER/REPO/PATH@REF`); with
 * no reference, the repository's `.github/image-route-policy.yml` when it exists, else `recommended`.
 */
export async function loadPolicyChain(reference: string | undefined, options: LoadPolicyOptions): Promise<PolicyLayer[]> {
  const loader: Loader = { options, layers: [], done: new Set(), stack: [] };
  const origin = await topLevelOrigin(reference, options);
  await loadLayer(origin, loader, undefined);
  return loader.layers;
}

/**
 * The repository file a policy reference names: `.github/image-route-policy.yml` for none, a
 * repository-relative path (or an absolute one outside the repository) for a path, and undefined for
 * a built-in or remote preset.
 */
export function localPolicyPath(reference: string | undefined, options: Pick<LoadPolicyOptions, 'root' | 'cwd'>): string | undefined {
  if (reference === undefined || reference === '') return DEFAULT_POLICY_PATH;
  if (isBuiltinPreset(reference) || parseRemoteReference(reference)) return undefined;
  const absolute = path.resolve(options.cwd ?? options.root, reference);
  const repositoryPath = path.relative(options.root, absolute).split(path.sep).join('/');
  // A policy named explicitly on the command line may live outside the repository.
  return repositoryPath.startsWith('..') || path.isAbsolute(repositoryPath) ? absolute : repositoryPath;
}

async function topLevelOrigin(reference: string | undefined, options: LoadPolicyOptions): Promise<Origin> {
  const repositoryPath = localPolicyPath(reference, options);
  if (reference === undefined || reference === '') {
    const own = await readRepositoryFile(DEFAULT_POLICY_PATH, options);
    return own === undefined ? { type: 'builtin', name: 'recommended' } : { type: 'local', repositoryPath: DEFAULT_POLICY_PATH };
  }
  if (repositoryPath !== undefined) return { type: 'local', repositoryPath };
  const remote = parseRemoteReference(reference);
  return remote ? { type: 'remote', reference: remote } : { type: 'builtin', name: reference };
}

function keyOf(origin: Origin): string {
  switch (origin.type) {
    case 'builtin':
      return `builtin:${origin.name}`;
    case 'local':
      return `local:${origin.repositoryPath}`;
    case 'remote':
      return `remote:${origin.reference.text}`;
  }
}

function nameOf(origin: Origin): string {
  return origin.type === 'builtin' ? origin.name : origin.type === 'local' ? origin.repositoryPath : origin.reference.text;
}

async function loadLayer(origin: Origin, loader: Loader, namedBy: ConfigProblem | undefined): Promise<void> {
  const key = keyOf(origin);
  if (loader.stack.includes(key)) {
    const chain = [...loader.stack.slice(loader.stack.indexOf(key)), key].map((item) => item.replace(/^\w+:/, ''));
    throw new ConfigError({ ...namedBy, message: `presets extend each other in a cycle: ${chain.join(' → ')}` });
  }
  // A preset reached twice is applied once, where it was first reached.
  if (loader.done.has(key)) return;
  loader.stack.push(key);

  const { file, text } = await readOrigin(origin, loader.options, namedBy);
  const layer = { ...parseLayer(nameOf(origin), file, text), kind: origin.type };
  for (const [index, entry] of (layer.data.extends ?? []).entries()) {
    const at = layer.document.locate(['extends', index]);
    const problem: ConfigProblem = { file: layer.file, at, message: '' };
    await loadLayer(resolveExtends(entry, origin, problem), loader, problem);
  }

  loader.stack.pop();
  loader.done.add(key);
  loader.layers.push(layer);
}

function resolveExtends(entry: string, from: Origin, problem: ConfigProblem): Origin {
  if (isBuiltinPreset(entry)) return { type: 'builtin', name: entry };
  // A key pasted as a preset is refused before any path is made of it: normalising `a//b` could cut
  // it below a key's length, and the shortened path would then be printed unmasked.
  if (redactSecrets(entry) !== entry) throw new ConfigError({ ...problem, message: `policy file \`${entry}\` is not read: it holds what looks like a key; write a preset name, path or OWNER/REPO/PATH@REF, and keep keys out of the policy` });
  const remote = parseRemoteReference(entry);
  if (remote) return { type: 'remote', reference: remote };
  const fail = (message: string): never => {
    throw new ConfigError({ ...problem, message });
  };
  if (entry.startsWith('./') || entry.startsWith('../')) {
    if (from.type === 'builtin') fail(`a built-in preset cannot extend a local file (${entry})`);
    if (from.type === 'remote') {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(from.reference.path), entry));
      if (target.startsWith('..')) fail(`preset \`${entry}\` leaves the repository ${from.reference.owner}/${from.reference.repo}`);
      return { type: 'remote', reference: { ...from.reference, path: target, text: `${from.reference.owner}/${from.reference.repo}/${target}@${from.reference.ref}` } };
    }
    const base = from.type === 'local' ? path.posix.dirname(from.repositoryPath) : '.';
    const target = path.posix.normalize(path.posix.join(base, entry));
    if (target.startsWith('..') || path.posix.isAbsolute(target)) {
      fail(`local preset \`${entry}\` leaves the repository: presets must stay inside it`);
    }
    return { type: 'local', repositoryPath: target };
  }
  if (path.isAbsolute(entry)) fail(`preset \`${entry}\` is an absolute path: local presets start with ./ or ../ and stay inside the repository`);
  const guess = suggest(entry, BUILTIN_PRESETS);
  return fail(
    `unknown preset \`${entry}\`${guess ? `; did you mean \`${guess}\`?` : ''}: write a built-in preset (${BUILTIN_PRESETS.join(', ')}), a local file starting with ./ or ../, or OWNER/REPO/PATH@REF`,
  );
}

async function readOrigin(origin: Origin, options: LoadPolicyOptions, namedBy: ConfigProblem | undefined): Promise<{ file: string; text: string }> {
  switch (origin.type) {
    case 'builtin':
      return readBuiltin(origin.name as (typeof BUILTIN_PRESETS)[number]);
    case 'remote':
      return { file: origin.reference.text, text: await fetchRemotePreset(origin.reference, options, namedBy) };
    case 'local': {
      const text = await readRepositoryFile(origin.repositoryPath, options, namedBy);
      if (text === undefined) {
        throw new ConfigError({ ...(namedBy ?? {}), message: `policy file \`${origin.repositoryPath}\` does not exist` });
      }
      return { file: origin.repositoryPath, text };
    }
  }
}

async function readRepositoryFile(repositoryPath: string, options: LoadPolicyOptions, namedBy?: ConfigProblem): Promise<string | undefined> {
  if (options.readRepositoryFile && !path.isAbsolute(repositoryPath)) return options.readRepositoryFile(repositoryPath);
  const absolute = path.resolve(options.root, repositoryPath);
  // A file that cannot be used is reported where it was named, else at its own first line.
  const fail = (message: string, where: Omit<ConfigProblem, 'message'> = namedBy ?? { file: repositoryPath, at: { line: 1, column: 1 } }): never => {
    throw new ConfigError({ ...where, message });
  };
  let real: string;
  try {
    real = fs.realpathSync(absolute);
  } catch (error) {
    // Only nothing at all is a missing policy: a link that loops or leads nowhere fails closed.
    if (!existsAsLink(absolute)) return undefined;
    return fail(`policy \`${repositoryPath}\` ${describeFsError(error)}`);
  }
  // Symbolic links must not lead a preset, nor the repository's own policy file (a `.github` that is
  // a link counts), out of the repository. Only a path named outside it on purpose (absolute here)
  // may be read there.
  if (!path.isAbsolute(repositoryPath) && !isInside(fs.realpathSync(options.root), real)) {
    fail(`${namedBy ? 'local preset' : 'policy file'} \`${repositoryPath}\` is a link that leaves the repository`);
  }
  let read: ReturnType<typeof readUtf8File>;
  try {
    read = readUtf8File(real, MAX_POLICY_BYTES);
  } catch (error) {
    return fail(`policy \`${repositoryPath}\` ${describeFsError(error)}`);
  }
  if ('size' in read) return fail('the policy file is larger than 1 MiB', { file: repositoryPath, at: { line: 1, column: 1 } });
  if ('text' in read) return read.text;
  const at = read.badByteAt;
  return fail(`the policy file is not valid UTF-8 (first bad byte on line ${at.line}): save it as UTF-8`, { file: repositoryPath, at });
}

function existsAsLink(absolute: string): boolean {
  try {
    return fs.lstatSync(absolute, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Parses and validates one policy text; every problem is located in `file`. */
export function parseLayer(name: string, file: string, text: string): Omit<PolicyLayer, 'kind'> {
  let document: YamlDocument;
  try {
    document = parseStrictYaml(text);
  } catch (error) {
    if (error instanceof StrictYamlError) {
      const { line, column, message } = error.problem;
      throw new ConfigError({ file, at: { line, column }, message });
    }
    throw error;
  }
  if (document.value === undefined || document.value === null) {
    throw new ConfigError({ file, at: { line: 1, column: 1 }, message: 'the policy file is empty: write `version: 1` and what it changes' });
  }
  const parsed = policySchema.safeParse(document.value);
  if (!parsed.success) {
    const problems = explainIssues(policySchema, parsed.error.issues, document.value).map((problem) => ({
      file,
      at: document.locate(problem.path, problem.part) ?? closestPosition(document, problem.path),
      message: problem.message,
    }));
    throw new ConfigError(problems);
  }
  return { name, file, document, data: parsed.data };
}

function closestPosition(document: YamlDocument, fieldPath: readonly (string | number)[]) {
  for (let length = fieldPath.length - 1; length >= 0; length--) {
    const at = document.locate(fieldPath.slice(0, length));
    if (at) return at;
  }
  return { line: 1, column: 1 };
}
