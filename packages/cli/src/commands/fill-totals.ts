import { fillTotals } from "@zfxxgk/schema";
import type { Command } from "commander";
import { loadValidReport } from "../inputs.js";
import { both } from "../messages.js";
import { emit, note } from "../output.js";

export function registerFillTotals(program: Command): void {
  program
    .command("fill-totals")
    .description(
      "由分项补齐空白的总计单元格，并列出所补内容 / fill blank 总计 cells from their parts and list them",
    )
    .argument("<file>", "报告文件 / report file")
    .option("-o, --out <file>", "输出文件，缺省为标准输出 / output file (default: stdout)")
    .action(async (file: string, options: { out?: string }) => {
      const { report, filled } = fillTotals(await loadValidReport(file));
      for (const f of filled) note(both("filledTotal", { id: f.id, value: f.value, from: f.from }));
      if (filled.length === 0) note(both("nothingToFill"));
      await emit(`${JSON.stringify(report, null, 2)}\n`, options.out);
    });
}
