// The code scan's edge: which files are source, reading them (bounded, never following a link out
// of the repository, never opening anything but a regular file), the cheap hint test that decides
// which files are parsed at all, and the detector for each language. Everything it cannot read is a
// notice, never a crash; every other file is still scanned.
import fs from 'node:fs';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import type { SourceLanguage } from '../catalog/providers.js';
import { leavesRepository, realpathOrUndefined, toRepositoryPath, type SourceCollector } from '../manifest/discover.js';
import type { ScanSettings } from '../policy/types.js';
import { javascript, pythonDialect } from './dialects.js';
import type { ScanPlan } from './plan.js';
import { detectInTree } from './syntax.js';
import { detectInText } from './text.js';
import type { CallSite, ScanNotice, ScanResult } from './types.js';

/** Source files larger than this are not read (bundles and generated code, code.md). */
export const MAX_SOURCE_BYTES = 1024 * 1024;

const EXTENSIONS: Readonly<Record<string, SourceLanguage>> = {
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.tsx': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.py': 'python',
  '.ipynb': 'python',
  '.go': 'go',
  '.java': 'java',
  '.kt': 'kotlin',
  '.kts': 'kotlin',
  '.cs': 'csharp',
  '.rb': 'ruby',
  '.php': 'php',
  '.sh': 'shell',
  '.bash': 'shell',
  '.zsh': 'shell',
};

/** Folders whose files are never the repository's own source (code.md's default exclusions). */
const SKIPPED_SOURCE_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'vendor', 'dist', 'build', '.next', '__tests__', 'test', 'tests', '__mocks__', 'fixtures']);

export function languageOf(name: string): SourceLanguage | undefined {
  if (name === 'Dockerfile' || name.startsWith('Dockerfile.') || name.endsWith('.dockerfile')) return 'shell';
  const dot = name.lastIndexOf('.');
  return dot === -1 ? undefined : EXTENSIONS[name.slice(dot).toLowerCase()];
}

/** Test and built files by name: `*.test.*`, `*.spec.*`, `test_*.py`, `*_test.py`, `*_test.go`, `*.min.js`. */
function isExcludedName(name: string): boolean {
  return /\.(?:test|spec)\.[^.]+$/.test(name) || /^test_.*\.py$/.test(name) || /_test\.(?:py|go)$/.test(name) || /\.min\.js$/.test(name);
}

export interface SourceFiles extends SourceCollector {
  readonly files: { absolute: string; link: boolean }[];
  /** Whether the scan reads a file at this repository path: for files the walk never saw (a pull request's base versions). */
  accepts(repositoryPath: string): boolean;
}

/** Collects source files during the manifest walk, with the default exclusions and the policy's `scan`. */
export function sourceCollector(root: string, settings: ScanSettings, everywhere = false): SourceFiles {
  const include = settings.include?.map((glob) => new Minimatch(glob, { dot: true }));
  const exclude = settings.exclude.map((glob) => new Minimatch(glob, { dot: true }));
  const files: { absolute: string; link: boolean }[] = [];
  const selected = (relative: string): boolean => (!include || include.some((glob) => glob.match(relative))) && !exclude.some((glob) => glob.match(relative));
  return {
    files,
    accepts(repositoryPath) {
      const segments = repositoryPath.split('/');
      const name = segments.pop()!;
      return languageOf(name) !== undefined && !isExcludedName(name) && !segments.some((folder) => SKIPPED_SOURCE_FOLDERS.has(folder) || folder === 'node_modules' || folder === '.git') && selected(repositoryPath);
    },
    everywhere,
    wanted: (name) => languageOf(name) !== undefined && !isExcludedName(name),
    isSource: (name) => languageOf(name) !== undefined,
    skipsFolder: (name) => SKIPPED_SOURCE_FOLDERS.has(name),
    add(absolute, link) {
      if ((include || exclude.length) && !selected(toRepositoryPath(root, absolute))) return;
      files.push({ absolute, link });
    },
  };
}

type LRParser = (typeof import('@lezer/javascript'))['parser'];

interface Parsers {
  ts: LRParser;
  tsx: LRParser;
  jsx: LRParser;
  python: LRParser;
}

let parsers: Promise<Parsers> | undefined;

/**
 * The grammars are loaded on first use: building their tables is most of the bundle's start-up
 * cost, and a run that does not scan (or finds no hint) never pays it. The bundler keeps the lazy
 * import inside the one file.
 */
function loadParsers(): Promise<Parsers> {
  // One after the other: the two grammars share @lezer/lr and @lezer/common.
  return (parsers ??= (async () => {
    const javascript = await import('@lezer/javascript');
    const python = await import('@lezer/python');
    return {
      ts: javascript.parser.configure({ dialect: 'ts' }),
      tsx: javascript.parser.configure({ dialect: 'ts jsx' }),
      jsx: javascript.parser.configure({ dialect: 'jsx' }),
      python: python.parser,
    };
  })());
}

/** One buffer for every read: files are read one at a time. */
let buffer: Buffer | undefined;

/**
 * The cheap test and the precise matcher for one file's bytes: a file is decoded and parsed only when
 * its bytes hold one of its language's provider hints. Used for the checked-out tree and for a pull
 * request's base versions alike, so both are judged the same way.
 */
export class SourceScanner {
  private readonly python: ReturnType<typeof pythonDialect>;
  parsed = 0;

  constructor(private readonly plan: ScanPlan) {
    this.python = pythonDialect((module) => plan.sdkUses('python', module) !== undefined);
  }

  /** Whether the bytes of a file of this name are read at all: not too large, not binary, with a provider hint. */
  worthParsing(file: string, bytes: Uint8Array): boolean {
    // Larger files are bundles or generated code; a NUL byte means binary (code.md): neither is read.
    if (bytes.length > MAX_SOURCE_BYTES || bytes.subarray(0, 8192).includes(0)) return false;
    const language = languageOf(path.posix.basename(file));
    // Hints are ASCII: testing the bytes as Latin-1 finds them without decoding UTF-8.
    return language !== undefined && this.plan.prefilterFor(language).test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
  }

  /** The call sites of one file (a repository path), in the order of their lines; none unless worth parsing. */
  async scan(file: string, bytes: Uint8Array, notice: (message: string, line?: number, column?: number) => void): Promise<CallSite[]> {
    return this.worthParsing(file, bytes) ? this.parse(file, bytes, notice) : [];
  }

  /** `scan` for bytes already found worth parsing. */
  async parse(file: string, bytes: Uint8Array, notice: (message: string, line?: number, column?: number) => void): Promise<CallSite[]> {
    this.parsed++;
    const grammars = await loadParsers();
    const text = new TextDecoder('utf-8').decode(bytes);
    try {
      return detect(text, file, languageOf(path.posix.basename(file))!, this.plan, this.python, grammars, notice).sort((a, b) => a.line - b.line || a.column - b.column);
    } catch (error) {
      notice(`could not be scanned (${(error as Error).message}): skipped`);
      return [];
    }
  }
}

export async function scanSources(root: string, files: readonly { absolute: string; link: boolean }[], plan: ScanPlan, wholeTree: boolean): Promise<ScanResult> {
  const callSites: CallSite[] = [];
  const notices: ScanNotice[] = [];
  const scanner = new SourceScanner(plan);
  let realRoot: string | undefined;
  buffer ??= Buffer.allocUnsafe(MAX_SOURCE_BYTES + 1);
  const sorted = [...files].sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0));
  for (const { absolute, link } of sorted) {
    // The repository path is built only for the files that need one (most are read and passed over).
    let file: string | undefined;
    const fileOf = () => (file ??= toRepositoryPath(root, absolute));
    const notice = (message: string, line = 1, column = 1) => notices.push({ file: fileOf(), line, column, message });
    if (link && leavesRepository(root, (realRoot ??= realpathOrUndefined(root) ?? path.resolve(root)), absolute)) {
      notice('is a link to a file outside the repository: it is not read');
      continue;
    }
    let length: number;
    try {
      // The walk saw a regular file; a link may point at anything, so only a link's target is checked.
      length = readBounded(absolute, buffer, link);
    } catch (error) {
      notice(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): skipped`);
      continue;
    }
    const bytes = buffer.subarray(0, length);
    if (!scanner.worthParsing(path.basename(absolute), bytes)) continue;
    callSites.push(...(await scanner.parse(fileOf(), bytes, notice)));
  }
  return { callSites, wholeTree, filesRead: sorted.length, filesParsed: scanner.parsed, notices };
}

function detect(
  text: string,
  file: string,
  language: SourceLanguage,
  plan: ScanPlan,
  python: ReturnType<typeof pythonDialect>,
  grammars: Parsers,
  notice: (message: string, line?: number, column?: number) => void,
): CallSite[] {
  if (language === 'javascript' || language === 'typescript') {
    const parser = /\.tsx$/i.test(file) ? grammars.tsx : language === 'typescript' ? grammars.ts : grammars.jsx;
    return detectInTree(parser.parse(text), text, file, language, plan, javascript);
  }
  if (language === 'python') {
    if (!/\.ipynb$/i.test(file)) return detectInTree(grammars.python.parse(text), text, file, language, plan, python);
    const notebook = notebookSource(text);
    if (!notebook) {
      notice('is not a Jupyter notebook (not JSON with `cells`): skipped');
      return [];
    }
    // Each call site's line in the joined code is mapped back to the line of the `.ipynb` file.
    return detectInTree(grammars.python.parse(notebook.code), notebook.code, file, language, plan, python).map((site) => ({ ...site, ...notebook.map(site.line, site.column) }));
  }
  return detectInText(text, file, language, plan);
}

/**
 * The code cells of a notebook, joined, with a map from their lines to the notebook file's lines: a
 * cell's `source` lines are JSON strings, each found in order in the file's text.
 */
export function notebookSource(text: string): { code: string; map: (line: number, column: number) => { line: number; column: number } } | undefined {
  let notebook: { cells?: { cell_type?: string; source?: string | string[] }[] };
  try {
    notebook = JSON.parse(text) as typeof notebook;
  } catch {
    return undefined;
  }
  if (!notebook || !Array.isArray(notebook.cells)) return undefined;
  const lines: string[] = [];
  const origins: { line: number; column: number }[] = [];
  let searchFrom = 0;
  const lineAndColumn = (offset: number) => {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  };
  for (const cell of notebook.cells) {
    if (cell?.cell_type !== 'code') continue;
    if (typeof cell.source === 'string') {
      // One JSON string for the whole cell: its lines all sit on that line of the file.
      const encoded = JSON.stringify(cell.source);
      const at = text.indexOf(encoded, searchFrom);
      if (at !== -1) searchFrom = at + encoded.length;
      let consumed = 0;
      for (const raw of cell.source.split(/(?<=\n)/)) {
        // The opening quote, then the JSON-escaped length of what comes before this line.
        origins.push(lineAndColumn((at === -1 ? searchFrom : at) + JSON.stringify(cell.source.slice(0, consumed)).length - 2));
        lines.push(raw.replace(/\n$/, ''));
        consumed += raw.length;
      }
    } else {
      for (const raw of Array.isArray(cell.source) ? cell.source : []) {
        if (typeof raw !== 'string') continue;
        const encoded = JSON.stringify(raw);
        const at = text.indexOf(encoded, searchFrom);
        if (at !== -1) searchFrom = at + encoded.length;
        origins.push(lineAndColumn(at === -1 ? searchFrom : at));
        lines.push(raw.replace(/\n$/, ''));
      }
    }
    // Cells are separate blocks of code.
    lines.push('');
    origins.push(origins[origins.length - 1] ?? { line: 1, column: 1 });
  }
  return {
    code: lines.join('\n'),
    map: (line, column) => {
      const origin = origins[line - 1] ?? { line: 1, column: 1 };
      // The string's opening quote, then the code's column.
      return { line: origin.line, column: origin.column + column };
    },
  };
}

/** Reads at most one byte past the limit into `target`; a link is read only when it leads to a regular file. */
function readBounded(absolute: string, target: Buffer, link: boolean): number {
  // O_NONBLOCK: a FIFO behind a link must not block the open; it is refused below.
  const descriptor = fs.openSync(absolute, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (link && !fs.fstatSync(descriptor).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
    let length = 0;
    for (let read = -1; read !== 0 && length <= MAX_SOURCE_BYTES; length += read) read = fs.readSync(descriptor, target, length, MAX_SOURCE_BYTES + 1 - length, null);
    return length;
  } finally {
    fs.closeSync(descriptor);
  }
}
