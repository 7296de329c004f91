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
} satisfies CliMessages;
