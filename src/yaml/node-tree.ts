// The positions of a parsed YAML document, shared by both readers (see strict-yaml.ts).

/** Per node: start offset, first child, next sibling, last child (while building). */
const BUILD_STRIDE = 4;
/** Per node once sealed: start offset, first child, next sibling. */
const STRIDE = 3;

/** Reused while a document is read (reading is synchronous), so each tree allocates once. */
let scratch = new Int32Array(4096 * BUILD_STRIDE);

/**
 * The document's nodes in one flat typed array (no object per node, and nothing for the garbage
 * collector to copy: this matters at tens of thousands of routes), plus their values. Children form
 * linked lists; mapping children alternate key, value. -1 stands for no node.
 */
export class NodeTree {
  private sealed: Int32Array | null = null;
  /** The node's value; for a mapping key, the key. */
  readonly values: unknown[] = [];

  get size(): number {
    return this.values.length;
  }

  /** Adds a node without a parent and returns its index. */
  add(start: number, value: unknown): number {
    const node = this.values.length;
    const at = node * BUILD_STRIDE;
    if (at + BUILD_STRIDE > scratch.length) {
      const larger = new Int32Array(scratch.length * 2);
      larger.set(scratch);
      scratch = larger;
    }
    scratch[at] = start;
    scratch[at + 1] = -1;
    scratch[at + 2] = -1;
    scratch[at + 3] = -1;
    this.values.push(value);
    return node;
  }

  /** Adds a node as the last child of `parent` (or as a root, for -1) and returns its index. */
  append(start: number, value: unknown, parent: number): number {
    const node = this.add(start, value);
    if (parent >= 0) this.link(parent, node);
    return node;
  }

  link(parent: number, node: number): void {
    const at = parent * BUILD_STRIDE;
    if (scratch[at + 1]! < 0) scratch[at + 1] = node;
    else scratch[scratch[at + 3]! * BUILD_STRIDE + 2] = node;
    scratch[at + 3] = node;
  }

  start(node: number): number {
    return this.sealed ? this.sealed[node * STRIDE]! : scratch[node * BUILD_STRIDE]!;
  }

  setStart(node: number, start: number): void {
    scratch[node * BUILD_STRIDE] = start;
  }

  firstChild(node: number): number {
    return this.sealed ? this.sealed[node * STRIDE + 1]! : scratch[node * BUILD_STRIDE + 1]!;
  }

  lastChild(node: number): number {
    return scratch[node * BUILD_STRIDE + 3]!;
  }

  /** Replaces a node's children (js-yaml's wrapper nodes, see strict-yaml.ts). */
  setChildren(node: number, first: number, last: number): void {
    scratch[node * BUILD_STRIDE + 1] = first;
    scratch[node * BUILD_STRIDE + 3] = last;
  }

  nextSibling(node: number): number {
    return this.sealed ? this.sealed[node * STRIDE + 2]! : scratch[node * BUILD_STRIDE + 2]!;
  }

  /** Copies the finished tree out of the shared scratch space. */
  seal(): this {
    const size = this.values.length;
    const sealed = new Int32Array(size * STRIDE);
    for (let node = 0, from = 0, to = 0; node < size; node++, from += BUILD_STRIDE, to += STRIDE) {
      sealed[to] = scratch[from]!;
      sealed[to + 1] = scratch[from + 1]!;
      sealed[to + 2] = scratch[from + 2]!;
    }
    this.sealed = sealed;
    return this;
  }
}

export interface ParsedYaml {
  value: unknown;
  tree: NodeTree;
  /** Index of the root node. */
  root: number;
}
