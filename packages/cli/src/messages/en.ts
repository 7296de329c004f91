import { renderMessage } from "@zfxxgk/schema";
import type { CliMessages, FirstFinding } from "./types.js";

/** The English wording of the usage and input problems the CLI reports itself. */
const L = "en";

/** The first finding, worded in this locale. */
const firstOf = ({ first, messages }: Partial<FirstFinding>) =>
  first && messages ? renderMessage(first, L, messages) : "";

export default {
  badMaxSize: ({ value }) => `--max-size must be a positive number of MB, got ${value}`,
  badTimeout: ({ value }) =>
    `--timeout must be a number of seconds above 0 and up to 3600, got ${value}`,
  badConcurrency: ({ value }) => `--concurrency must be a whole number from 1 to 16, got ${value}`,
  outputIsInput: ({ out }) =>
    `the output ${out} is also an input of this command and is never overwritten; give another file with -o`,
  outputTwice: ({ out }) =>
    `several inputs would be written to ${out}, each replacing the last; process inputs of the same name separately`,
  outputExists: ({ out }) => `${out} exists and was not replaced; add --force to replace it`,
  outputTooLarge: ({ out, size, limit }) =>
    `the output ${out ?? "to stdout"} would be ${size}, above the limit of ${limit}, and was not written; raise it with --max-size <MB>`,
  noMatch: ({ pattern }) => `no file matches ${pattern}`,
  notFound: ({ file }) => `file not found: ${file}; check the path`,
  unreadable: ({ file, code }) => `cannot read ${file} (${code})`,
  isDirectory: ({ file }) => `${file} is a directory; give files or a glob such as ${file}/*.json`,
  inputTooLarge: ({ file, size, limit }) =>
    `${file} is ${size}, above the limit of ${limit}, and was not read; raise it with --max-size <MB>`,
  unparsable: (p) => {
    const first = firstOf(p);
    return `no annual report could be read from ${p.file}${first ? `: ${first}` : ""}`;
  },
  notJson: ({ file, detail }) => `${file} is not valid JSON (${detail})`,
  unknownEdition: ({ file, edition, supported }) =>
    `${file} has unknown edition ${edition}; supported: ${supported.join(", ")}`,
  invalidReport: (p) =>
    `${p.file} is not a valid report: ${firstOf(p)}${p.more ? ` (and ${p.more} more; run zfxxgk validate)` : ""}`,
  incompleteReport: ({ file, missing, messages }) =>
    `${file}: ${missing.map((d) => `${renderMessage(d, L, messages)} (${d.code} at ${d.path})`).join("; ")}; nothing is made from it: export it with zfxxgk parse, complete the JSON and use that`,
  outNotDir: ({ out }) => `with several inputs, -o must be a folder (ending in /), got ${out}`,
  yearNotInteger: ({ year }) => `the year must be a whole number: ${year}`,
  unknownEditionFlag: ({ edition }) => `unknown edition ${edition}`,
  badBreakdown: ({ file }) => `--breakdown takes a .csv or .html file: ${file}`,
  badExpected: ({ file, detail }) => `cannot read the expected list ${file}: ${detail}`,
  inFile: ({ file, detail }) => `${file}: ${detail}`,
  profileUnreadable: ({ file, detail }) => `cannot read the scoring profile ${file} (${detail})`,
  profileWrong: ({ file, detail }) => `the scoring profile ${file} is wrong: ${detail}`,
  initBadYear: ({ first, year }) =>
    `--year must be a four-digit year from ${first} on, got ${year}`,
  agencyEmpty: () => "--agency must not be empty",
  outRequired: () => "the Word template needs an output file: -o report.docx",
  editionNotIssued: ({ year, issued, edition }) =>
    `note: the ${issued ?? "(none)"} format was issued for ${year}; using the ${edition} format as asked`,
  unknownLocale: ({ tags }) => `unknown locale, use one of: ${tags.join(", ")}`,
  unknownScript: ({ value, tags }) =>
    `${value} is neither simplified nor traditional characters; use one of: ${tags.join(", ")}`,
  noPrevious: ({ pattern, agency, year }) =>
    `${pattern} holds no ${year} report of "${agency}"; the cross-year checks were not run`,

  errorsLabel: () => "errors",
  warningsLabel: () => "warnings",
  noPdf: () => "no PDF",
  notRendered: () => "not rendered (invalid report)",
  publishSummary: ({ reports, errors, pdf, out }) =>
    `${reports} report(s), ${errors} error(s); ${pdf ? "HTML, Word and PDF" : "HTML and Word"} in ${out}/`,
  pdfNeedsBrowser: () => "No PDF written: the HTML is, but PDFs need a browser.",
  addNoPdf: () => "Add --no-pdf when HTML is all you need.",
  pdfWritten: ({ count, out }) => `wrote ${count} PDF file(s)${out ? ` → ${out}` : ""}`,
  filledTotal: ({ id, value, from }) => `filled ${id} = ${value} (${from.join(" + ")})`,
  nothingToFill: () => "no blank total could be filled",
  aggregateLabel: () => "aggregate",
  nothingSummed: () => "nothing could be summed",
  formDemoPage: ({ page }) => `the form's demo page: ${page}`,
  validateBar: () => "validate",
  auditBar: () => "audit",
  previousBar: () => "previous",
  audited: ({ files, read, share }) =>
    `audited ${files} files, ${read} reports read, share of cells read ${share}`,
  fileEmpty: () => "the file is empty",
  fileUnreadable: ({ detail }) => `could not be read: ${detail}`,
  auditHeading: () => "Audit of annual reports",
  auditSummary: ({ files, read, share }) =>
    `${files} files, ${read} reports read; share of cells read ${share}.`,
  auditProfile: ({ name, start }) => `scoring profile: ${name} (out of ${start})`,
  auditDeductions: () => "deductions",
  auditColumn: ({ column }) =>
    ({
      file: "file",
      status: "status",
      body: "body",
      year: "year",
      edition: "edition",
      tablesFound: "tables",
      cellsRead: "read",
      cellsBlank: "blank",
      cellsUndecided: "undecided",
      cellsReadShare: "share read",
      identityBreaks: "identity breaks",
      narrativeMismatches: "narrative mismatches",
      missingSections: "missing sections",
      missingNotes: "missing notes",
      publishedOn: "published",
      deadline: "deadline",
      timeliness: "timeliness",
      repeatedFromPrevious: "repeated (last year)",
      repeatedFromPeer: "repeated (peer)",
      score: "score",
    })[column],
  auditTableColumn: ({ column }) => column,
  auditDetails: () => "details",
  auditBack: () => "back",
  auditCells: () => "cells",
  atPage: ({ page }) => `page ${page}`,
  atLine: ({ line }) => `line ${line}`,
  atTableRow: ({ table, row }) => `table ${table} row ${row}`,
  atReport: () => "report",
  notRead: () => "not read",

  helpTitle: ({ title }) => title,
  exitStatus: () => "Exit status",
  exit0: () => "done, no error-level findings",
  exit1: () => "error-level findings (validate, publish, parse)",
  exit2: () =>
    "usage, input or environment problem: bad arguments, unreadable input, an output that exists, no browser or one that fails to start",
  exit70: () => "internal error (a bug; please report it)",
  commanderError: (p) => {
    switch (p.kind) {
      case "unknownOption":
        return `unknown option '${p.option}'`;
      case "unknownCommand":
        return `unknown command '${p.command}'`;
      case "missingArgument":
        return `missing required argument '${p.argument}'`;
      case "optionValueMissing":
        return `option '${p.option}' argument missing`;
      case "missingOption":
        return `required option '${p.option}' not specified`;
      case "invalidChoice":
        return `option '${p.option}' argument '${p.value}' is invalid.${p.choices ? ` Allowed choices are ${p.choices}.` : ""}`;
      case "tooManyArguments":
        return `too many arguments${p.command ? ` for '${p.command}'` : ""}. Expected ${p.expected} argument(s) but got ${p.got}.`;
      case "invalidArgument":
        return `command-argument value '${p.value}' is invalid for argument '${p.argument}'.`;
      case "other":
        return "bad command-line arguments";
    }
  },
  didYouMean: ({ suggestion }) => ` (Did you mean ${suggestion}?)`,
  seeHelp: () => "see --help for usage",
  internalError: () => "internal error",

  // Help texts of the commands, their arguments and options.

  helpProgram: () =>
    "Toolkit for the annual report on government information disclosure: validate, render HTML and PDF, parse published reports",
  helpVersion: () => "print the version",
  helpHelpOption: () => "show help",
  helpHelpCommand: () => "help for a command",
  helpForce: () => "replace output files that exist (never an input)",
  helpTimeout: () => "time allowed to print one report (seconds)",
  helpMaxSize: () => "the largest file read or written (MB)",
  helpMessageLocale: ({ tags }) => `language of the messages (${tags.join(", ")})`,
  helpDocumentLocale: ({ tags }) => `simplified or traditional (${tags.join(", ")})`,

  helpAudit: () =>
    "audit published reports in bulk (PDF, text, HTML): audit.csv, audit.json, audit.html",
  helpAuditFiles: () => "report files or globs",
  helpAuditOut: () => "output folder",
  helpAuditPrevious: () => "last year's reports (for repetition)",
  helpAuditProfile: () => "scoring profile (JSON)",

  helpCells: () => "the flat cell-id → value view (blank = null)",
  helpCellsFile: () => "report file",
  helpCellsFormat: () => "output format",

  helpDocx: () => "write the official layout as a Word document",
  helpDocxFiles: () => "report files or globs",
  helpDocxOut: () => "output file (one report) or folder",

  helpFillTotals: () => "fill blank 总计 cells from their parts and list them",
  helpFillTotalsFile: () => "report file",
  helpFillTotalsOut: () => "output file (default: stdout)",

  helpForm: () => "write the fill-in form's demo page (works from file://, no server)",
  helpFormOut: () => "output folder",
  helpFormExample: () => "the report the page's example button loads",

  helpInit: () => "a blank report to fill in",
  helpInitAgency: () => "the reporting body",
  helpInitYear: () => "report year",
  helpInitEdition: () => "format edition (default: the one issued for that year)",
  helpInitOut: () => "output file (default: stdout)",
  helpInitFormat: () => "json: a blank report; docx: the Word template to fill in",

  helpParse: () => "read a published report (PDF, Word, text or HTML) back into the model",
  helpParseFile: () => "a published report, .pdf, .docx, .txt or .html",
  helpParseOut: () => "output JSON file (default: stdout)",

  helpPdf: () => "print the official PDF with Chromium",
  helpPdfFiles: () => "report files or globs",
  helpPdfOut: () => "output file (one input) or folder",
  helpPdfConcurrency: () => "pages rendered at once",

  helpPublish: () =>
    "validate, then write the HTML, PDF and Word document of each report, with a summary",
  helpPublishFiles: () => "report files or globs",
  helpPublishOut: () =>
    "output folder: only each report's .html, .docx and .pdf are written; existing ones are replaced only with --force",
  helpPublishNoPdf: () => "no PDF (needs no browser): HTML and Word only",
  helpPublishPrevious: () =>
    "last year's report, for the cross-year rules; a glob pairs each report with last year's of the same body",
  helpPublishConcurrency: () => "pages rendered at once",

  helpRender: () => "render the official HTML layout",
  helpRenderFile: () => "report file",
  helpRenderOut: () => "output file (default: stdout)",
  helpRenderNoFonts: () =>
    "link no bundled fonts (by default they are linked and copied to zfxxgk-fonts/ beside the output file)",
  helpRenderFragment: () => "an embeddable fragment instead of a whole document",

  helpRollup: () =>
    "roll up the reports of a region's bodies into one aggregate report, with provenance per cell",
  helpRollupFiles: () => "the constituents' report files or globs",
  helpRollupAgency: () => "the body publishing the aggregate",
  helpRollupYear: () => "report year",
  helpRollupEdition: () => "edition of the aggregate (default: the year's)",
  helpRollupExpected: () =>
    "the bodies expected: one name per line (optionally a tab and the credit code), or a CSV with a name column",
  helpRollupOutput: () => "write the aggregate JSON here",
  helpRollupBreakdown: () => "the constituents × cells matrix (.csv or .html)",
  helpRollupScopeNote: () => "a note on the scope",
  helpRollupCreditCode: () => "credit code of the publishing body",
  helpRollupEditions: () => "reports in another edition: map where exact, or refuse",
  helpRollupFormat: () => "output format",

  helpRules: () => "print the rule catalog",
  helpRulesFormat: () => "output format",

  helpSchema: () => "print the report's JSON Schema (draft 2020-12)",
  helpSchemaEdition: () => "format edition",

  helpServe: () => "start the HTTP service (@zfxxgk/server; settings in its README)",
  helpServePort: () => "port; 0 picks a free one",
  helpServeHost: () => "address to listen on (default: this machine only)",

  helpValidate: () => "validate reports: schema, accounting identities, consistency rules",
  helpValidateFiles: () => "report files or globs (.json, published .txt / .html)",
  helpValidatePrevious: () =>
    "last year's report, for the cross-year rules; a glob pairs each report with last year's of the same body",
  helpValidateConstituents: () =>
    "check an aggregate against its constituents' reports (files or a glob), cell by cell",
  helpValidateFormat: () => "output format",
} satisfies CliMessages;
