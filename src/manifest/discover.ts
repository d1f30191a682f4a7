// Finding and reading manifests: the file-system edge of the manifest loader.
import fs from 'node:fs';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { compareText } from '../text/paths.js';
import { decodeUtf8 } from '../text/utf8.js';
import type { SourcePosition } from '../yaml/strict-yaml.js';
import { MAX_MANIFEST_BYTES, parseManifest, unreadableManifest, type LoadedManifest } from './parse.js';

export const MANIFEST_NAMES: ReadonlySet<string> = new Set(['image-routes.yml', 'image-routes.yaml']);
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git']);

export class UsageError extends Error {
  override name = 'UsageError';
}

/** The repository root: the nearest folder with `.git` above `start`, else `start` itself. */
export function findRepositoryRoot(start: string): string {
  let current = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return path.resolve(start);
    current = parent;
  }
}

export function toRepositoryPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

interface Candidate {
  absolute: string;
  /** Set when the candidate is known to be unusable before reading it. */
  problem?: string;
  /**
   * Whether its real path could lie outside the repository: a link, or a path named by the caller.
   * A plain file found by the walk cannot (the walk never follows links into folders).
   */
  mayLeave?: boolean;
}

/**
 * Source files the walk hands the code scan: its decision per file name and folder, made during the
 * one walk that finds manifests (there is no second walk).
 */
export interface SourceCollector {
  /** Whether the walk reads a file of this name: a source language, and not excluded by default (tests, minified bundles). */
  wanted(name: string): boolean;
  /** Whether a file named on purpose (a path given to `check`) is source: any file of a scanned language. */
  isSource(name: string): boolean;
  /** Whether source files under a folder of this name are skipped (vendored, built, test code); manifests there are still found. */
  skipsFolder(name: string): boolean;
  /** Source files are collected wherever the walk goes, whatever the manifest globs accept (the Action's whole-tree scan). */
  everywhere?: boolean;
  add(absolute: string, link: boolean): void;
}

/**
 * The manifests to check, in a stable order. `patterns` are paths (files or folders) or globs,
 * relative to `cwd`; none means every manifest under `cwd`. A path that does not exist is a usage
 * error; a glob that matches nothing is not. With `sources`, the same walk hands it every source file.
 */
export function discoverManifests(cwd: string, patterns: readonly string[] = [], sources?: SourceCollector): Candidate[] {
  const found = new Map<string, Candidate>();
  const add = (candidate: Candidate): void => {
    if (!found.has(candidate.absolute)) found.set(candidate.absolute, candidate);
  };
  if (patterns.length === 0) walk(path.resolve(cwd), () => true, add, false, sources, false);
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      const matcher = new Minimatch(toPosix(pattern), { dot: true });
      const base = path.resolve(cwd, staticPrefix(pattern));
      walk(base, (absolute) => matcher.match(toPosix(path.relative(cwd, absolute))), add, true, sources, false);
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    const stat = statOrUndefined(absolute);
    if (!stat) throw new UsageError(`no such file or folder: ${pattern}`);
    if (stat.isDirectory()) walk(absolute, () => true, add, false, sources, false);
    else if (MANIFEST_NAMES.has(path.basename(absolute)) || !sources?.isSource(path.basename(absolute))) add({ absolute, mayLeave: true });
    // A source file named on purpose is read even where the walk would skip its folder.
    else sources.add(absolute, true);
  }
  return [...found.values()].sort((a, b) => compareText(a.absolute, b.absolute));
}

/**
 * Whether `discoverManifests(cwd, patterns)` would select a file at this repository path, for files
 * the walk never saw (a pull request's base versions of changed or deleted files).
 */
export function manifestSelector(root: string, cwd: string, patterns: readonly string[] = []): (repositoryPath: string) => boolean {
  const relativeToCwd = (repositoryPath: string): string | undefined => {
    const relative = toPosix(path.relative(cwd, path.join(root, repositoryPath)));
    return relative.startsWith('../') || relative === '..' || path.isAbsolute(relative) ? undefined : relative;
  };
  const tests = (patterns.length ? patterns : ['.']).map((pattern): ((relative: string, named: boolean) => boolean) => {
    if (isGlob(pattern)) {
      const matcher = new Minimatch(toPosix(pattern), { dot: true });
      return (relative, named) => (named || /\.ya?ml$/.test(relative)) && matcher.match(relative);
    }
    const target = toPosix(path.relative(cwd, path.resolve(cwd, pattern)));
    // A folder selects the manifests under it; a file, itself.
    return (relative, named) => relative === target || (named && (target === '' || relative.startsWith(`${target}/`)));
  });
  return (repositoryPath) => {
    const relative = relativeToCwd(repositoryPath);
    if (relative === undefined || repositoryPath.split('/').some((segment) => SKIPPED_DIRECTORIES.has(segment))) return false;
    const named = MANIFEST_NAMES.has(path.posix.basename(repositoryPath));
    return tests.some((test) => test(relative, named));
  };
}

function walk(
  directory: string,
  accept: (absolute: string) => boolean,
  add: (candidate: Candidate) => void,
  anyName: boolean,
  sources: SourceCollector | undefined,
  skipSources: boolean,
): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  // `directory` is already resolved and entry names hold no separator: paths need no normalising.
  const prefix = directory.endsWith(path.sep) ? directory : directory + path.sep;
  for (const entry of entries) {
    const named = MANIFEST_NAMES.has(entry.name);
    const isDirectory = entry.isDirectory();
    const wanted = named || (anyName && /\.ya?ml$/.test(entry.name));
    const source = !isDirectory && !wanted && !skipSources && sources !== undefined && sources.wanted(entry.name);
    // Most entries of a large tree are other files: they are passed over without building a path.
    if (!isDirectory && !wanted && !source) continue;
    const absolute = prefix + entry.name;
    if (isDirectory) {
      if (named && accept(absolute)) add({ absolute, problem: 'is a folder, not a manifest file' });
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(absolute, accept, add, anyName, sources, skipSources || (sources?.skipsFolder(entry.name) ?? false));
    } else if (source) {
      // Only regular files and links to them: a FIFO or a socket named like source is never opened.
      const link = entry.isSymbolicLink();
      if ((entry.isFile() || link) && (sources!.everywhere || accept(absolute))) sources!.add(absolute, link);
    } else if (accept(absolute)) {
      // Symbolic links are never followed into folders (no loops); links to files are read.
      const link = entry.isSymbolicLink();
      add({ absolute, problem: link ? linkProblem(absolute) : undefined, mayLeave: link });
    }
  }
}

function linkProblem(absolute: string): string | undefined {
  try {
    return fs.statSync(absolute).isDirectory() ? 'is a link to a folder, not a manifest file' : undefined;
  } catch (error) {
    return describeFsError(error);
  }
}

/** Reads and parses each candidate; a file that cannot be read becomes a located problem, never a crash. */
export function loadManifests(root: string, candidates: readonly Candidate[]): LoadedManifest[] {
  let realRootCache: string | undefined;
  const realRoot = (): string => (realRootCache ??= realpathOrUndefined(root) ?? path.resolve(root));
  return candidates.map((candidate) => {
    const file = toRepositoryPath(root, candidate.absolute);
    const failed = (message: string, position?: SourcePosition): LoadedManifest => unreadableManifest(file, message, position);
    if (candidate.problem) return failed(candidate.problem);
    if (candidate.mayLeave && leavesRepository(root, realRoot(), candidate.absolute)) return failed('is a link to a file outside the repository: it is not read (a manifest must live in the repository)');
    const text = readManifestText(candidate.absolute);
    return typeof text === 'string' ? parseManifest(file, text) : failed(text.problem, text.position);
  });
}

/**
 * A file inside the repository whose real path is outside it (a link, or a path through a linked
 * folder): a pull request could point one at any file of the runner. A path named outside the
 * repository on purpose is the caller's choice and is read.
 */
export function leavesRepository(root: string, realRoot: string, absolute: string): boolean {
  if (!isInside(path.resolve(root), absolute)) return false;
  const real = realpathOrUndefined(absolute);
  return real !== undefined && !isInside(realRoot, real);
}

function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  // `..x/…` is a folder inside; only `..` itself or `../…` climbs out.
  return !path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`);
}

export function realpathOrUndefined(target: string): string | undefined {
  try {
    return fs.realpathSync.native(target);
  } catch {
    return undefined;
  }
}

export function readManifestText(absolute: string): string | { problem: string; position?: SourcePosition } {
  let read: ReturnType<typeof readUtf8File>;
  try {
    read = readUtf8File(absolute, MAX_MANIFEST_BYTES);
  } catch (error) {
    return { problem: describeFsError(error) };
  }
  return textOrProblem(read);
}

/** A manifest's text from bytes read elsewhere (a pull request's base version), judged like a file's. */
export function manifestTextOf(bytes: Uint8Array): string | { problem: string; position?: SourcePosition } {
  return textOrProblem(bytes.length > MAX_MANIFEST_BYTES ? { size: bytes.length } : decodeUtf8(bytes));
}

function textOrProblem(read: ReturnType<typeof readUtf8File>): string | { problem: string; position?: SourcePosition } {
  if ('size' in read) return { problem: `the file is ${formatBytes(read.size)}; manifests are limited to ${formatBytes(MAX_MANIFEST_BYTES)}` };
  if ('text' in read) return read.text;
  const at = read.badByteAt;
  return { problem: `the file is not valid UTF-8 (first bad byte on line ${at.line}): save it as UTF-8`, position: at };
}

/** One buffer for every read (files are read one at a time), grown to the largest limit asked for. */
let readBuffer: Buffer | undefined;

/**
 * A file's text, strictly UTF-8, reading no further than one byte past `limit` bytes: a larger file
 * gives its size instead, without being read whole. File-system errors are thrown.
 */
export function readUtf8File(absolute: string, limit: number): { text: string } | { size: number } | { badByteAt: SourcePosition } {
  if (!readBuffer || readBuffer.length < limit + 1) readBuffer = Buffer.allocUnsafe(limit + 1);
  const descriptor = fs.openSync(absolute, 'r');
  let length = 0;
  try {
    for (let read = -1; read !== 0 && length <= limit; length += read) read = fs.readSync(descriptor, readBuffer, length, limit + 1 - length, null);
    if (length > limit) return { size: fs.fstatSync(descriptor).size };
  } finally {
    fs.closeSync(descriptor);
  }
  return decodeUtf8(readBuffer.subarray(0, length));
}

/**
 * Writes an edited manifest back. The decoded text lost the file's byte-order mark, if it had one;
 * it is written back so an edit changes only what it means to.
 */
export function writeManifestText(absolute: string, text: string): void {
  fs.writeFileSync(absolute, (startsWithBom(absolute) ? '\uFEFF' : '') + text);
}

function startsWithBom(absolute: string): boolean {
  const head = Buffer.alloc(3);
  const descriptor = fs.openSync(absolute, 'r');
  try {
    return fs.readSync(descriptor, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } finally {
    fs.closeSync(descriptor);
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'cannot be read: it does not exist (a dangling symbolic link?)';
    case 'ELOOP':
      return 'cannot be read: symbolic links loop';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `cannot be read (${code ?? 'unknown error'})`;
  }
}

function statOrUndefined(absolute: string): fs.Stats | undefined {
  try {
    return fs.statSync(absolute);
  } catch {
    return fs.lstatSync(absolute, { throwIfNoEntry: false });
  }
}

function isGlob(pattern: string): boolean {
  return /[*?[\]{}!]/.test(pattern);
}

function staticPrefix(pattern: string): string {
  const parts = toPosix(pattern).split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

function toPosix(value: string): string {
  return value.split(path.sep).join('/');
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
