import type { CellNote, CellProblem } from "../cell-text.js";

/**
 * The words the element writes around the official labels (those come from the grid). `{name}` in a
 * text is filled by `say` with the value of that name; every locale uses the same names.
 */
export interface UiTexts {
  readonly formLabel: string;
  readonly toolbar: string;
  readonly import: string;
  readonly export: string;
  readonly fillTotals: string;
  readonly undo: string;
  readonly readonly: string;
  // The report's metadata fields.
  readonly meta: string;
  readonly agency: string;
  readonly year: string;
  readonly title: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly publishedOn: string;
  readonly creditCode: string;
  readonly divisionCode: string;
  readonly contact: string;
  readonly unit: string;
  readonly address: string;
  readonly postcode: string;
  readonly phone: string;
  readonly email: string;
  readonly website: string;
  // The narrative, the sections of a 2008–2018 report and the fee.
  readonly preamble: string;
  readonly sectionText: string;
  readonly textHint: string;
  readonly sectionNumber: string;
  readonly sectionHeading: string;
  /** `{n}`: the section's number. */
  readonly bodySection: string;
  readonly addSection: string;
  /** `{n}` */
  readonly removeSection: string;
  /** `{n}` */
  readonly sectionAdded: string;
  /** `{n}`, `{h}`: the section's heading. */
  readonly sectionRemoved: string;
  readonly processingFee: string;
  readonly feeAmount: string;
  readonly feeUnit: string;
  readonly feeNone: string;
  // The tables.
  readonly unitColumn: string;
  readonly filler: string;
  readonly localRow: string;
  /** A cell's accessible name: `{row}`, `{column}`. */
  readonly cellLabel: string;
  // The summary of findings.
  readonly summary: string;
  /** `{e}` errors, `{w}` warnings, `{i}` notes. */
  readonly counts: string;
  readonly clean: string;
  /** `{n}`: blank cells. */
  readonly blanks: string;
  /** `{n}` */
  readonly blanksShown: string;
  /** `{n}` */
  readonly notesGroup: string;
  /** `{n}`: findings not listed. */
  readonly more: string;
  // The draft.
  /** `{t}`: when it was saved. */
  readonly draftFound: string;
  readonly restore: string;
  readonly discard: string;
  readonly restored: string;
  // What the toolbar, paste and undo did.
  /** `{n}`: totals filled, `{list}`: them. */
  readonly filled: string;
  readonly nothingFilled: string;
  /** `{parts}`: the cells added up. */
  readonly filledNote: string;
  /** `{r}` rows × `{c}` columns, `{n}` cells. */
  readonly pasted: string;
  /** `{n}`: values outside the table. */
  readonly overflow: string;
  /** `{what}`: one of the actions below. */
  readonly undone: string;
  readonly pasteAction: string;
  readonly fillAction: string;
  readonly removeAction: string;
  // Import and loading.
  /** `{file}` */
  readonly imported: string;
  /** `{file}`, `{why}` */
  readonly importFailed: string;
  readonly notJson: string;
  /** `{e}`: the edition. */
  readonly unknownEdition: string;
  readonly notReport: string;
  /** `{n}`: cells whose text is not a value. */
  readonly unreadable: string;
}

/**
 * One locale's words of the form (a file of its own, `src/messages/<locale>.ts`): a missing or an
 * extra key is a type error.
 */
export interface FormTexts {
  readonly ui: UiTexts;
  /** Put before the notes on a cell whose text was normalised to read it. */
  readonly notePrefix: string;
  readonly notes: { readonly [N in CellNote]: string };
  /** After the clerk's text, why it is not a value. */
  readonly problems: { readonly [P in CellProblem]: string };
}

/** The demo page's controls in one locale; the page shows zh-Hans and en side by side. */
export interface DemoTexts {
  /** The locale's own name, in the language select. */
  readonly languageName: string;
  readonly language: string;
  readonly readOnly: string;
  readonly loadExample: string;
  /** The page's default title. */
  readonly title: string;
}
