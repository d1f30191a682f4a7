// A fast reader for the YAML that manifests and policies are written in: block mappings and lists,
// one-line plain and quoted scalars, one-line flow collections and comments. It builds the value and
// the position tree in one pass: on a cold start it reads W1's manifests in 60% of the time js-yaml
// with its listener takes, and in 40% once warmed up (docs/benchmarks.md); js-yaml was the largest
// cost of a large check.
//
// It never judges a document. Whatever it is not certain to read exactly as js-yaml does (block
// scalars, multi-line scalars, escapes, anchors, tags, duplicate keys, tabs, CR line breaks, odd
// indentation, anything invalid) makes it give up, and strict-yaml.ts reads the text with js-yaml,
// which also words every error. A property test holds the two readers to the same values and
// positions on every text this one accepts (__tests__/yaml/block-reader.test.ts).
import jsYaml from 'js-yaml';
import { MAPPING, NodeTree, SCALAR, SEQUENCE } from './node-tree.js';

/** js-yaml's core schema resolves plain scalars with these, in this order (js-yaml exports them; its typings omit them). */
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', jsYaml.Type> };
const IMPLICIT_TYPES = [types.null, types.bool, types.int, types.float];

/**
 * Characters a YAML stream may not hold (control characters, lone surrogates; js-yaml's test), and
 * a quicker first look that only a text with control characters or surrogates at all can fail.
 */
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const MAYBE_NON_PRINTABLE = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Deep enough for any manifest; deeper documents go to js-yaml, which enforces the limit. */
const MAX_DEPTH = 48;
/** YAML limits implicit keys to 1024 characters. */
const MAX_KEY_LENGTH = 1000;

const LF = 10;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/**
 * Runs of characters that need no second look, skipped by the regular-expression engine (which scans
 * at full speed from the first document on, before V8 has optimised any of this file).
 */
const KEY_RUN = /[^\n:#,[\]{}"']*/y;
const PLAIN_RUN = /[^\n:#]*/y;

/** The offset after the run of `pattern` (a sticky class) that starts at `offset`. */
function skipRun(pattern: RegExp, text: string, offset: number): number {
  pattern.lastIndex = offset;
  pattern.test(text);
  return pattern.lastIndex;
}

/** Thrown (one shared object, never shown) to give the text to js-yaml. */
const UNSUPPORTED = Symbol('unsupported');

function unsupported(): never {
  throw UNSUPPORTED;
}

/**
 * Reads `text` (BOM already removed) when it is in the common subset, or returns null to have it
 * read by js-yaml.
 */
export function readCommonYaml(text: string): { value: unknown; tree: NodeTree; root: number } | null {
  if (text.includes('\t') || text.includes('\r')) return null;
  if (MAYBE_NON_PRINTABLE.test(text) && NON_PRINTABLE.test(text)) return null;
  try {
    return new BlockReader(text).document();
  } catch (error) {
    if (error === UNSUPPORTED) return null;
    throw error;
  }
}

function isBlank(code: number): boolean {
  return code === SPACE || code === LF || Number.isNaN(code);
}

function isFlowIndicator(code: number): boolean {
  return code === 44 /* , */ || code === 91 /* [ */ || code === 93 /* ] */ || code === 123 /* { */ || code === 125 /* } */;
}

/** Characters that cannot start a plain scalar (js-yaml's readPlainScalar), plus `:` and `?` which we leave to it. */
function cannotStartPlain(code: number, following: number): boolean {
  switch (code) {
    case 44: case 91: case 93: case 123: case 125: // , [ ] { }
    case HASH: case 38: case 42: case 33: case 124: case 62: case 39: case 34: case 37: case 64: case 96: // # & * ! | > ' " % @ `
    case COLON: case 63: // : ?
      return true;
    case DASH:
      return isBlank(following) || isFlowIndicator(following);
    default:
      return isBlank(code);
  }
}

/** A plain scalar's value under js-yaml's core schema: null, boolean, integer, float or the string. */
function resolvePlain(source: string): unknown {
  const code = source.charCodeAt(0);
  // Only these first characters can begin a null, boolean or number: skip the resolvers for the rest.
  const digit = code >= 48 && code <= 57;
  if (!digit && code !== 43 && code !== 45 && code !== 46 && code !== 126 && code !== 110 && code !== 78 && code !== 116 && code !== 84 && code !== 102 && code !== 70)
    return source;
  // A date (`2026-11-02`, the commonest digit-led value) is no number: '-' only signs or follows `e`.
  if (digit && source.length === 10 && source.charCodeAt(4) === 45 && source.charCodeAt(7) === 45) return source;
  for (const type of IMPLICIT_TYPES) if (type.resolve(source)) return type.construct(source);
  return source;
}

/**
 * Recently read scalars, by a hash of their text: manifests repeat the same keys and many of the same
 * values (kinds, stages, owners, dates) thousands of times. A hit reuses the string and its resolved
 * value instead of copying the text again, which is most of what a large check would otherwise
 * allocate and keep. Direct-mapped and fixed in size: hostile input cannot grow it.
 */
class ScalarCache {
  private readonly sources: (string | undefined)[] = new Array<string | undefined>(1024);
  private readonly values: unknown[] = new Array<unknown>(1024);

  constructor(private readonly resolve: (source: string) => unknown) {}

  /** The resolved value of the plain scalar `text.slice(start, end)`. */
  read(text: string, start: number, end: number): unknown {
    const length = end - start;
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1) * 3 + text.charCodeAt(start + (length >> 1))) & 1023;
    const cached = this.sources[slot];
    if (cached !== undefined && cached.length === length && text.startsWith(cached, start)) return this.values[slot];
    const source = text.slice(start, end);
    const value = this.resolve(source);
    this.sources[slot] = source;
    this.values[slot] = value;
    return value;
  }
}

const plainValues = new ScalarCache(resolvePlain);
const plainKeys = new ScalarCache((source) => String(resolvePlain(source)));
const quotedValues = new ScalarCache((source) => source);

function addEntry(object: Record<string, unknown>, key: string, value: unknown): void {
  // Duplicate keys are errors and `__proto__`/`<<` need js-yaml's own handling.
  if (key === '__proto__' || key === '<<' || Object.prototype.hasOwnProperty.call(object, key)) unsupported();
  object[key] = value;
}

class BlockReader {
  private readonly tree = new NodeTree();
  private readonly length: number;
  /** Start of the next line holding content after the node just read (-1 at the end). */
  private next = -1;
  /** Indentation of that line. */
  private nextIndent = 0;
  /** Offset just after the scalar or flow collection just read. */
  private end = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  document(): { value: unknown; tree: NodeTree; root: number } {
    const { text } = this;
    this.findContent(0, true);
    if (this.next < 0) unsupported();
    // One `---` line may open the document.
    if (this.nextIndent === 0 && text.startsWith('---', this.next)) {
      if (!this.restIsEmpty(this.next + 3)) unsupported();
      this.findContent(this.lineAfter(this.next + 3), false);
      if (this.next < 0) unsupported();
    }
    if (this.nextIndent !== 0) unsupported();
    const value = this.block(-1, 0);
    if (this.next >= 0) unsupported();
    return { value, tree: this.tree.seal(), root: 0 };
  }

  /**
   * Sets `next`/`nextIndent` to the first line from `offset` (a line start) that holds more than
   * spaces or a comment. Document markers and directives after the start are left to js-yaml.
   */
  private findContent(offset: number, atStart: boolean): void {
    const { text, length } = this;
    let line = offset;
    while (line < length) {
      let position = line;
      while (text.charCodeAt(position) === SPACE) position++;
      const code = text.charCodeAt(position);
      if (position < length && code !== LF && code !== HASH) {
        if (position === line && !atStart && (code === 37 /* % */ || ((code === DASH || code === 46) && /^(?:---|\.\.\.)(?:[ \n]|$)/.test(text.slice(line, line + 4)))))
          unsupported();
        this.next = line;
        this.nextIndent = position - line;
        return;
      }
      const lineEnd = text.indexOf('\n', position);
      if (lineEnd < 0) break;
      line = lineEnd + 1;
    }
    this.next = -1;
    this.nextIndent = 0;
  }

  private lineAfter(offset: number): number {
    const lineEnd = this.text.indexOf('\n', offset);
    return lineEnd < 0 ? this.length : lineEnd + 1;
  }

  /** True when only spaces, or spaces and a comment, follow `offset` on its line. */
  private restIsEmpty(offset: number): boolean {
    const { text } = this;
    let position = offset;
    while (text.charCodeAt(position) === SPACE) position++;
    const code = text.charCodeAt(position);
    return position >= this.length || code === LF || (code === HASH && text.charCodeAt(position - 1) === SPACE);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) unsupported();
  }

  /** Reads the block node on line `next`, at indentation `indent`, and returns its value. */
  private block(parent: number, indent: number): unknown {
    const start = this.next + indent;
    const code = this.text.charCodeAt(start);
    if (code === DASH && isBlank(this.text.charCodeAt(start + 1))) return this.sequence(parent, start, indent);
    const colon = this.keyEnd(start);
    return colon >= 0 ? this.mapping(parent, start, indent, colon) : unsupported();
  }

  /**
   * Offset of the `:` that ends a plain key starting at `start` on its line, or -1 when the line
   * holds no such key (then it is a scalar, or something js-yaml must judge).
   */
  private keyEnd(start: number): number {
    const { text } = this;
    if (cannotStartPlain(text.charCodeAt(start), text.charCodeAt(start + 1))) return -1;
    let position = start + 1;
    for (;;) {
      position = skipRun(KEY_RUN, text, position);
      const code = text.charCodeAt(position);
      if (code === COLON) {
        if (!isBlank(text.charCodeAt(position + 1))) {
          position++;
          continue;
        }
        // `key :` and very long keys are valid YAML, but rare: leave them to js-yaml.
        if (text.charCodeAt(position - 1) === SPACE || position - start > MAX_KEY_LENGTH) unsupported();
        return position;
      }
      if (code === HASH && text.charCodeAt(position - 1) !== SPACE) {
        position++;
        continue;
      }
      // The end of the text or line, a comment, a flow indicator or a quote: no plain key here.
      return -1;
    }
  }

  /** Reads a block mapping whose first key starts at `start` and ends at `firstColon`. */
  private mapping(parent: number, start: number, indent: number, firstColon: number): Record<string, unknown> {
    this.enter();
    const { text, tree } = this;
    const object: Record<string, unknown> = {};
    const node = tree.append(start, MAPPING, parent);
    let keyStart = start;
    for (let colon = firstColon; ; colon = this.keyEnd(keyStart)) {
      if (colon < 0) unsupported();
      const key = plainKeys.read(text, keyStart, colon) as string;
      tree.append(keyStart, SCALAR, node, key);
      let valueStart = colon + 1;
      while (text.charCodeAt(valueStart) === SPACE) valueStart++;
      let value: unknown;
      if (this.restIsEmpty(valueStart)) {
        // The value is on the lines below: a nested block, or a list at the key's own indentation.
        this.findContent(this.lineAfter(valueStart), false);
        if (this.next >= 0 && this.nextIndent > indent) value = this.block(node, this.nextIndent);
        else if (this.next >= 0 && this.nextIndent === indent && this.startsListItem(this.next + indent))
          value = this.sequence(node, this.next + indent, indent);
        else return unsupported(); // an empty value: js-yaml places its null node
      } else value = this.inline(node, valueStart);
      addEntry(object, key, value);
      if (this.next < 0 || this.nextIndent < indent) break;
      if (this.nextIndent > indent) unsupported();
      keyStart = this.next + indent;
      if (this.startsListItem(keyStart)) unsupported();
    }
    this.depth--;
    return object;
  }

  private startsListItem(offset: number): boolean {
    return this.text.charCodeAt(offset) === DASH && isBlank(this.text.charCodeAt(offset + 1));
  }

  private sequence(parent: number, start: number, indent: number): unknown[] {
    this.enter();
    const { text, tree } = this;
    const list: unknown[] = [];
    const node = tree.append(start, SEQUENCE, parent);
    let dash = start;
    for (;;) {
      let itemStart = dash + 1;
      while (text.charCodeAt(itemStart) === SPACE) itemStart++;
      let item: unknown;
      if (this.restIsEmpty(itemStart)) {
        this.findContent(this.lineAfter(itemStart), false);
        if (this.next < 0 || this.nextIndent <= indent) unsupported(); // an empty item
        item = this.block(node, this.nextIndent);
      } else if (this.startsListItem(itemStart)) {
        return unsupported(); // `- - a`
      } else {
        // `- key: value` opens a mapping indented as far as its first key.
        const colon = this.keyEnd(itemStart);
        item = colon >= 0 ? this.mapping(node, itemStart, itemStart - (dash - indent), colon) : this.inline(node, itemStart);
      }
      list.push(item);
      if (this.next < 0 || this.nextIndent < indent) break;
      if (this.nextIndent > indent) unsupported();
      dash = this.next + indent;
      if (!this.startsListItem(dash)) break; // the mapping that holds a list at its own indentation goes on
    }
    this.depth--;
    return list;
  }

  /** Reads a scalar or flow collection that starts at `start` and ends its line. */
  private inline(parent: number, start: number): unknown {
    const { text } = this;
    const code = text.charCodeAt(start);
    let value: unknown;
    if (code === 91 /* [ */ || code === 123 /* { */ || code === 34 /* " */ || code === 39 /* ' */) value = this.flowNode(parent, start);
    else {
      if (cannotStartPlain(code, text.charCodeAt(start + 1))) unsupported();
      let end = start + 1;
      for (;;) {
        end = skipRun(PLAIN_RUN, text, end);
        const current = text.charCodeAt(end);
        if (end >= this.length || current === LF || (current === HASH && text.charCodeAt(end - 1) === SPACE)) break;
        // `key: a: b` is an error, and `:` ending the line would make a key: js-yaml says which.
        if (current === COLON && isBlank(text.charCodeAt(end + 1))) unsupported();
        end++;
      }
      while (text.charCodeAt(end - 1) === SPACE) end--;
      this.end = end;
      value = plainValues.read(text, start, end);
      this.tree.append(start, SCALAR, parent);
    }
    if (!this.restIsEmpty(this.end)) unsupported();
    // A deeper line next would continue the scalar: the mapping or list that owns it gives up then.
    this.findContent(this.lineAfter(this.end), false);
    return value;
  }

  /** A quoted scalar or a flow collection, on one line; sets `end` past it. */
  private flowNode(parent: number, start: number): unknown {
    const code = this.text.charCodeAt(start);
    if (code === 34) return this.doubleQuoted(parent, start);
    if (code === 39) return this.singleQuoted(parent, start);
    if (code === 91) return this.flowSequence(parent, start);
    if (code === 123) return this.flowMapping(parent, start);
    return this.flowPlain(parent, start);
  }

  private doubleQuoted(parent: number, start: number): string {
    const { text } = this;
    let end = start + 1;
    for (; ; end++) {
      const code = text.charCodeAt(end);
      if (code === 34) break;
      // Escapes and line folding are js-yaml's.
      if (code === 92 /* \ */ || code === LF || end >= this.length) unsupported();
    }
    this.end = end + 1;
    this.tree.append(start, SCALAR, parent);
    return quotedValues.read(text, start + 1, end) as string;
  }

  private singleQuoted(parent: number, start: number): string {
    const { text } = this;
    let value = '';
    let segment = start + 1;
    for (let position = segment; ; position++) {
      const code = text.charCodeAt(position);
      if (code === LF || position >= this.length) unsupported();
      if (code !== 39) continue;
      if (text.charCodeAt(position + 1) !== 39) {
        this.end = position + 1;
        this.tree.append(start, SCALAR, parent);
        return segment === start + 1 ? (quotedValues.read(text, segment, position) as string) : value + text.slice(segment, position);
      }
      value += text.slice(segment, position);
      value += "'";
      segment = ++position + 1;
    }
  }

  /** Skips spaces on the line; a line break or comment inside a flow collection is left to js-yaml. */
  private skipFlowSpace(offset: number): number {
    let position = offset;
    while (this.text.charCodeAt(position) === SPACE) position++;
    const code = this.text.charCodeAt(position);
    if (code === LF || code === HASH || position >= this.length) unsupported();
    return position;
  }

  private flowSequence(parent: number, start: number): unknown[] {
    const list: unknown[] = [];
    const node = this.tree.append(start, SEQUENCE, parent);
    this.flowEntries(start, 93 /* ] */, (position) => {
      list.push(this.flowNode(node, position));
      if (this.text.charCodeAt(this.end) === COLON) unsupported(); // `[a: b]` pairs
    });
    return list;
  }

  private flowMapping(parent: number, start: number): Record<string, unknown> {
    const { text, tree } = this;
    const object: Record<string, unknown> = {};
    const node = tree.append(start, MAPPING, parent);
    this.flowEntries(start, 125 /* } */, (keyStart) => {
      const key = String(this.flowPlainValue(keyStart));
      // A key ends at its `:`; a space before the `:` is left to js-yaml.
      if (text.charCodeAt(this.end) !== COLON || text.charCodeAt(this.end + 1) !== SPACE) unsupported();
      tree.append(keyStart, SCALAR, node, key);
      const value = this.flowNode(node, this.skipFlowSpace(this.end + 1));
      if (text.charCodeAt(this.end) === COLON) unsupported();
      addEntry(object, key, value);
    });
    return object;
  }

  /** Reads the comma-separated entries of the flow collection opened at `start`, up to `close`. */
  private flowEntries(start: number, close: number, readEntry: (position: number) => void): void {
    this.enter();
    let position = this.skipFlowSpace(start + 1);
    if (this.text.charCodeAt(position) !== close) {
      for (;;) {
        readEntry(position);
        position = this.skipFlowSpace(this.end);
        const code = this.text.charCodeAt(position);
        if (code === close) break;
        if (code !== 44 /* , */) unsupported();
        position = this.skipFlowSpace(position + 1);
      }
    }
    this.end = position + 1;
    this.depth--;
  }

  private flowPlain(parent: number, start: number): unknown {
    const value = this.flowPlainValue(start);
    this.tree.append(start, SCALAR, parent);
    return value;
  }

  /** A plain scalar inside a flow collection; it stops at a flow indicator or `: `, and `end` after its last non-space. */
  private flowPlainValue(start: number): unknown {
    const { text } = this;
    const code = text.charCodeAt(start);
    if (cannotStartPlain(code, text.charCodeAt(start + 1))) unsupported();
    let end = start + 1;
    for (; ; end++) {
      const current = text.charCodeAt(end);
      if (current === LF || end >= this.length || (current === HASH && text.charCodeAt(end - 1) === SPACE)) unsupported();
      if (isFlowIndicator(current)) break;
      if (current === COLON && (isBlank(text.charCodeAt(end + 1)) || isFlowIndicator(text.charCodeAt(end + 1)))) break;
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    this.end = end;
    return plainValues.read(text, start, end);
  }
}
