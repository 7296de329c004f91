import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { readDocx } from "@zfxxgk/docx";
import { decodeInput, type ParseOutcome, parseHtml, parsePdf, parseText } from "@zfxxgk/parse";
import { pdftotextModes } from "./office-layouts.js";

/** Each way a tester reads a file made by an office suite back: by its kind, and a PDF's text too. */
export async function readLayouts(
  file: string,
  options: { pdftotext: boolean },
): Promise<[string, ParseOutcome][]> {
  const bytes = new Uint8Array(readFileSync(file));
  switch (extname(file)) {
    case ".docx":
      return [["read as Word", readDocx(bytes)]];
    case ".pdf": {
      const out: [string, ParseOutcome][] = [["read as PDF", await parsePdf(bytes)]];
      if (options.pdftotext)
        for (const [mode, text] of pdftotextModes(file)) out.push([`via ${mode}`, parseText(text)]);
      return out;
    }
    case ".html":
      return [["read as HTML", parseHtml(decodeInput(bytes, file, true).text)]];
    default:
      return [["read as text", parseText(decodeInput(bytes, file, false).text)]];
  }
}
