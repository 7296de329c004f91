import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { describeCell, editionOf, HTML_LANG, isEdition, toCells, wordedIn } from "@zfxxgk/schema";
import type { AuditColumn, AuditTableColumn } from "../messages/types.js";
import { bilingual, both, LOCALE_MESSAGES, label } from "../messages.js";
import type { FileAudit } from "./audit-file.js";
import type { Profile } from "./profile.js";
import type { AuditRow } from "./score.js";

/** The columns of audit.csv and of the HTML table, in order; their headers come from the locale files. */
const COLUMNS: readonly (keyof AuditRow & AuditColumn)[] = [
  "file",
  "status",
  "body",
  "year",
  "edition",
  "tablesFound",
  "cellsRead",
  "cellsBlank",
  "cellsUndecided",
  "cellsReadShare",
  "identityBreaks",
  "narrativeMismatches",
  "missingSections",
  "missingNotes",
  "publishedOn",
  "deadline",
  "timeliness",
  "repeatedFromPrevious",
  "repeatedFromPeer",
  "score",
];

/** A header of the page's tables, 「中文 English」. */
const th = (column: AuditTableColumn) => `<th>${esc(label("auditTableColumn", { column }))}</th>`;

const csvField = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const esc = (s: unknown) =>
  String(s ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
/** A path as a relative URL from the output folder (each segment escaped). */
const hrefOf = (outDir: string, file: string) =>
  relative(resolve(outDir), resolve(file)).split(sep).map(encodeURIComponent).join("/");

export async function writeAudit(
  outDir: string,
  rows: readonly AuditRow[],
  audits: readonly FileAudit[],
  profile: Profile,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const csv = [
    [...COLUMNS, "deductions"].join(","),
    ...rows.map((r) =>
      [
        ...COLUMNS.map((k) => csvField(r[k])),
        csvField(r.deductions.map((d) => `${d.kind}×${d.count}=-${d.points}`).join("; ")),
      ].join(","),
    ),
  ].join("\n");
  const json = {
    profile,
    summary: summary(rows),
    rows: rows.map((r, i) => ({ ...r, findings: audits[i]?.findings ?? [] })),
  };
  const files = ["audit.csv", "audit.json", "audit.html"].map((f) => join(outDir, f));
  await writeFile(files[0] as string, `\uFEFF${csv}\n`);
  await writeFile(files[1] as string, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(files[2] as string, html(outDir, rows, audits, profile));
  return files;
}

export function summary(rows: readonly AuditRow[]) {
  const ok = rows.filter((r) => r.status === "ok");
  const read = rows.reduce((n, r) => n + r.cellsRead, 0);
  const all = rows.reduce((n, r) => n + r.cellsRead + r.cellsBlank, 0);
  return {
    files: rows.length,
    read: ok.length,
    notRead: rows.length - ok.length,
    cellsRead: read,
    cellsTotal: all,
    cellsReadShare: all ? Math.round((read / all) * 1000) / 1000 : 0,
  };
}

function html(
  outDir: string,
  rows: readonly AuditRow[],
  audits: readonly FileAudit[],
  profile: Profile,
): string {
  const s = summary(rows);
  const head = COLUMNS.map(
    (k, i) =>
      `<th data-col="${i}" data-key="${esc(k)}" tabindex="0" aria-sort="none">${esc(label("auditColumn", { column: k }))}</th>`,
  ).join("");
  const body = rows
    .map((r, i) => {
      const cells = COLUMNS.map((k) => {
        const v = r[k];
        const sortValue = typeof v === "number" ? v : v === null ? "" : String(v);
        const content =
          k === "file"
            ? `<a href="${esc(hrefOf(outDir, r.file))}">${esc(r.file)}</a> · <a href="#r${i}">${esc(label("auditDetails"))}</a>`
            : esc(v);
        return `<td data-sort="${esc(sortValue)}">${content}</td>`;
      }).join("");
      return `<tr id="row${i}" class="status-${esc(r.status)}">${cells}</tr>`;
    })
    .join("\n");
  const details = rows.map((r, i) => detail(outDir, r, audits[i], i)).join("\n");
  const profileRows = Object.entries(profile.deductions)
    .map(
      ([kind, d]) =>
        `<tr><td>${esc(kind)}</td><td>${esc(d.points)}</td><td>${esc(d.cap ?? "")}</td><td>${esc(d.why ?? "")}</td></tr>`,
    )
    .join("");
  return `<!doctype html>
<html lang="${HTML_LANG["zh-Hans"]}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${esc(both("auditHeading"))}</title>
<style>
body{font-family:"Noto Sans SC",sans-serif;margin:1.5em;font-size:14px}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;vertical-align:top}
th{background:#eee;cursor:pointer;position:sticky;top:0}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tr.status-ok td:nth-child(2){color:#060}tr:not(.status-ok) td:nth-child(2){color:#a00}
section{margin-top:2em}.error{color:#a00}.warning{color:#a60}
</style></head><body>
<h1>${esc(both("auditHeading"))}</h1>
<p>${esc(bilingual(wordedIn(LOCALE_MESSAGES, "auditSummary", { files: s.files, read: s.read, share: s.cellsReadShare, cellsRead: s.cellsRead, cellsTotal: s.cellsTotal }), "\n"))}</p>
<p>${esc(both("auditProfile", { name: profile.name, start: profile.start }))}</p>
<table id="audit"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
<section><h2>${esc(both("auditDeductions"))}</h2><table><tr>${th("kind")}${th("points")}${th("cap")}${th("why")}</tr>${profileRows}</table></section>
${details}
<script>
(() => {
  const table = document.getElementById("audit");
  const tbody = table.tBodies[0];
  const sort = (th) => {
    const col = Number(th.dataset.col);
    const dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    for (const other of table.tHead.rows[0].cells) other.setAttribute("aria-sort", "none");
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    const key = (tr) => tr.cells[col].dataset.sort;
    const rows = [...tbody.rows].sort((a, b) => {
      const x = key(a), y = key(b);
      const nx = Number(x), ny = Number(y);
      const numeric = x !== "" && y !== "" && !Number.isNaN(nx) && !Number.isNaN(ny);
      return dir * (numeric ? nx - ny : x.localeCompare(y, "zh-CN"));
    });
    tbody.append(...rows);
  };
  for (const th of table.tHead.rows[0].cells) {
    th.addEventListener("click", () => sort(th));
    th.addEventListener("keydown", (e) => { if (e.key === "Enter") sort(th); });
  }
})();
</script>
</body></html>
`;
}

function detail(outDir: string, row: AuditRow, audit: FileAudit | undefined, i: number): string {
  const report = audit?.report;
  const values = report ? toCells(report) : {};
  const defs = report && isEdition(report.edition) ? editionOf(report.edition).cells : [];
  const href = hrefOf(outDir, row.file);
  const place = (f: { page?: number; line?: number }) =>
    f.page !== undefined
      ? { href: `${href}#page=${f.page}`, text: both("atPage", { page: f.page }) }
      : f.line !== undefined
        ? { href, text: both("atLine", { line: f.line }) }
        : { href, text: both("atReport") };
  const findings = (audit?.findings ?? [])
    .map((f) => {
      const where = place(f);
      const cellLinks = f.cells
        .slice(0, 8)
        .map((c) => `<a href="#r${i}-${esc(c)}">${esc(c)}</a>`)
        .join(" ");
      return `<li class="${esc(f.severity)}"><a href="${esc(where.href)}">${esc(where.text)}</a> ${cellLinks} <code>${esc(f.code)}</code> ${esc(f.message)}</li>`;
    })
    .join("\n");
  const cells = defs
    .map((c) => {
      const labels = describeCell(c);
      const p = audit?.provenance[c.id];
      const from = !p
        ? both("notRead")
        : p.source === "pdf"
          ? both("atPage", { page: p.page })
          : p.source === "text"
            ? both("atLine", { line: p.line })
            : p.source === "html"
              ? both("atTableRow", { table: p.table + 1, row: p.row + 1 })
              : "JSON";
      return `<tr id="r${i}-${esc(c.id)}"><td>${esc(c.id)}</td><td>${esc(labels.row)}</td><td>${esc(labels.column)}</td><td>${esc(values[c.id] ?? "")}</td><td>${esc(from)}</td></tr>`;
    })
    .join("");
  return `<section id="r${i}"><h2>${esc(row.body || row.file)} ${esc(row.year ?? "")}</h2>
<p><a href="${esc(href)}">${esc(row.file)}</a> · ${esc(label("auditColumn", { column: "status" }))} ${esc(row.status)} · ${esc(label("auditColumn", { column: "score" }))} ${esc(row.score)} · <a href="#row${i}">${esc(both("auditBack"))}</a></p>
<ul>${findings}</ul>
${cells ? `<details><summary>${esc(both("auditCells"))}</summary><table><tr>${th("cell")}${th("row")}${th("column")}${th("value")}${th("where")}</tr>${cells}</table></details>` : ""}
</section>`;
}
