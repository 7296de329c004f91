/** A label in the three languages the toolkit speaks. `zh-Hans` is the official wording. */
export interface Label {
  readonly "zh-Hans": string;
  readonly "zh-Hant": string;
  readonly en: string;
}

export type Locale = "zh-Hans" | "zh-Hant" | "en";

/** count: a whole number of items (件); amount: a decimal amount in 万元. */
export type CellKind = "count" | "amount";

/**
 * A node of a row or column header tree. Leaves are data rows/columns. A node with a `key`
 * contributes that key to the id and JSON path of every cell below it; a node without one is a
 * heading only (for example 法人或其他组织, which has no subtotal column).
 */
export interface GridNode {
  readonly key?: string;
  readonly label: Label;
  /** A note printed after the label inside the same cell, e.g. （区分处理的，…）. */
  readonly note?: Label;
  readonly children?: readonly GridNode[];
}

/** A table drawn as a row tree × a column tree (tables 三 and 四). */
export interface MatrixTableGrid {
  readonly layout: "matrix";
  readonly id: string;
  readonly title: Label;
  /** Text of the top-left header cell; tables without row headers have none. */
  readonly corner?: Label;
  /** Row header tree; empty when the table has a single unlabelled data row. */
  readonly rows: readonly GridNode[];
  readonly columns: readonly GridNode[];
  readonly kind: CellKind;
}

/** One block of table 二: a caption row, a header row and data rows. */
export interface TableBlock {
  readonly caption: Label;
  readonly header: Label;
  /** Value columns; a single column without key spans the block's full width. */
  readonly columns: readonly GridNode[];
  readonly rows: readonly GridNode[];
  readonly kind: CellKind;
}

/** A table drawn as stacked blocks of equal width (table 二). */
export interface BlockTableGrid {
  readonly layout: "blocks";
  readonly id: string;
  readonly title: Label;
  /** Number of value columns in every block row (the label column not counted). */
  readonly width: number;
  readonly blocks: readonly TableBlock[];
}

export type TableGrid = MatrixTableGrid | BlockTableGrid;

export type NarrativeSectionKey = string;

export interface SectionGrid {
  readonly key: string;
  readonly heading: Label;
  /** Other headings published reports use for this section (zh-Hans). */
  readonly aliases?: readonly string[];
  /** The table this section holds, if any. */
  readonly table?: string;
}

/** Everything one format edition fixes: its sections and its tables. */
export interface EditionGrid {
  readonly edition: string;
  readonly name: Label;
  readonly source: string;
  readonly sections: readonly SectionGrid[];
  readonly tables: readonly TableGrid[];
}
