// Strict YAML 1.2 loading with exact positions.
//
// js-yaml parses about ten times faster than `yaml`'s CST parser (see docs/benchmarks.md), so we parse
// with js-yaml and rebuild the node positions from its `listener` events: every node fires `open`
// before it is read and `close` after, so the events nest exactly like the document. The listener
// also enforces the strict profile while parsing, so an alias bomb or a 10,000-level nesting is
// stopped at its first token instead of being expanded.
import jsYaml from 'js-yaml';

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

interface YamlNode {
  /** Offset of the node's first character (after any separating space or comment). */
  start: number;
  value: unknown;
  /** Mapping: key, value, key, value …; sequence: items. Scalars have none. */
  children: YamlNode[] | null;
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
  private starts: number[] | null = null;
  constructor(private readonly text: string) {}

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
}

function computeLineStarts(text: string): number[] {
  // YAML breaks lines at LF, CRLF and a lone CR (old Mac files); the common case takes the fast path.
  if (text.includes('\r')) return [0, ...[...text.matchAll(/\r\n?|\n/g)].map((match) => match.index + match[0].length)];
  const starts = [0];
  let index = text.indexOf('\n');
  while (index !== -1) {
    starts.push(index + 1);
    index = text.indexOf('\n', index + 1);
  }
  return starts;
}

/** A parsed document that can say where any of its values (or keys) stands in the source. */
export class YamlDocument {
  constructor(
    readonly value: unknown,
    private readonly root: YamlNode | null,
    private readonly lines: LineIndex,
  ) {}

  /**
   * Position of the value at `path` (or of its key, for `'key'`), or undefined when the path does
   * not exist in the source.
   */
  locate(path: FieldPath, part: 'key' | 'value' = 'value'): SourcePosition | undefined {
    let node = this.root;
    let keyNode: YamlNode | null = null;
    for (const step of path) {
      if (!node?.children) return undefined;
      if (Array.isArray(node.value)) {
        if (typeof step !== 'number') return undefined;
        keyNode = null;
        node = node.children[step] ?? null;
      } else {
        const found = findPair(node.children, String(step));
        if (!found) return undefined;
        [keyNode, node] = found;
      }
    }
    const target = part === 'key' && keyNode ? keyNode : node;
    return target ? this.lines.positionAt(target.start) : undefined;
  }
}

/** Key → index of the key node, built for a mapping on its first look-up (routes have ~20 keys). */
const KEY_INDEX = new WeakMap<YamlNode[], Map<string, number>>();

function findPair(children: YamlNode[], key: string): [YamlNode, YamlNode] | undefined {
  let index = KEY_INDEX.get(children);
  if (!index) {
    index = new Map();
    for (let i = children.length - 2; i >= 0; i -= 2) index.set(String(children[i]!.value), i);
    KEY_INDEX.set(children, index);
  }
  const at = index.get(key);
  return at === undefined ? undefined : [children[at]!, children[at + 1]!];
}

const FORBIDDEN_START: Record<string, string> = {
  '&': 'anchors (&name) are not allowed: write the value out',
  '*': 'aliases (*name) are not allowed: write the value out',
  '!': 'tags (!tag) are not allowed: values are plain YAML 1.2 scalars, lists and maps',
};

/**
 * Parses one YAML 1.2 document under the strict profile: no anchors, aliases, tags, directives
 * other than `%YAML 1.2`, duplicate keys or further documents. Dates stay strings.
 * Throws StrictYamlError with the position of the first problem.
 */
export function parseStrictYaml(input: string): YamlDocument {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = new LineIndex(text);
  const fail = (offset: number, message: string): never => {
    throw new StrictYamlError({ ...lines.positionAt(offset), message });
  };
  checkDirectives(text, fail);

  const stack: YamlNode[] = [];
  let root: YamlNode | null = null;
  const listener = (event: 'open' | 'close', state: { position: number; result: unknown }): void => {
    if (event === 'open') {
      if (stack.length >= MAX_DEPTH) fail(state.position, `nesting deeper than ${MAX_DEPTH} levels`);
      stack.push({ start: state.position, value: undefined, children: null });
      return;
    }
    const node = stack.pop()!;
    node.start = skipSeparation(text, node.start);
    const reason = FORBIDDEN_START[text[node.start] ?? ''];
    if (reason) fail(node.start, reason);
    node.value = state.result;
    const parent = stack[stack.length - 1];
    if (!parent) root = node;
    // A scalar can be read first as an attempted mapping key; only collections keep children.
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
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
      // js-yaml rejects a tag it does not know only after reading the tagged node; the node still
      // open on the stack starts at its properties, so point at the tag (or the anchor before it).
      const tagged = /\btag\b/.test(reason) ? stack[stack.length - 1] : undefined;
      if (tagged) {
        const start = skipSeparation(text, tagged.start);
        fail(start, FORBIDDEN_START[text[start] ?? ''] ?? describeYamlException(error));
      }
      fail(mark?.position ?? 0, describeYamlException(error));
    }
    if (error instanceof RangeError) fail(0, 'the document is nested too deeply to read');
    throw error;
  }
  dropScalarChildren(root);
  return new YamlDocument(value, root, lines);
}

function dropScalarChildren(node: YamlNode | null): void {
  if (!node?.children) return;
  if (node.value === null || typeof node.value !== 'object') {
    node.children = null;
    return;
  }
  for (const child of node.children) dropScalarChildren(child);
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
