// "New in this pull request": the base is judged as the head tree with the files the pull request
// changed put back as they are at the base commit. Only those files are read again; everything else
// (manifests already parsed, call sites already found) is the head run's. Where the changed files
// and their base versions come from (the API or git) is the caller's edge; this module reads only
// through the `BaseVersions` it is given, and only the files that can change a finding.
import fs from 'node:fs';
import path from 'node:path';
import { evaluate } from '../engine/evaluate.js';
import { manifestTextOf } from '../manifest/discover.js';
import { parseManifest, unreadableManifest, type LoadedManifest } from '../manifest/parse.js';
import type { Report } from '../report/schema.js';
import type { CallSite, ScanNotice } from '../scan/types.js';
import { MAX_SOURCE_BYTES, SourceScanner } from '../scan/source.js';
import type { CheckResult } from '../run.js';

/** One file the pull request changed, as GitHub's "list pull request files" names it. */
export interface ChangedFile {
  /** Repository path at the head. */
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The base's path of a renamed (or copied) file. */
  previousPath?: string;
  /** The lines the pull request removed from the file (its patch's `-` lines); absent when unknown (no patch given). */
  removedLines?: string;
  /** The head's (1-based) numbers of the lines the pull request added; absent when unknown. */
  addedLines?: number[];
  /** A rename without a change of content. */
  sameContent?: boolean;
}

export interface BaseVersions {
  /** Every file the pull request changed. */
  changed: readonly ChangedFile[];
  /** A file's bytes at the base commit; undefined when it does not exist there. */
  read(repositoryPath: string): Promise<Uint8Array | undefined>;
  /** Short name of the base commit, for messages. */
  label: string;
}

export interface BaseJudgement {
  report: Report;
  /** Base path → head path of each renamed file, so a moved file's findings keep their identity. */
  renamed: Map<string, string>;
  /** Base versions read (requests, through the API), and changed files passed over as not mattering. */
  read: number;
  skipped: number;
}

/** Judges the base tree with the head run's policy (so a finding means the same on both sides). */
export async function judgeBase(head: CheckResult, base: BaseVersions, today: string): Promise<BaseJudgement> {
  if (!head.basis) throw new Error('judgeBase needs the head run made with keepBasis: true');
  const { selection, root } = head.basis;
  const gone = new Set<string>();
  for (const change of base.changed) {
    gone.add(change.path);
    // A copy leaves its original in place (at the base and the head alike).
    if (change.previousPath !== undefined && change.status === 'renamed') gone.add(change.previousPath);
  }
  const manifests: LoadedManifest[] = head.basis.manifests.filter((manifest) => !gone.has(manifest.file));
  const callSites: CallSite[] = head.scan ? head.scan.callSites.filter((site) => !gone.has(site.file)) : [];
  const notices: ScanNotice[] = head.scan ? head.scan.notices.filter((notice) => !gone.has(notice.file)) : [];
  const scanner = head.scan ? new SourceScanner(selection.plan) : undefined;
  let read = 0;
  let skipped = 0;

  for (const change of base.changed) {
    // Paths come from the API or git; one that could leave the repository is never read.
    if (!isRepositoryPath(change.path) || (change.previousPath !== undefined && !isRepositoryPath(change.previousPath))) {
      skipped++;
      continue;
    }
    // The base's name of the file; a file the pull request added (or copied) has none.
    const basePath = change.status === 'renamed' ? change.previousPath : change.status === 'added' || change.status === 'copied' ? undefined : change.path;
    if (basePath === undefined) continue;
    const isManifest = selection.manifest(basePath);
    const isSource = scanner !== undefined && selection.source(basePath);
    if (!isManifest && !isSource) {
      skipped++;
      continue;
    }
    const headBytes = change.status === 'removed' ? undefined : readHead(root, change.path);
    if (!isManifest && !mayHoldCalls(scanner!, basePath, headBytes, change)) {
      skipped++;
      continue;
    }
    let bytes: Uint8Array | undefined;
    if (change.sameContent && headBytes) bytes = headBytes;
    else {
      bytes = await base.read(basePath);
      read++;
    }
    if (bytes === undefined) continue;
    if (isManifest) {
      const text = manifestTextOf(bytes);
      manifests.push(typeof text === 'string' ? parseManifest(basePath, text) : unreadableManifest(basePath, text.problem, text.position));
    } else {
      const notice = (message: string, line = 1, column = 1) => notices.push({ file: basePath, line, column, message });
      callSites.push(...(await scanner!.scan(basePath, bytes, notice)));
    }
  }

  const scan = head.scan ? { ...head.scan, callSites, notices } : null;
  const renamed = new Map(base.changed.filter((change) => change.status === 'renamed' && change.previousPath !== undefined).map((change) => [change.previousPath!, change.path]));
  return { report: evaluate(manifests, scan, head.policy, today, { policyNote: head.report.policy.note }), renamed, read, skipped };
}

/**
 * Whether the base version of a source file can hold an image-API call: the lines the pull request
 * kept (the head without the lines it added) or the lines it removed have a provider hint. When the
 * patch is unknown (GitHub gives none for large diffs), it may. A pull request that adds an SDK's
 * import and its call to an existing file thus reads nothing: its base had neither.
 */
function mayHoldCalls(scanner: SourceScanner, basePath: string, headBytes: Uint8Array | undefined, change: ChangedFile): boolean {
  if (change.removedLines === undefined) return true;
  if (scanner.worthParsing(basePath, Buffer.from(change.removedLines, 'utf8'))) return true;
  if (!headBytes || !scanner.worthParsing(basePath, headBytes)) return false;
  if (change.addedLines === undefined || change.addedLines.length === 0) return true;
  // The head with its added lines blanked (line breaks kept): what the pull request left of the base.
  const added = new Set(change.addedLines);
  const kept = Buffer.from(headBytes).toString('latin1').split('\n').map((line, index) => (added.has(index + 1) ? '' : line)).join('\n');
  return scanner.worthParsing(basePath, Buffer.from(kept, 'latin1'));
}

/** A relative path of `/`-separated names, none empty, `.` or `..`. */
function isRepositoryPath(file: string): boolean {
  return file.length > 0 && !file.includes('\\') && !file.includes('\u0000') && file.split('/').every((name) => name !== '' && name !== '.' && name !== '..');
}

/** The head's bytes of a changed file, bounded; undefined when it is not a regular file in the tree. */
function readHead(root: string, repositoryPath: string): Uint8Array | undefined {
  const absolute = path.join(root, ...repositoryPath.split('/'));
  try {
    const stat = fs.lstatSync(absolute);
    if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) return undefined;
    return fs.readFileSync(absolute);
  } catch {
    return undefined;
  }
}
