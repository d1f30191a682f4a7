// The positions of a parsed YAML document, shared by both readers (see strict-yaml.ts).

export const SCALAR = 0;
export const MAPPING = 1;
export const SEQUENCE = 2;
export type NodeKind = typeof SCALAR | typeof MAPPING | typeof SEQUENCE;

/** Per node: start offset, first child, next sibling, last child (while building), kind and key. */
const STRIDE = 5;

/**
 * Trees are written straight into shared blocks rather than arrays of their own: allocating a typed
 * array costs far more than a few kilobytes of numbers, and a check keeps thousands of trees. One tree
 * is built at a time (reading is synchronous); a tree abandoned half-built (the block reader giving
 * up) leaves its space to the next. A block is freed when no tree in it is left.
 */
const BLOCK_SIZE = 1 << 20;
/** Allocated with the first tree: commands that read no YAML never pay for it. */
let block: Int32Array | undefined;
let blockUsed = 0;

/**
 * Key texts by number, shared by the trees (the same few keys recur in every manifest). A full
 * table is replaced, never cleared: trees keep the table they were built with.
 */
class KeyTable {
  readonly names: string[] = [];
  readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names.push(key) - 1;
      this.ids.set(key, id);
    }
    return id;
  }
}
const MAX_KEYS = 1 << 16;
let keyTable = new KeyTable();

/**
 * The document's nodes in one flat typed array, with no object and no JS value per node: a large
 * check keeps thousands of these, and the garbage collector has nothing in them to copy. Children form
 * linked lists; mapping children alternate key, value. Keys are stored once per distinct text. -1
 * stands for no node.
 */
export class NodeTree {
  /** The block the tree is written in, and where in it the tree starts. */
  private storage = (block ??= new Int32Array(BLOCK_SIZE));
  private base = blockUsed;
  private readonly keys: KeyTable;
  size = 0;

  constructor() {
    if (keyTable.names.length >= MAX_KEYS) keyTable = new KeyTable();
    this.keys = keyTable;
  }

  /** Adds a node without a parent and returns its index. `key` is the text a mapping key stands for. */
  add(start: number, kind: NodeKind, key?: string): number {
    const node = this.size++;
    let at = this.base + node * STRIDE;
    if (at + STRIDE > this.storage.length) at = this.moveToNewBlock() + node * STRIDE;
    const storage = this.storage;
    storage[at] = start;
    storage[at + 1] = -1;
    storage[at + 2] = -1;
    storage[at + 3] = -1;
    storage[at + 4] = this.info(kind, key);
    return node;
  }

  /** Adds a node as the last child of `parent` (or as a root, for -1) and returns its index. */
  append(start: number, kind: NodeKind, parent: number, key?: string): number {
    const node = this.add(start, kind, key);
    if (parent >= 0) this.link(parent, node);
    return node;
  }

  link(parent: number, node: number): void {
    const { storage, base } = this;
    const at = base + parent * STRIDE;
    if (storage[at + 1]! < 0) storage[at + 1] = node;
    else storage[base + storage[at + 3]! * STRIDE + 2] = node;
    storage[at + 3] = node;
  }

  setStart(node: number, start: number): void {
    this.storage[this.base + node * STRIDE] = start;
  }

  /** Sets what a node turned out to be, once it is read (js-yaml's listener learns it at the end). */
  setKind(node: number, kind: NodeKind, key?: string): void {
    this.storage[this.base + node * STRIDE + 4] = this.info(kind, key);
  }

  /** Replaces a node's children (js-yaml's wrapper nodes, see strict-yaml.ts). */
  setChildren(node: number, first: number, last: number): void {
    this.storage[this.base + node * STRIDE + 1] = first;
    this.storage[this.base + node * STRIDE + 3] = last;
  }

  lastChild(node: number): number {
    return this.field(node, 3);
  }

  start(node: number): number {
    return this.field(node, 0);
  }

  firstChild(node: number): number {
    return this.field(node, 1);
  }

  nextSibling(node: number): number {
    return this.field(node, 2);
  }

  kind(node: number): NodeKind {
    return (this.field(node, 4) & 3) as NodeKind;
  }

  /** The text a key node stands for (undefined for other nodes). */
  key(node: number): string | undefined {
    const info = this.field(node, 4);
    return info >> 2 > 0 ? this.keys.names[(info >> 2) - 1] : undefined;
  }

  /** Marks the tree finished: its space in the block is kept, the next tree starts after it. */
  seal(): this {
    if (this.storage === block) blockUsed = this.base + this.size * STRIDE;
    return this;
  }

  private field(node: number, offset: number): number {
    return this.storage[this.base + node * STRIDE + offset]!;
  }

  /** Copies the tree built so far to the start of a new block, large enough for it to double. */
  private moveToNewBlock(): number {
    const used = (this.size - 1) * STRIDE;
    const larger = new Int32Array(Math.max(BLOCK_SIZE, used * 2 + STRIDE));
    larger.set(this.storage.subarray(this.base, this.base + used));
    block = this.storage = larger;
    blockUsed = this.base = 0;
    return 0;
  }

  private info(kind: NodeKind, key: string | undefined): number {
    return key === undefined ? kind : kind | ((this.keys.id(key) + 1) << 2);
  }
}
