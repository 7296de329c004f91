import { describeCell } from "@zfxxgk/schema";
import type { RollupResult } from "./rollup.js";

/** What one constituent has in one cell of the breakdown. */
type Entry = { value: number | string; state: "number" | "blank" | "mark" | "unmapped" };

interface Matrix {
  readonly names: readonly string[];
  readonly labels: readonly string[];
  readonly cells: RollupResult["sum"]["cells"];
  /** entries[cell][constituent] */
  readonly entries: readonly Entry[][];
}

function matrixOf(result: RollupResult): Matrix {
  const people = result.summed.map((i) => result.constituents[i]);
  const entries = result.sum.cells.map((s) => {
    const column: Entry[] = people.map(() => ({ value: 0, state: "number" }));
    s.contributions.reports.forEach((r, k) => {
      column[r] = { value: s.contributions.values[k] as number | string, state: "number" };
    });
    for (const r of s.blank) column[r] = { value: 0, state: "blank" };
    for (const r of s.marked) column[r] = { value: 0, state: "mark" };
    for (const r of s.unmapped) column[r] = { value: 0, state: "unmapped" };
    return column;
  });
  return {
    names: people.map((p) => p?.name ?? ""),
    labels: people.map((p) => p?.label ?? ""),
    cells: result.sum.cells,
    entries,
  };
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvRow = (fields: readonly string[]) => `${fields.map(csvField).join(",")}\r\n`;

/**
 * The constituents × cells matrix as CSV (UTF-8 with BOM, for spreadsheet programs): one row per
 * constituent summed, then a 合计 row; blank cells stay empty, marks are written as 记号, cells a
 * constituent's edition lacks as 无对应.
 */
export function breakdownCsv(result: RollupResult): string {
  const m = matrixOf(result);
  let out = `\uFEFF${csvRow(["单位 body", "来源 source", ...m.cells.map((s) => s.cell.id)])}`;
  m.names.forEach((name, r) => {
    const row = m.entries.map((column) => {
      const e = column[r] as Entry;
      return e.state === "number"
        ? String(e.value)
        : e.state === "blank"
          ? ""
          : e.state === "mark"
            ? "记号"
            : "无对应";
    });
    out += csvRow([name, m.labels[r] ?? "", ...row]);
  });
  out += csvRow(["合计 total", "", ...m.cells.map((s) => String(s.total))]);
  return out;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const esc = (v: unknown) => String(v).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/**
 * Whether each value lies far from its peers in the cell: more than `z` robust standard deviations
 * (1.4826 × the median absolute deviation) from the median of all constituents.
 */
function farFromPeers(column: readonly Entry[], z = 5): boolean[] {
  const values = column.map((e) => Number(e.value));
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const deviations = values.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
  const mad = 1.4826 * (deviations[Math.floor(deviations.length / 2)] ?? 0);
  return values.map((v) => mad > 0 && Math.abs(v - median) / mad > z);
}

/**
 * The constituents × cells matrix as a standalone HTML page for a person: sticky header row and
 * name column, a totals row, blank / marked / unmapped cells marked, and values far from their
 * peers highlighted. Everything from the reports is escaped.
 */
export function breakdownHtml(result: RollupResult, title = "汇总明细 Roll-up breakdown"): string {
  const m = matrixOf(result);
  const far = m.entries.map((column) => farFromPeers(column));
  const head = m.cells
    .map((s) => {
      const d = describeCell(s.cell);
      return `<th scope="col" title="${esc(`${d.table}｜${d.row}｜${d.column}`)}">${esc(s.cell.id)}<br><small>${esc(d.row)}<br>${esc(d.column)}</small></th>`;
    })
    .join("");
  const rows = m.names
    .map((name, r) => {
      const tds = m.entries
        .map((column, c) => {
          const e = column[r] as Entry;
          if (e.state === "blank")
            return '<td class="blank" title="空白，按 0 汇总 blank, summed as 0">空</td>';
          if (e.state === "mark")
            return '<td class="mark" title="记号，按 0 汇总 mark, summed as 0">记号</td>';
          if (e.state === "unmapped")
            return '<td class="unmapped" title="该格式无对应单元格 no counterpart in its edition">无对应</td>';
          const cls = far[c]?.[r]
            ? ' class="far" title="与其他单位差异很大 far from its peers"'
            : "";
          return `<td${cls}>${esc(e.value)}</td>`;
        })
        .join("");
      return `<tr><th scope="row" title="${esc(m.labels[r])}">${esc(name)}</th>${tds}</tr>`;
    })
    .join("\n");
  const totals = m.cells.map((s) => `<td>${esc(s.total)}</td>`).join("");
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:system-ui,"Noto Sans SC",sans-serif;margin:0}
.wrap{overflow:auto;max-height:100vh}
table{border-collapse:separate;border-spacing:0;font-size:12px}
th,td{border:1px solid #ccc;padding:2px 6px;text-align:right;white-space:nowrap;background:#fff}
thead th{position:sticky;top:0;z-index:2;background:#f3f3f3;text-align:center;vertical-align:bottom}
tbody th,tfoot th{position:sticky;left:0;z-index:1;text-align:left;background:#fafafa}
thead th:first-child{left:0;z-index:3}
tfoot td,tfoot th{position:sticky;bottom:0;font-weight:bold;background:#eef}
td.blank{color:#999;background:#f6f6f6}
td.mark{color:#666;background:#f0f0e0}
td.unmapped{color:#a00;background:#fbecec}
td.far{background:#ffd27f;font-weight:bold}
</style></head><body>
<p>${esc(title)}：${m.names.length} 个单位 bodies × ${m.cells.length} 格 cells。空 = 空白按 0 汇总；记号 = 写有「—」「无」等按 0 汇总；无对应 = 其格式无此格；橙色 = 与其他单位差异很大。</p>
<div class="wrap"><table>
<thead><tr><th scope="col">单位 body</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">合计 total</th>${totals}</tr></tfoot>
</table></div>
</body></html>
`;
}
