import type { DocumentBlock } from "@zfxxgk/parse";
import { CONTACT_KEYS, scriptText, UI_TEXT } from "@zfxxgk/render";

/** The date line of the template, to be completed by hand. */
export const DATE_FIELD = "　　年　月　日";

const labels = new Set(
  CONTACT_KEYS.flatMap((key) => [
    UI_TEXT.contact[key],
    scriptText("zh-Hant")(UI_TEXT.contact[key]),
  ]),
);
const EMPTY_DATE = /^[\s\u3000]*年[\s\u3000]*月[\s\u3000]*日[\s\u3000]*$/u;

/** Whether a paragraph is a field of the template left as it was: `联系电话：` or `　　年　月　日`. */
function unfilled(text: string): boolean {
  if (EMPTY_DATE.test(text)) return true;
  const m = /^[\s\u3000]*([^:：]{1,8})[\s\u3000]*[:：][\s\u3000]*$/u.exec(text);
  return m?.[1] !== undefined && labels.has(m[1]);
}

/** The blocks without the template's fields that were left empty (they are not content). */
export function withoutUnfilledFields(blocks: readonly DocumentBlock[]): DocumentBlock[] {
  return blocks.filter((b) => b.type !== "paragraph" || !unfilled(b.text));
}
