import type { Report } from "@zfxxgk/schema";
import { documentTemplate, partialsWith, reportTemplate, stylesheet } from "./handlebars-env.js";
import { DEFAULT_FONTS_HREF, type RenderOptions } from "./options.js";
import { RenderInputError, reasonOf } from "./render-error.js";
import { reportView } from "./report-view.js";

/**
 * The report in the official 2021 layout: a whole HTML document, or with `fragment: true` an
 * embeddable `<div class="zfxxgk-report">`. Every value from the report is escaped; the report
 * itself is embedded as JSON (`<script type="application/json" id="zfxxgk-report">`) and every
 * data cell carries `data-cell="<cell id>"`. Same input and options, same bytes.
 * @throws RenderInputError when the report lacks something the layout needs (located by JSON Pointer).
 */
export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const fragment = options.fragment === true;
  const view = reportView(report, {
    locale: options.locale ?? "zh-Hans",
    fragment,
    idPrefix: options.idPrefix ?? "zfxxgk",
  });
  const partials = partialsWith(options.partials);
  if (!fragment)
    return documentTemplate({ ...view, fontsHref: fontsHref(options.fonts) }, { partials });
  return reportTemplate({ ...view, withStyles: options.styles !== false }, { partials });
}

export interface ReportCssOptions {
  /**
   * Add the whole-document rules (`@page` A4 and its odd/even page numbers after GB/T 9704, body
   * margins). Default false.
   */
  readonly page?: boolean;
}

/** The stylesheet the HTML uses, every rule scoped under `.zfxxgk-report`. */
export function reportCss(options: ReportCssOptions = {}): string {
  return options.page ? `${stylesheet("page")}${stylesheet("report")}` : stylesheet("report");
}

function fontsHref(fonts: RenderOptions["fonts"]): string | undefined {
  if (fonts === undefined) return DEFAULT_FONTS_HREF;
  if (fonts === false) return undefined;
  if (typeof fonts !== "string" || fonts.trim() === "" || /^\s*(javascript|data):/i.test(fonts)) {
    throw new RenderInputError("options.fonts", reasonOf("notFontsOption"));
  }
  return fonts;
}
