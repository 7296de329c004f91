import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** poppler-utils (pdffonts, pdftotext, pdfinfo) run on PDF bytes; CI installs them with Chromium. */
function withFile<T>(pdf: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-pdf-test-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tool = (name: string, args: string[]) => execFileSync(name, args, { encoding: "utf8" });

export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
}

export function pdfFonts(pdf: Uint8Array): PdfFont[] {
  const out = withFile(pdf, (file) => tool("pdffonts", [file]));
  return out
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(
        line,
      );
      if (!m) throw new Error(`pdffonts line not understood: ${line}`);
      return {
        name: m[1] ?? "",
        type: m[2] ?? "",
        embedded: m[4] === "yes",
        subset: m[5] === "yes",
      };
    });
}

export function pdfText(pdf: Uint8Array, ...args: string[]): string {
  return withFile(pdf, (file) => tool("pdftotext", ["-enc", "UTF-8", ...args, file, "-"]));
}

export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const out = withFile(pdf, (file) => tool("pdfinfo", ["-enc", "UTF-8", file]));
  return Object.fromEntries(
    out
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
}

export interface Word {
  readonly page: number;
  readonly pageWidth: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly text: string;
}

/** Every word with its box, from `pdftotext -bbox`. */
export function pdfWords(pdf: Uint8Array): Word[] {
  const xhtml = withFile(pdf, (file) => tool("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]));
  const words: Word[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const m of xhtml.matchAll(
    /<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
  )) {
    if (m[1]) {
      page++;
      pageWidth = Number(m[1]);
      continue;
    }
    words.push({
      page,
      pageWidth,
      xMin: Number(m[2]),
      yMin: Number(m[3]),
      xMax: Number(m[4]),
      text: m[5] ?? "",
    });
  }
  return words;
}

/** Text without any whitespace, for finding labels that wrapped inside a table cell. */
export const squeeze = (text: string) => text.replace(/\s+/g, "");
