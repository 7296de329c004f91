import type { Diagnostic, MessageMap } from "@zfxxgk/schema";

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
}
