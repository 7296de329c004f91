import type { Locale } from "@zfxxgk/schema";

export interface RenderOptions {
  /** An embeddable `<div class="zfxxgk-report">` with scoped styles instead of a whole document. */
  readonly fragment?: boolean;
  /**
   * The script of the output: `zh-Hans` (default, the official text) or `zh-Hant` (labels from the
   * grid's zh-Hant names, text converted with OpenCC cn → tw). A report is not rendered in English.
   */
  readonly locale?: Exclude<Locale, "en">;
  /**
   * Handlebars source of partials that replace the built-in ones (`header`, `footer`, `section`,
   * `narrative`, `table`, `styles`, `page-styles`). Templates are trusted code: never pass text
   * that came from a report here.
   */
  readonly partials?: Readonly<Record<string, string>>;
  /** Include the `<style>` block in a fragment (default true; the host page may load reportCss()). */
  readonly styles?: boolean;
  /** Prefix of every `id` in the output (default `zfxxgk`), for several reports on one page. */
  readonly idPrefix?: string;
  /**
   * Whole documents only: the URL of a stylesheet with `@font-face` rules for the open-licence faces
   * the layout falls back to (`files/fonts.css` of `@zfxxgk/fonts`, served by you), linked so that
   * machines without Chinese fonts show the report in them. Default {@link DEFAULT_FONTS_HREF}, a
   * folder beside the page; `false` links none.
   */
  readonly fonts?: string | false;
}

/** Where the whole document looks for the bundled fonts by default: the `files/` of `@zfxxgk/fonts` copied beside it. */
export const DEFAULT_FONTS_HREF = "zfxxgk-fonts/fonts.css";
