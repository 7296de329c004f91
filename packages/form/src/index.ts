import { ZfxxgkForm } from "./element.js";

export { type CellNote, type CellProblem, type CellReading, readCellText } from "./cell-text.js";
export { checkReport } from "./checks.js";
export { type FormCheck, ZfxxgkForm } from "./element.js";
export { isBlock, parseTsv } from "./tsv.js";

/** The tag the element is registered under. */
export const TAG = "zfxxgk-form";

/** Registers `<zfxxgk-form>` (done on import in a browser; a second call does nothing). */
export function defineZfxxgkForm(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (registry && !registry.get(TAG)) registry.define(TAG, ZfxxgkForm);
}

defineZfxxgkForm();

declare global {
  interface HTMLElementTagNameMap {
    "zfxxgk-form": ZfxxgkForm;
  }
}
