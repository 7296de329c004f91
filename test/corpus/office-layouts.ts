import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Layouts a tester makes of a seed report with an office suite (issue #17): the seed's text as a
 * page of plain HTML tables (one `<td>` per `|` field), and our own page of the report, opened in
 * LibreOffice and saved as Word, PDF, HTML and text; the seed's text file printed to PDF and saved
 * as Word. The PDFs are also read as `pdftotext` extracts them in its three modes.
 */

const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

/**
 * The seed's text as a tester's HTML page: each paragraph a `<p>`, each run of `|` lines a
 * `<table>` whose rows are the lines and whose cells are the fields (the padding `|` at the end
 * of a line dropped).
 */
export function seedAsHtml(text: string, title: string): string {
  const out = [
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>`,
  ];
  let table = false;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const row = /[|｜]/.test(line);
    if (row !== table) {
      out.push(row ? '<table border="1" cellspacing="0">' : "</table>");
      table = row;
    }
    if (!row) {
      if (line.trim()) out.push(`<p>${esc(line.trim())}</p>`);
      continue;
    }
    const fields = line.split(/[|｜]/).map((f) => f.trim());
    while (fields.length > 1 && fields.at(-1) === "") fields.pop();
    out.push(`<tr>${fields.map((f) => `<td>${esc(f)}</td>`).join("")}</tr>`);
  }
  if (table) out.push("</table>");
  out.push("</body></html>");
  return out.join("\n");
}

/** Whether LibreOffice is installed; prints why not, and fails under CI (.ci/run installs it). */
export function officeAvailable(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    if (process.env.CI) throw new Error("soffice not found: apt-get install -y libreoffice-writer");
    console.warn(
      "skipping the LibreOffice layouts: no soffice (apt-get install -y --no-install-recommends libreoffice-writer)",
    );
    return false;
  }
}

/** LibreOffice's filters for each target, by the kind of document it opened. */
const FILTERS: Record<string, Record<string, string>> = {
  html: {
    docx: 'docx:"MS Word 2007 XML"',
    pdf: "pdf:writer_web_pdf_Export",
    html: "html:HTML (StarWriter)",
    txt: "txt:Text (encoded):UTF8",
  },
  txt: {
    docx: 'docx:"MS Word 2007 XML"',
    pdf: "pdf:writer_pdf_Export",
  },
};

/**
 * Converts each file to each target with one headless LibreOffice per source kind and target
 * (its own profile, so that it runs beside other instances); returns output path by
 * `name.target`. A file LibreOffice does not convert is missing from the result.
 */
export function convertWithOffice(files: readonly string[], dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const profile = pathToFileURL(join(dir, "profile")).href;
  const byKind = new Map<string, string[]>();
  for (const f of files) {
    const kind = extname(f).slice(1);
    byKind.set(kind, [...(byKind.get(kind) ?? []), f]);
  }
  for (const [kind, group] of byKind) {
    for (const [target, filter] of Object.entries(FILTERS[kind] ?? {})) {
      const outdir = join(dir, `${kind}-to-${target}`);
      mkdirSync(outdir, { recursive: true });
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--norestore",
          ...(kind === "txt" ? ["--infilter=Text (encoded):UTF8"] : []),
          "--convert-to",
          filter.replaceAll('"', ""),
          "--outdir",
          outdir,
          ...group,
        ],
        { stdio: "ignore", timeout: 600_000 },
      );
      for (const f of group) {
        const made = join(outdir, `${basename(f, extname(f))}.${target}`);
        if (existsSync(made)) out.set(`${basename(f)}.${target}`, made);
      }
    }
  }
  return out;
}

/** Text `pdftotext` extracts from a PDF in its three modes. */
export function pdftotextModes(pdf: string): [string, string][] {
  return (
    [
      ["pdftotext", []],
      ["pdftotext -layout", ["-layout"]],
      ["pdftotext -raw", ["-raw"]],
    ] as [string, string[]][]
  ).map(([mode, args]) => {
    const out = `${pdf}.${mode.replace(/\W+/g, "_")}.txt`;
    execFileSync("pdftotext", [...args, pdf, out], { stdio: "ignore" });
    return [mode, readFileSync(out, "utf8")];
  });
}

export const filesIn = (dir: string) => readdirSync(dir).map((f) => join(dir, f));
export { writeFileSync };
