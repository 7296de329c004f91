import type { Diagnostic, MessageMap } from "@zfxxgk/schema";

/** A column of audit.csv and of the audit page's table (the keys of an audit row). */
export type AuditColumn =
  | "file"
  | "status"
  | "body"
  | "year"
  | "edition"
  | "tablesFound"
  | "cellsRead"
  | "cellsBlank"
  | "cellsUndecided"
  | "cellsReadShare"
  | "identityBreaks"
  | "narrativeMismatches"
  | "missingSections"
  | "missingNotes"
  | "publishedOn"
  | "deadline"
  | "timeliness"
  | "repeatedFromPrevious"
  | "repeatedFromPeer"
  | "score";

/** A column of the audit page's other tables: the scoring profile's deductions and a report's cells. */
export type AuditTableColumn =
  | "kind"
  | "points"
  | "cap"
  | "why"
  | "cell"
  | "row"
  | "column"
  | "value"
  | "where";

/** The headings of commander's help texts, as commander writes them (without the colon). */
export type HelpTitle = "Usage" | "Arguments" | "Options" | "Global Options" | "Commands";

/** One of commander's own errors (commander 14), with what it names. */
export type CommanderProblem =
  | { readonly kind: "unknownOption"; readonly option: string }
  | { readonly kind: "unknownCommand"; readonly command: string }
  | { readonly kind: "missingArgument"; readonly argument: string }
  | { readonly kind: "optionValueMissing"; readonly option: string }
  | { readonly kind: "missingOption"; readonly option: string }
  | {
      readonly kind: "invalidChoice";
      readonly option: string;
      readonly value: string;
      /** As commander lists them, `""` when it names none. */
      readonly choices: string;
    }
  | {
      readonly kind: "tooManyArguments";
      /** `""` when commander names no command. */
      readonly command: string;
      readonly expected: string;
      readonly got: string;
    }
  | { readonly kind: "invalidArgument"; readonly argument: string; readonly value: string }
  /** Any other: commander's own English is shown beside it. */
  | { readonly kind: "other" };

/** The first finding of a refused input, worded with these messages in the locale of the message. */
export interface FirstFinding {
  readonly first?: Diagnostic;
  readonly messages: MessageMap;
}

/**
 * One locale's wording of every usage or input problem the CLI reports itself, each typed with what it
 * says; a locale is one file of this type (`zh-Hans.ts`, `en.ts`; `zh-Hant.ts` generated from `zh-Hans.ts`).
 * Sizes come formatted (`megabytes`).
 */
export interface CliMessages {
  readonly badMaxSize: (p: { readonly value: string }) => string;
  readonly badTimeout: (p: { readonly value: string }) => string;
  readonly badConcurrency: (p: { readonly value: string }) => string;
  readonly outputIsInput: (p: { readonly out: string }) => string;
  readonly outputTwice: (p: { readonly out: string }) => string;
  readonly outputExists: (p: { readonly out: string }) => string;
  /** `out` undefined: standard output. */
  readonly outputTooLarge: (p: {
    readonly out?: string;
    readonly size: string;
    readonly limit: string;
  }) => string;
  readonly noMatch: (p: { readonly pattern: string }) => string;
  readonly notFound: (p: { readonly file: string }) => string;
  readonly unreadable: (p: { readonly file: string; readonly code: string }) => string;
  readonly isDirectory: (p: { readonly file: string }) => string;
  readonly inputTooLarge: (p: {
    readonly file: string;
    readonly size: string;
    readonly limit: string;
  }) => string;
  readonly unparsable: (p: { readonly file: string } & Partial<FirstFinding>) => string;
  readonly notJson: (p: { readonly file: string; readonly detail: string }) => string;
  /** `edition` as JSON; `supported` the editions' ids. */
  readonly unknownEdition: (p: {
    readonly file: string;
    readonly edition: string;
    readonly supported: readonly string[];
  }) => string;
  readonly invalidReport: (
    p: { readonly file: string; readonly more: number } & FirstFinding,
  ) => string;
  /** A published document read without its agency or year (`missing`: those parse findings). */
  readonly incompleteReport: (p: {
    readonly file: string;
    readonly missing: readonly Diagnostic[];
    readonly messages: MessageMap;
  }) => string;
  readonly outNotDir: (p: { readonly out: string }) => string;
  readonly yearNotInteger: (p: { readonly year: string }) => string;
  readonly unknownEditionFlag: (p: { readonly edition: string }) => string;
  readonly badBreakdown: (p: { readonly file: string }) => string;
  readonly badExpected: (p: { readonly file: string; readonly detail: string }) => string;
  /** Another package's error about `file`, its `detail` in the locale. */
  readonly inFile: (p: { readonly file: string; readonly detail: string }) => string;
  readonly profileUnreadable: (p: { readonly file: string; readonly detail: string }) => string;
  readonly profileWrong: (p: { readonly file: string; readonly detail: string }) => string;
  readonly initBadYear: (p: { readonly first: number; readonly year: string }) => string;
  readonly agencyEmpty: () => string;
  readonly outRequired: () => string;
  /** `issued` undefined: no format was issued for the year. */
  readonly editionNotIssued: (p: {
    readonly year: number;
    readonly issued?: string;
    readonly edition: string;
  }) => string;
  readonly unknownLocale: (p: {
    readonly value: string;
    readonly tags: readonly string[];
  }) => string;
  /** `--locale` of a document (HTML, PDF, Word) names no script: `tags` those it takes. */
  readonly unknownScript: (p: {
    readonly value: string;
    readonly tags: readonly string[];
  }) => string;
  /** `input/no-previous`: a glob of last year's reports holds none of the body's. */
  readonly noPrevious: (p: {
    readonly pattern: string;
    readonly agency: string;
    readonly year: string;
  }) => string;

  // Notes, summaries and labels (printed as 「中文 / English」, or 「中文 English」 for a label).

  readonly errorsLabel: () => string;
  readonly warningsLabel: () => string;
  /** A report printed with no PDF beside its HTML (`publish` when no browser could print). */
  readonly noPdf: () => string;
  readonly notRendered: () => string;
  /** `publish`'s last line; `pdf` whether PDFs were written too. */
  readonly publishSummary: (p: {
    readonly reports: number;
    readonly errors: number;
    readonly pdf: boolean;
    readonly out: string;
  }) => string;
  readonly pdfNeedsBrowser: () => string;
  readonly addNoPdf: () => string;
  /** `out` undefined: the files were written beside their inputs. */
  readonly pdfWritten: (p: { readonly count: number; readonly out?: string }) => string;
  /** A 总计 cell `fill-totals` filled: its id, value and the cells it is the sum of. */
  readonly filledTotal: (p: {
    readonly id: string;
    readonly value: number;
    readonly from: readonly string[];
  }) => string;
  readonly nothingToFill: () => string;
  /** The findings of `rollup`'s aggregate when it is written to no file. */
  readonly aggregateLabel: () => string;
  readonly nothingSummed: () => string;
  readonly formDemoPage: (p: { readonly page: string }) => string;
  /** The titles of the progress bars. */
  readonly validateBar: () => string;
  readonly auditBar: () => string;
  readonly previousBar: () => string;
  /** `audit`'s last note; `written` the files it wrote. */
  readonly audited: (p: {
    readonly files: number;
    readonly read: number;
    readonly share: number;
    readonly written: readonly string[];
  }) => string;
  /** `audit/empty`. */
  readonly fileEmpty: () => string;
  /** `audit/error`: `detail` the error, in this locale where it has one. */
  readonly fileUnreadable: (p: { readonly detail: string }) => string;
  readonly auditHeading: () => string;
  readonly auditSummary: (p: {
    readonly files: number;
    readonly read: number;
    readonly share: number;
    readonly cellsRead: number;
    readonly cellsTotal: number;
  }) => string;
  readonly auditProfile: (p: { readonly name: string; readonly start: number }) => string;
  readonly auditDeductions: () => string;
  readonly auditColumn: (p: { readonly column: AuditColumn }) => string;
  readonly auditTableColumn: (p: { readonly column: AuditTableColumn }) => string;
  readonly auditDetails: () => string;
  readonly auditBack: () => string;
  readonly auditCells: () => string;
  readonly atPage: (p: { readonly page: number }) => string;
  readonly atLine: (p: { readonly line: number }) => string;
  /** 1-based. */
  readonly atTableRow: (p: { readonly table: number; readonly row: number }) => string;
  readonly atReport: () => string;
  readonly notRead: () => string;

  // Help texts of the commands, their arguments and options (printed by `helpText`: 「中文 / English」).

  // The program, and the options several commands share.
  /** Printed on two lines: Chinese, then English. */
  readonly helpProgram: () => string;
  readonly helpVersion: () => string;
  readonly helpHelpOption: () => string;
  readonly helpHelpCommand: () => string;
  readonly helpForce: () => string;
  readonly helpTimeout: () => string;
  readonly helpMaxSize: () => string;
  /** `--locale` of the commands that print findings: `tags` those it takes. */
  readonly helpMessageLocale: (p: { readonly tags: readonly string[] }) => string;
  /** `--locale` of the commands that write the report itself: `tags` those it takes. */
  readonly helpDocumentLocale: (p: { readonly tags: readonly string[] }) => string;
  // `audit`.
  readonly helpAudit: () => string;
  readonly helpAuditFiles: () => string;
  readonly helpAuditOut: () => string;
  readonly helpAuditPrevious: () => string;
  readonly helpAuditProfile: () => string;
  // `cells`.
  readonly helpCells: () => string;
  readonly helpCellsFile: () => string;
  readonly helpCellsFormat: () => string;
  // `docx`.
  readonly helpDocx: () => string;
  readonly helpDocxFiles: () => string;
  readonly helpDocxOut: () => string;
  // `fill-totals`.
  readonly helpFillTotals: () => string;
  readonly helpFillTotalsFile: () => string;
  readonly helpFillTotalsOut: () => string;
  // `form`.
  readonly helpForm: () => string;
  readonly helpFormOut: () => string;
  readonly helpFormExample: () => string;
  // `init`.
  readonly helpInit: () => string;
  readonly helpInitAgency: () => string;
  readonly helpInitYear: () => string;
  readonly helpInitEdition: () => string;
  readonly helpInitOut: () => string;
  readonly helpInitFormat: () => string;
  // `parse`.
  readonly helpParse: () => string;
  readonly helpParseFile: () => string;
  readonly helpParseOut: () => string;
  // `pdf`.
  readonly helpPdf: () => string;
  readonly helpPdfFiles: () => string;
  readonly helpPdfOut: () => string;
  readonly helpPdfConcurrency: () => string;
  // `publish`.
  readonly helpPublish: () => string;
  readonly helpPublishFiles: () => string;
  readonly helpPublishOut: () => string;
  readonly helpPublishNoPdf: () => string;
  readonly helpPublishPrevious: () => string;
  readonly helpPublishConcurrency: () => string;
  // `render`.
  readonly helpRender: () => string;
  readonly helpRenderFile: () => string;
  readonly helpRenderOut: () => string;
  readonly helpRenderNoFonts: () => string;
  readonly helpRenderFragment: () => string;
  // `rollup`.
  readonly helpRollup: () => string;
  readonly helpRollupFiles: () => string;
  readonly helpRollupAgency: () => string;
  readonly helpRollupYear: () => string;
  readonly helpRollupEdition: () => string;
  readonly helpRollupExpected: () => string;
  readonly helpRollupOutput: () => string;
  readonly helpRollupBreakdown: () => string;
  readonly helpRollupScopeNote: () => string;
  readonly helpRollupCreditCode: () => string;
  readonly helpRollupEditions: () => string;
  readonly helpRollupFormat: () => string;
  // `rules`.
  readonly helpRules: () => string;
  readonly helpRulesFormat: () => string;
  // `schema`.
  readonly helpSchema: () => string;
  readonly helpSchemaEdition: () => string;
  // `serve`.
  readonly helpServe: () => string;
  readonly helpServePort: () => string;
  readonly helpServeHost: () => string;
  // `validate`.
  readonly helpValidate: () => string;
  readonly helpValidateFiles: () => string;
  readonly helpValidatePrevious: () => string;
  readonly helpValidateConstituents: () => string;
  readonly helpValidateFormat: () => string;

  // Help texts and commander's own errors.

  readonly helpTitle: (p: { readonly title: HelpTitle }) => string;
  readonly exitStatus: () => string;
  readonly exit0: () => string;
  readonly exit1: () => string;
  readonly exit2: () => string;
  readonly exit70: () => string;
  readonly commanderError: (p: CommanderProblem) => string;
  /** Commander's suggestion of what was meant. */
  readonly didYouMean: (p: { readonly suggestion: string }) => string;
  readonly seeHelp: () => string;
  readonly internalError: () => string;
}
