import type { CDPSession } from "puppeteer-core";
import { FOOTER_TEMPLATE } from "./page-numbers.js";

/**
 * How every document is printed (DevTools protocol `Page.printToPDF`): A4 unless the CSS sets the
 * page size, margins from the CSS, backgrounds, tagged, with an outline.
 */
export const PRINT_PARAMS = {
  paperWidth: 8.27, // A4, in inches
  paperHeight: 11.7,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  preferCSSPageSize: true,
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;

/**
 * The page printed to PDF in one protocol round trip: the PDF comes back in the reply, where
 * puppeteer's `page.pdf` first asks the page whether its fonts are ready (the renderer has waited
 * for them already) and then reads the PDF as a stream. `footer`: draw the page numbers with a
 * footer template, for browsers without CSS page-margin boxes.
 */
export async function printToPdf(session: CDPSession, footer: boolean): Promise<Uint8Array> {
  const { data } = await session.send("Page.printToPDF", {
    ...PRINT_PARAMS,
    transferMode: "ReturnAsBase64",
    ...(footer
      ? {
          displayHeaderFooter: true,
          headerTemplate: "<span></span>",
          footerTemplate: FOOTER_TEMPLATE,
        }
      : {}),
  });
  const pdf = Buffer.from(data, "base64");
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
