import { readdirSync, readFileSync } from "node:fs";
import {
  editionCells,
  emptyReport,
  grid2021,
  parseReport,
  type Report,
  writeCell,
} from "@zfxxgk/schema";

const examplesDir = new URL("../../../../examples/", import.meta.url);

export interface NamedReport {
  readonly name: string;
  readonly report: Report;
}

/** Every cell filled: distinct counts, one of each mark, a blank, and a fee with trailing zero. */
export function numbersReport(): Report {
  const report = emptyReport({ agency: "某市人民政府办公室", year: 2024 });
  editionCells(grid2021).forEach((cell, i) => {
    writeCell(report, cell, cell.kind === "amount" ? "0.020" : i * 7);
  });
  report.tables.T3.R2.CE = null;
  report.tables.T3.R2.RI = "—";
  report.tables.T3.R2.SW = "/";
  report.tables.T3.R2.LS = "无";
  report.meta.publishedOn = "2025-01-20";
  report.meta.contact = { phone: "0871-1234567", address: "某市某路1号", postcode: "650100" };
  report.preamble = [
    { type: "paragraph", text: "本报告依照《中华人民共和国政府信息公开条例》编制。" },
  ];
  report.sections.overview.push({
    type: "paragraph",
    text: "本机关围绕重点领域发布信息，回应关切。",
  });
  report.sections.problems = [{ type: "paragraph", text: "部分信息更新不够及时，将加强审核。" }];
  report.processingFee = { amount: "400", unit: "元" };
  return report;
}

/** examples/*.json that parse (read when present; another helper writes them). */
export function exampleReports(): NamedReport[] {
  let files: string[];
  try {
    files = readdirSync(examplesDir)
      .filter((f) => f.endsWith(".json"))
      .sort();
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const parsed = parseReport(JSON.parse(readFileSync(new URL(file, examplesDir), "utf8")));
    if (!parsed.ok || !parsed.report) {
      console.warn(`render tests: examples/${file} does not parse, left out`);
      return [];
    }
    return [{ name: file.replace(/\.json$/, ""), report: parsed.report }];
  });
}

/** Built reports first, then every example. */
export function sampleReports(): NamedReport[] {
  return [
    { name: "empty", report: emptyReport({ agency: "某县人民政府", year: 2023 }) },
    { name: "numbers", report: numbersReport() },
    ...exampleReports(),
  ];
}
