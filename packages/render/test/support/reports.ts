import {
  EDITIONS,
  editionCells,
  emptyReport,
  grid2021,
  type Report,
  type Report2021,
  writeCell,
} from "@zfxxgk/schema";
import { loadExamples } from "../../../../test/support/examples.js";

export interface NamedReport {
  readonly name: string;
  readonly report: Report;
}

/** Every cell filled: distinct counts, one of each mark, a blank, and a fee with trailing zero. */
export function numbersReport(): Report2021 {
  const report = emptyReport({ agency: "某市人民政府办公室", year: 2024 }) as Report2021;
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

/** Every examples/*.json, rendered as it is (renderHtml checks what it needs itself). */
export function exampleReports(): NamedReport[] {
  return loadExamples().map((e) => ({ name: e.name, report: e.json as Report }));
}

/** Built reports first, then every example. */
export function sampleReports(): NamedReport[] {
  return [
    { name: "empty", report: emptyReport({ agency: "某县人民政府", year: 2023 }) },
    { name: "numbers", report: numbersReport() },
    ...exampleReports(),
  ];
}

/** A 2019-format report with every cell filled: signed changes of both signs, an amount with its unit. */
export function numbersReport2019(): Report {
  const report = emptyReport({ agency: "某市人民政府办公室", year: 2020, edition: "2019" });
  EDITIONS["2019"].cells.forEach((cell, i) => {
    const value = {
      count: i * 7,
      signed: i % 2 ? -i : i,
      amount: "0.020",
      money: "251000元",
    }[cell.kind];
    writeCell(report, cell, value);
  });
  return report;
}
