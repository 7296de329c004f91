import type { CellKind } from "@zfxxgk/schema";

/**
 * One locale's wording of the errors the renderer throws (`RenderInputError`), each typed with what it
 * says; a locale is one file of this type (`zh-Hans.ts`, `en.ts`; `zh-Hant.ts` is generated from
 * `zh-Hans.ts` by `npm run messages`). Each reason but `invalidInput` is what is wrong with the value
 * at a path; `invalidInput` is the whole message.
 */
export interface RenderErrorMessages {
  /** The whole message: the value at `path` ("/" for the report itself) and what is wrong with it. */
  readonly invalidInput: (p: { readonly path: string; readonly reason: string }) => string;
  /** `name`: what the object is (`report`, `meta`, `block`, …); none: a section or a row. */
  readonly notObject: (p: { readonly name?: string }) => string;
  readonly notString: () => string;
  readonly notArray: () => string;
  readonly notBlocks: () => string;
  readonly notSections: () => string;
  readonly notBlockType: () => string;
  readonly notEdition: (p: { readonly editions: readonly string[] }) => string;
  readonly notWholeNumber: () => string;
  readonly notDate: () => string;
  /** A cell of a report drawn as printed. */
  readonly notCellValue: () => string;
  /** A cell of the grid: the cell `id`, its `kind`, and a description of the value it got. */
  readonly notOfKind: (p: {
    readonly id: string;
    readonly kind: CellKind;
    readonly got: string;
  }) => string;
  readonly notFontsOption: () => string;
}
