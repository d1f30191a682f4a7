// The positions of a parsed YAML document, shared by both readers (see strict-yaml.ts).

/**
 * The document's nodes in flat arrays (one entry per node): no object per node, which matters at
 * tens of thousands of routes. Children form linked lists; mapping children alternate key, value.
 */
export interface NodeTree {
  /** Offset of each node's first character (after any separating space or comment). */
  starts: number[];
  /** The node's value; for a mapping key, the key. */
  values: unknown[];
  /** First child (-1 for none). Scalars have none. */
  firstChild: number[];
  nextSibling: number[];
  lastChild: number[];
}

export interface ParsedYaml {
  value: unknown;
  tree: NodeTree;
  /** Index of the root node, or -1 for an empty document. */
  root: number;
}

export function emptyTree(): NodeTree {
  return { starts: [], values: [], firstChild: [], nextSibling: [], lastChild: [] };
}

/** Appends a node as the last child of `parent` (or as a root, for -1) and returns its index. */
export function appendNode(tree: NodeTree, start: number, value: unknown, parent: number): number {
  const node = tree.starts.length;
  tree.starts.push(start);
  tree.values.push(value);
  tree.firstChild.push(-1);
  tree.nextSibling.push(-1);
  tree.lastChild.push(-1);
  if (parent >= 0) linkChild(tree, parent, node);
  return node;
}

export function linkChild(tree: NodeTree, parent: number, node: number): void {
  if (tree.firstChild[parent]! < 0) tree.firstChild[parent] = node;
  else tree.nextSibling[tree.lastChild[parent]!] = node;
  tree.lastChild[parent] = node;
}
