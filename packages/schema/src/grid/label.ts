import type { Label, Locale } from "./types.js";

export function L(hans: string, hant: string, en: string): Label {
  return { "zh-Hans": hans, "zh-Hant": hant, en };
}

/** The label text as printed, with its note if any. */
export function printed(label: Label, locale: Locale, note?: Label): string {
  return note ? label[locale] + note[locale] : label[locale];
}
