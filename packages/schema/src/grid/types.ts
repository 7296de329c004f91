/** A label in the three languages the toolkit speaks. `zh-Hans` is the official wording. */
export interface Label {
  readonly "zh-Hans": string;
  readonly "zh-Hant": string;
  readonly en: string;
}

export type Locale = "zh-Hans" | "zh-Hant" | "en";

/**
 * count: a whole number ≥ 0 (件); signed: a whole number that may be negative (本年增/减);
 * amount: a decimal amount in 万元; money: a decimal amount with the unit the publisher wrote
 * (元 or 万元), for columns whose format prints no unit.
 */
export type CellKind = "count" | "signed" | "amount" | "money";

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
  /** Other labels published tables print for this row (zh-Hans), e.g. the older wording. */
  readonly aliases?: readonly string[];
  readonly children?: readonly GridNode[];
  /** The kind of the cells under this row or column, where it differs from its table's (本年增/减, 统计表 rows). */
  readonly kind?: CellKind;
  /** The unit printed for this row (统计表: 条, 件, 次, 万元 …). */
  readonly unit?: Label;
  /** Indentation of a row in a table drawn as one flat list of rows (统计表), 0 outermost. */
  readonly level?: number;
  /** Set on a row that holds no cells and only titles the rows after it: its official number. */
  readonly heading?: string;
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
  /**
   * Physical width of each value column, when the block's columns are not of equal width (2019
   * table 二: three values as 1 / 2 / 1, two values as 2 / 2). They add up to the table's width.
   */
  readonly spans?: readonly number[];
}

/** A table drawn as stacked blocks (table 二). */
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
