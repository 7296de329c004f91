import { parseReport } from "@zfxxgk/schema";
import { formatText, validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";
import { goodReport, zeroReport } from "./support/reports.js";

describe("a complete, consistent report", () => {
  it("is a valid report", () => {
    expect(parseReport(goodReport()).diagnostics).toEqual([]);
  });
  it("raises nothing, with last year's report and constituents", () => {
    const result = validate(goodReport(), {
      previous: goodReport(2023, "b"),
      constituents: [goodReport(), zeroReport()],
    });
    expect(formatText(result)).toContain("未发现问题");
    expect(result.diagnostics).toEqual([]);
    expect(result.report?.meta.year).toBe(2024);
  });
});
