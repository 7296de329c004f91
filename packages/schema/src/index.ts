export {
  type AddUpOptions,
  addUp,
  type Contributions,
  cellPlan,
  type MoneyUnit,
  type Sum,
  type SummedCell,
  type UnitReading,
} from "./api/add-up.js";
export { readCell, writeCell } from "./api/cell-access.js";
export { type Cells, cellsOf, fromCells, toCells } from "./api/cells.js";
export { contentHash } from "./api/content-hash.js";
export { type EmptyReportOptions, emptyReport } from "./api/empty-report.js";
export { type FilledTotal, fillTotals } from "./api/fill-totals.js";
export { JSON_SCHEMA_IDS, jsonSchemaOf } from "./api/json-schema.js";
export { cellDiagnostic, type ParseResult, parseReport } from "./api/parse-report.js";
export { cellById, cellPlace } from "./diagnostics/cell-index.js";
export {
  type Diagnostic,
  type JsonValue,
  type MessageMap,
  type MessageTemplate,
  mergeMessages,
  preview,
  renderMessage,
  type Scalar,
  type Severity,
  toPointer,
} from "./diagnostics/diagnostic.js";
export {
  bilingual,
  HTML_LANG,
  LOCALE_TAGS,
  LOCALES,
  type LocaleTexts,
  localeOf,
  wordedIn,
} from "./diagnostics/locale.js";
export { placeOf } from "./diagnostics/place.js";
export { schemaMessages } from "./diagnostics/schema-messages.js";
export type { CellSource, SourcePlace } from "./diagnostics/source-place.js";
export { grid2007, statisticsRows, statisticsTable, UNITS } from "./editions/2007/grid.js";
export {
  type BodySection,
  type PrintedRow,
  type Report2007,
  report2007Schema,
  type Statistics,
  type StatisticsValues,
} from "./editions/2007/model.js";
export { grid2019, table2_2019, table3_2019, table4_2019 } from "./editions/2019/grid.js";
export {
  type Report2019,
  report2019Schema,
  type Table2_2019,
  type Table3_2019,
  type Table4_2019,
} from "./editions/2019/model.js";
export {
  grid2021,
  outcomes2021,
  overviewAspects2021,
  sections2021,
  table2_2021,
  table3_2021,
  table4_2021,
} from "./editions/2021/grid.js";
export {
  type Report2021,
  report2021Schema,
  type Table2_2021,
  type Table3_2021,
  type Table4_2021,
} from "./editions/2021/model.js";
export {
  CURRENT_EDITION,
  EDITIONS,
  type Edition,
  editionForYear,
  editionIds,
  editionOf,
  hasSections,
  isEdition,
  type Report,
  type ReportOf,
  reportSchema,
  type SectionedEdition,
  type SectionedReport,
} from "./editions/index.js";
export type {
  Crosswalk,
  EditionDefinition,
  EditionSpec,
  Vocabulary,
} from "./editions/registry.js";
export {
  type CellDef,
  describeCell,
  editionCells,
  type RowLabel,
  tableCells,
} from "./grid/cells.js";
export type {
  ClaimCategory,
  ClaimCells,
  ClaimTopic,
  ClaimVocabulary,
  NilClaim,
} from "./grid/claim-vocabulary.js";
export {
  applicationIdentities,
  type Identity,
  reviewIdentities,
  type SumRelation,
  totalsOf,
} from "./grid/identities.js";
export { L, printed } from "./grid/label.js";
export { type LayoutCell, type TableLayout, tableLayout } from "./grid/layout.js";
export { depth, type LeafPath, leafCount, leaves } from "./grid/tree.js";
export type {
  BlockTableGrid,
  CellKind,
  EditionGrid,
  GridNode,
  Label,
  Locale,
  MatrixTableGrid,
  SectionGrid,
  TableBlock,
  TableGrid,
} from "./grid/types.js";
export {
  type Constituent,
  constituentSchema,
  narrativeSchema,
  type ProcessingFee,
} from "./model/common.js";
export { creditCodeCheckChar, isValidCreditCode } from "./model/credit-code.js";
export {
  type AmountCell,
  amountCellSchema,
  type CellValue,
  type CellValueOf,
  type CountCell,
  cellSchemas,
  countCellSchema,
  DECIMAL_PATTERN,
  isBlank,
  isMark,
  MARKS,
  type Mark,
  MONEY_PATTERN,
  type MoneyCell,
  moneyCellSchema,
  type SignedCell,
  signedCellSchema,
} from "./model/values.js";
export { countPinyinGlosses, stripPinyinGlosses } from "./text/pinyin-gloss.js";
