/**
 * One locale's wording of every error this package throws, each typed with what it says; a locale is
 * one file of this type (`zh-Hans.ts`, `en.ts`; `zh-Hant.ts` is generated from `zh-Hans.ts`).
 */
export interface PdfMessages {
  /** No browser found (`searched` locations), or the one that was chosen does not exist. */
  readonly chromiumNotFound: (p: { readonly searched: number; readonly chosen?: string }) => string;
  readonly launchFailed: (p: {
    readonly executablePath: string;
    readonly reason: string;
  }) => string;
  readonly outputUnexpected: (p: { readonly detail: string }) => string;
  readonly noTrailer: () => string;
  readonly invalidDate: () => string;
  readonly badOption: (p: { readonly name: string; readonly value: string }) => string;
  readonly timeout: (p: { readonly ms: number }) => string;
  readonly closed: () => string;
  readonly crashed: (p: { readonly attempts: number; readonly reason: string }) => string;
  readonly failed: (p: { readonly attempts: number; readonly reason: string }) => string;
}
