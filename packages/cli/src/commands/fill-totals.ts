import { fillTotals } from "@zfxxgk/schema";
import type { Command } from "commander";
import { loadValidReport } from "../inputs.js";
import { both, helpText } from "../messages.js";
import { emit, note } from "../output.js";

export function registerFillTotals(program: Command): void {
  program
    .command("fill-totals")
    .description(helpText("helpFillTotals"))
    .argument("<file>", helpText("helpFillTotalsFile"))
    .option("-o, --out <file>", helpText("helpFillTotalsOut"))
    .action(async (file: string, options: { out?: string }) => {
      const { report, filled } = fillTotals(await loadValidReport(file));
      for (const f of filled) note(both("filledTotal", { id: f.id, value: f.value, from: f.from }));
      if (filled.length === 0) note(both("nothingToFill"));
      await emit(`${JSON.stringify(report, null, 2)}\n`, options.out);
    });
}
