import type { GridNode } from "./types.js";

/** A leaf of a header tree with the nodes above it (outermost first). */
export interface LeafPath {
  readonly leaf: GridNode;
  readonly path: readonly GridNode[];
  /** Keys of the keyed nodes on the path, leaf included. */
  readonly keys: readonly string[];
}

export function leaves(nodes: readonly GridNode[], above: readonly GridNode[] = []): LeafPath[] {
  return nodes.flatMap((node) => {
    if (node.heading !== undefined) return [];
    const path = [...above, node];
    if (node.children?.length) return leaves(node.children, path);
    const keys = path.flatMap((n) => (n.key === undefined ? [] : [n.key]));
    return [{ leaf: node, path, keys }];
  });
}

export function depth(nodes: readonly GridNode[]): number {
  return nodes.reduce((max, n) => Math.max(max, 1 + (n.children ? depth(n.children) : 0)), 0);
}

export function leafCount(node: GridNode): number {
  return node.children?.length ? node.children.reduce((sum, c) => sum + leafCount(c), 0) : 1;
}
