import type { Diagnostic, LocaleTexts } from "@zfxxgk/schema";
import type { ProblemCode } from "../problem.js";

/** Whose input a message is about: the request, last year's report, or the nth report of a roll-up. */
export type Role =
  | { readonly kind: "request" }
  | { readonly kind: "previous" }
  | { readonly kind: "constituent"; readonly index: number; readonly label: string };

/**
 * One locale's wording of every problem the service answers with and every configuration error,
 * each typed with what it says: each locale file's `errors`, and `titles` (one per problem code). A
 * locale is one file (`zh-Hans.ts`, `en.ts`; `zh-Hant.ts` is generated from `zh-Hans.ts` by
 * `npm run messages`). Texts of other packages' errors (`reason`) come in every locale.
 */
export interface ServerErrorMessages {
  readonly notJson: (p: { readonly detail: string }) => string;
  readonly emptyBody: () => string;
  readonly unauthorized: () => string;
  readonly notFound: (p: { readonly method: string; readonly path: string }) => string;
  readonly notTheApi: (p: { readonly detail: string }) => string;
  readonly bodyTooLarge: (p: { readonly limit: number }) => string;
  readonly unsupportedMediaType: () => string;
  /** A client error of the HTTP layer, by its code or status. */
  readonly badRequest: (p: { readonly code: string }) => string;
  readonly internalError: () => string;
  readonly pdfDisabled: () => string;
  readonly notADocument: () => string;
  readonly unknownEdition: (p: {
    readonly edition: unknown;
    readonly supported: readonly string[];
  }) => string;
  readonly inputUnknownEdition: (p: {
    readonly role: Role;
    readonly edition: unknown;
    readonly supported: readonly string[];
  }) => string;
  /** `first`: the first finding of the model check; `more`: how many others. */
  readonly invalidReport: (p: { readonly first?: Diagnostic; readonly more: number }) => string;
  /** A published document read without its agency or year (`missing`: those parse findings). */
  readonly incompleteReport: (p: { readonly missing: readonly Diagnostic[] }) => string;
  /** `first`: the first error the parser found. */
  readonly unparsable: (p: { readonly role: Role; readonly first?: Diagnostic }) => string;
  readonly rollupUnknownEdition: (p: { readonly edition: unknown }) => string;
  readonly pdfBusy: (p: { readonly accepted: number; readonly seconds: number }) => string;
  readonly shuttingDown: () => string;
  /** Configuration: an environment variable that is not a whole number of at least `min`. */
  readonly envNotInteger: (p: {
    readonly name: string;
    readonly min: number;
    readonly raw: string;
  }) => string;
  readonly apiKeyFile: (p: { readonly file: string; readonly code: string }) => string;
  /** Configuration: the PDF browser did not start (`reason`, from @zfxxgk/pdf). */
  readonly pdfStart: (p: { readonly reason: LocaleTexts }) => string;
}

/** One locale's title of every problem code. */
export type ProblemTitles = { readonly [C in ProblemCode]: string };
