// Strict YAML 1.2 loading with exact positions.
//
// Two readers, one result: common documents are read by the block reader (block-reader.ts), which
// builds values and positions in one pass; everything else by js-yaml, whose `listener` events give
// the positions (every node fires `open` before it is read and `close` after, so the events nest
// exactly like the document) and which words every error. js-yaml parses about ten times faster
// than `yaml`'s CST parser (see docs/benchmarks.md). The listener also enforces the strict profile
// while parsing, so an alias bomb or a 10,000-level nesting is stopped at its first token instead of
// being expanded; the block reader gives up on all of these.
import jsYaml from 'js-yaml';
import { readCommonYaml } from './block-reader.js';
import { MAPPING, NodeTree, SCALAR, SEQUENCE } from './node-tree.js';

export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units as editors count them. */
  column: number;
}

export type FieldPath = readonly (string | number)[];

/** A problem that makes a YAML text unusable, at the place it was found. */
export interface YamlProblem extends SourcePosition {
  message: string;
}

/** Deep enough for any real manifest or policy, shallow enough to stop before js-yaml's recursion does. */
const MAX_DEPTH = 64;

export class StrictYamlError extends Error {
  constructor(readonly problem: YamlProblem) {
    super(`${problem.line}:${problem.column} ${problem.message}`);
    this.name = 'StrictYamlError';
  }
}

/** Maps offsets of one text to lines and columns; the line index is built on first use. */
export class LineIndex {
  private starts: Int32Array | null = null;
  constructor(readonly text: string) {}

  positionAt(offset: number): SourcePosition {
    const starts = (this.starts ??= computeLineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /** The offset of a 1-based line and column (-1 past the last line): where an edit lands. */
  offsetAt(position: SourcePosition): number {
    const starts = (this.starts ??= computeLineStarts(this.text));
    return position.line >= 1 && position.line <= starts.length ? starts[position.line - 1]! + position.column - 1 : -1;
  }
}

/** Line starts are collected here and copied out once (a growing JS array per document is garbage). */
let lineScratch = new Int32Array(1024);

function computeLineStarts(text: string): Int32Array {
  // YAML breaks lines at LF, CRLF and a lone CR (old Mac files); the common case takes the fast path.
  if (text.includes('\r')) return Int32Array.from([0, ...[...text.matchAll(/\r\n?|\n/g)].map((match) => match.index + match[0].length)]);
  let count = 1;
  lineScratch[0] = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    if (count === lineScratch.length) {
      const larger = new Int32Array(count * 2);
      larger.set(lineScratch);
      lineScratch = larger;
    }
    lineScratch[count++] = index + 1;
  }
  return lineScratch.slice(0, count);
}

/** Below this many entries a collection is walked, not indexed. */
const SMALL = 32;

function nthChild(tree: NodeTree, node: number, index: number): number {
  let child = tree.firstChild(node);
  for (let i = 0; i < index && child >= 0; i++) child = tree.nextSibling(child);
  return child;
}

/** A parsed document that can say where any of its values (or keys) stands in the source. */
export class YamlDocument {
  /** Children of the nodes looked up so far, and key → key-node index for mappings. */
  private readonly children = new Map<number, number[]>();
  private readonly keys = new Map<number, Map<string, number>>();

  constructor(
    readonly value: unknown,
    private readonly tree: NodeTree,
    private readonly root: number,
    private readonly lines: LineIndex,
  ) {}

  /**
   * The span of the key or value at `path` when the source there is exactly `word`, plain (and ending
   * there) or quoted with no escapes: a span an edit may replace without touching anything else.
   */
  spanOf(path: FieldPath, part: 'key' | 'value', word: string, from: number = this.root): { line: number; column: number; endLine: number; endColumn: number; quote: string } | undefined {
    const node = this.walk(from, path);
    const target = part === 'key' && this.walkedKey >= 0 ? this.walkedKey : node;
    if (node < 0 || target < 0 || /[\r\n\\]/.test(word)) return undefined;
    const text = this.lines.text;
    const at = this.tree.start(target);
    const position = this.lines.positionAt(at);
    const quote = text[at] === '"' || text[at] === "'" ? text[at]! : '';
    const written = `${quote}${word}${quote}`;
    if (!text.startsWith(written, at)) return undefined;
    // A plain word must end there (`mode` is not the start of `model`).
    if (!quote && /[^\s:,\]}#]/.test(text[at + written.length] ?? ' ')) return undefined;
    return { line: position.line, column: position.column, endLine: position.line, endColumn: position.column + written.length, quote };
  }

  /** The key node of the last step `walk` took (-1 when that step was a list index). */
  private walkedKey = -1;

  /**
   * Position of the value at `path` (or of its key, for `'key'`), or undefined when the path does
   * not exist in the source. `from` (a node from `nodeAt`) starts the path further down.
   */
  locate(path: FieldPath, part: 'key' | 'value' = 'value', from: number = this.root): SourcePosition | undefined {
    const node = this.walk(from, path);
    const target = part === 'key' && this.walkedKey >= 0 ? this.walkedKey : node;
    return target >= 0 ? this.lines.positionAt(this.tree.start(target)) : undefined;
  }

  /** The node at `path` (-1 when absent), to locate many paths under it without walking to it each time. */
  nodeAt(path: FieldPath): number {
    return this.walk(this.root, path);
  }

  private walk(from: number, path: FieldPath): number {
    const { tree } = this;
    let node = from;
    this.walkedKey = -1;
    for (const step of path) {
      this.walkedKey = -1;
      if (node < 0 || tree.firstChild(node) < 0) return -1;
      if (tree.kind(node) === SEQUENCE) {
        if (typeof step !== 'number') return -1;
        node = step < SMALL ? nthChild(tree, node, step) : (this.childrenOf(node)[step] ?? -1);
        continue;
      }
      const key = String(step);
      let keyNode = -1;
      // A small mapping (a route has about 20 keys) is walked; a large one gets an index.
      let pairs = 0;
      let child = tree.firstChild(node);
      while (child >= 0 && pairs < SMALL) {
        if (tree.key(child) === key) {
          keyNode = child;
          break;
        }
        const value = tree.nextSibling(child);
        child = value < 0 ? -1 : tree.nextSibling(value);
        pairs++;
      }
      if (keyNode < 0 && child >= 0) {
        const children = this.childrenOf(node);
        const at = this.keysOf(node, children).get(key);
        if (at !== undefined) keyNode = children[at]!;
      }
      if (keyNode < 0) return -1;
      this.walkedKey = keyNode;
      node = tree.nextSibling(keyNode);
    }
    return node;
  }

  private childrenOf(node: number): number[] {
    let list = this.children.get(node);
    if (!list) {
      list = [];
      for (let child = this.tree.firstChild(node); child >= 0; child = this.tree.nextSibling(child)) list.push(child);
      this.children.set(node, list);
    }
    return list;
  }

  /** Key → position of the key in `children`; the first occurrence wins (duplicates are rejected anyway). */
  private keysOf(node: number, children: number[]): Map<string, number> {
    let index = this.keys.get(node);
    if (!index) {
      index = new Map();
      for (let i = children.length - 2; i >= 0; i -= 2) {
        const key = this.tree.key(children[i]!);
        if (key !== undefined) index.set(key, i);
      }
      this.keys.set(node, index);
    }
    return index;
  }
}

/** Characters YAML does not allow anywhere in a stream (tab, line feed and carriage return are fine). */
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

const FORBIDDEN_START: Record<string, string> = {
  '&': 'anchors (&name) are not allowed: write the value out',
  '*': 'aliases (*name) are not allowed: write the value out',
  '!': 'tags (!tag) are not allowed: values are plain YAML 1.2 scalars, lists and maps',
};

/**
 * Parses one YAML 1.2 document under the strict profile: no anchors, aliases, tags, directives
 * other than `%YAML 1.2`, duplicate keys or further documents. Dates stay strings.
 * Throws StrictYamlError with the position of the first problem.
 *
 * Common documents are read by the fast block reader; the rest (and, with `commonReader: false`,
 * everything: the tests compare the two) by js-yaml.
 */
export function parseStrictYaml(input: string, options: { commonReader?: boolean } = {}): YamlDocument {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = new LineIndex(text);
  const read = (options.commonReader === false ? null : readCommonYaml(text)) ?? readWithJsYaml(text, lines);
  return new YamlDocument(read.value, read.tree, read.root, lines);
}

/** js-yaml's reading of `text` under the strict profile, with the position tree from its listener. */
function readWithJsYaml(text: string, lines: LineIndex): { value: unknown; tree: NodeTree; root: number } {
  const fail = (offset: number, message: string): never => {
    throw new StrictYamlError({ ...lines.positionAt(offset), message });
  };
  checkDirectives(text, fail);

  const tree = new NodeTree();
  /** Each node's value, to recognise js-yaml's wrapper nodes (below). */
  const results: unknown[] = [];
  const stack: number[] = [];
  let root = -1;
  const listener = (event: 'open' | 'close', state: { position: number; result: unknown }): void => {
    if (event === 'open') {
      if (stack.length >= MAX_DEPTH) fail(state.position, `nesting deeper than ${MAX_DEPTH} levels`);
      stack.push(tree.add(state.position, SCALAR));
      return;
    }
    const node = stack.pop()!;
    const start = skipSeparation(text, tree.start(node));
    tree.setStart(node, start);
    const reason = FORBIDDEN_START[text[start] ?? ''];
    if (reason) fail(start, reason);
    const result = state.result;
    results[node] = result;
    // Any scalar may be a mapping key: js-yaml's keys are what String() makes of them.
    if (Array.isArray(result)) tree.setKind(node, SEQUENCE);
    else if (result !== null && typeof result === 'object') tree.setKind(node, MAPPING);
    else tree.setKind(node, SCALAR, String(result));
    // js-yaml first tries a block mapping and reads the next node as its key; when no `:` follows,
    // that node is the result. So a scalar drops the attempt, and a collection that wraps one child
    // holding the very same object (a flow `{…}` or `[…]` at the root or in a list) takes its children.
    if (result === null || typeof result !== 'object') tree.setChildren(node, -1, -1);
    else {
      const only = tree.firstChild(node);
      if (only >= 0 && only === tree.lastChild(node) && results[only] === result) tree.setChildren(node, tree.firstChild(only), tree.lastChild(only));
    }
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    if (parent < 0) root = node;
    else tree.link(parent, node);
  };

  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, listener, json: false });
  } catch (error) {
    if (error instanceof StrictYamlError) throw error;
    if (error instanceof jsYaml.YAMLException) {
      const mark = error.mark as { position?: number } | undefined;
      const reason = error.reason ?? '';
      if (reason.includes('expected a single document')) fail(secondDocumentStart(text), describeYamlException(error));
      if (reason.includes('unidentified alias')) fail(Math.max(0, text.lastIndexOf('*', mark?.position ?? 0)), FORBIDDEN_START['*']!);
      // js-yaml finds a control character only at the end of the scalar that holds it: point at it.
      if (reason.includes('non-printable')) {
        const found = NON_PRINTABLE.exec(text);
        if (found && found.index <= (mark?.position ?? 0)) fail(found.index, describeYamlException(error));
      }
      // js-yaml rejects a tag it does not know only after reading the tagged node; the node still
      // open on the stack starts at its properties, so point at the tag (or the anchor before it).
      const tagged = /\btag\b/.test(reason) ? stack[stack.length - 1] : undefined;
      if (tagged !== undefined) {
        const start = skipSeparation(text, tree.start(tagged));
        fail(start, FORBIDDEN_START[text[start] ?? ''] ?? describeYamlException(error));
      }
      fail(mark?.position ?? 0, describeYamlException(error));
    }
    if (error instanceof RangeError) fail(0, 'the document is nested too deeply to read');
    throw error;
  }
  return { value, tree: tree.seal(), root };
}

function skipSeparation(text: string, offset: number): number {
  let position = offset;
  for (;;) {
    const code = text.charCodeAt(position);
    if (code === 32 || code === 9 || code === 10 || code === 13) position++;
    else if (code === 35 /* # */) {
      const end = text.indexOf('\n', position);
      position = end === -1 ? text.length : end;
    } else return position;
  }
}

function checkDirectives(text: string, fail: (offset: number, message: string) => never): void {
  let offset = 0;
  let yamlDirective = false;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    const lineEnd = end === -1 ? text.length : end;
    const line = text.slice(offset, lineEnd).trim();
    if (line.startsWith('%')) {
      const [name, version] = line.split(/\s+/);
      if (name === '%YAML' && yamlDirective) fail(offset, 'more than one %YAML directive: write at most one `%YAML 1.2`');
      yamlDirective ||= name === '%YAML';
      if (name === '%YAML' && version !== '1.2')
        fail(offset, `YAML ${version ?? '(no version)'} is not accepted: write YAML 1.2 (drop the %YAML line)`);
      if (name === '%TAG') fail(offset, 'tag directives (%TAG) are not allowed');
    } else if (line !== '' && !line.startsWith('#')) return;
    offset = lineEnd + 1;
  }
}

/** Offset of the `---` that starts a second document. */
function secondDocumentStart(text: string): number {
  const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((match) => match.index);
  const first = markers[0];
  if (first === undefined) return 0;
  const hasContentBefore = text
    .slice(0, first)
    .split('\n')
    .some((line) => line.trim() !== '' && !line.trim().startsWith('#') && !line.trim().startsWith('%'));
  return (hasContentBefore ? first : markers[1]) ?? first;
}

function describeYamlException(error: InstanceType<typeof jsYaml.YAMLException>): string {
  const reason = error.reason ?? 'invalid YAML';
  if (reason.includes('duplicated mapping key')) return 'duplicate key: each key may appear once in a mapping';
  if (reason.includes('expected a single document')) return 'more than one YAML document: a file holds exactly one';
  return `invalid YAML: ${reason}`;
}
