import type { CellValueOf } from "../model/values.js";
import type { CellKind } from "./types.js";

/** Type-level reading of a grid declared `as const`: the JSON shape of its tables. */

type Children<N> = N extends { readonly children: readonly (infer C)[] } ? C : never;

/** Keys of the data leaves below a node list. */
export type LeafKey<N> = N extends { readonly children: readonly unknown[] }
  ? LeafKey<Children<N>>
  : N extends { readonly key: infer K extends string }
    ? K
    : never;

/** Keys of keyed groups (nodes that have a key and children). */
export type GroupKey<N> = N extends {
  readonly key: infer K extends string;
  readonly children: readonly unknown[];
}
  ? K
  : N extends { readonly children: readonly unknown[] }
    ? GroupKey<Children<N>>
    : never;

/** The value type of a cell of kind K. */
export type ValueOf<K extends CellKind> = CellValueOf[K];

/** The kind of the leaf with key Q among nodes N: its own kind, else the default Kd. */
type KindOf<N, Q, Kd extends CellKind> =
  Extract<N, { readonly key: Q }> extends {
    readonly kind: infer K extends CellKind;
  }
    ? K
    : Kd;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** One block of table 二: a value per row, or a record per row when the block has keyed columns. */
type BlockShape<B> = B extends {
  readonly rows: readonly (infer R)[];
  readonly columns: readonly (infer C)[];
  readonly kind: infer Kd extends CellKind;
}
  ? [LeafKey<C>] extends [never]
    ? { [P in LeafKey<R>]: ValueOf<Kd> }
    : { [P in LeafKey<R>]: { [Q in LeafKey<C>]: ValueOf<KindOf<C, Q, Kd>> } }
  : never;

export type BlocksShape<Blocks extends readonly unknown[]> = Simplify<
  UnionToIntersection<BlockShape<Blocks[number]>>
>;

/** A row tree × column tree table whose rows are keyed leaves. */
export type RowMatrixShape<Rows, Cols, Cell> = {
  [R in LeafKey<Rows>]: { [C in LeafKey<Cols>]: Cell };
};

/** A single-row table whose columns are keyed groups that share the same keyed leaves. */
export type GroupMatrixShape<Cols, Leaves, Cell> = {
  [G in GroupKey<Cols>]: { [C in LeafKey<Leaves>]: Cell };
};
