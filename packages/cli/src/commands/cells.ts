import { cellsOf, describeCell, toCells } from "@zfxxgk/schema";
import { type Command, Option } from "commander";
import { loadValidReport } from "../inputs.js";
import { helpText } from "../messages.js";
import { emit } from "../output.js";

const csvField = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function registerCells(program: Command): void {
  program
    .command("cells")
    .description(helpText("helpCells"))
    .argument("<file>", helpText("helpCellsFile"))
    .addOption(
      new Option("--format <format>", helpText("helpCellsFormat"))
        .choices(["json", "csv"])
        .default("json"),
    )
    .action(async (file: string, options: { format: "json" | "csv" }) => {
      // cells carry no metadata: a document read without its agency or year is listed as read
      const report = await loadValidReport(file, { metadata: "as-read" });
      const cells = toCells(report);
      if (options.format === "json") {
        await emit(`${JSON.stringify(cells, null, 2)}\n`);
        return;
      }
      const defs = cellsOf(report.edition);
      // Editions whose rows print a unit (the 2008–2018 statistics table) get a unit column.
      const units = defs.some((c) => c.unit);
      const lines = [
        ["cell", "value", "table", "row", "column", ...(units ? ["unit"] : [])].join(","),
      ];
      for (const cell of defs) {
        const labels = describeCell(cell);
        const unit = units ? [cell.unit?.["zh-Hans"] ?? ""] : [];
        lines.push(
          [cell.id, cells[cell.id], labels.table, labels.row, labels.column, ...unit]
            .map(csvField)
            .join(","),
        );
      }
      await emit(`${lines.join("\n")}\n`);
    });
}
