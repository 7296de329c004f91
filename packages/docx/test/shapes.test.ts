import { DocxError, renderDocx, renderDocxTemplate } from "@zfxxgk/docx";
import { emptyReport, type Report } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { part } from "./support.js";

const blank = () => emptyReport({ agency: "某市某局", year: 2025 }) as Report;
const withField = (field: string, value: unknown) =>
  ({ ...blank(), [field]: value }) as unknown as Report;

async function refusal(make: Promise<unknown>): Promise<DocxError> {
  const error = await make.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocxError);
  return error as DocxError;
}

describe("reports of a shape the Word writer does not draw", () => {
  it("are refused naming the field, in Chinese and English, rather than dropped", async () => {
    const e = await refusal(renderDocxTemplate(withField("statistics", { rows: [1] })));
    expect(e.code).toBe("unsupported-shape");
    expect(e.zh).toContain("/statistics");
    expect(e.zh).toMatch(/尚不能写入 Word/);
    expect(e.en).toContain("/statistics of a report in the 2021 format");
  });

  it("are refused where a known field has another shape", async () => {
    const report = blank() as unknown as { sections: Record<string, unknown> };
    report.sections.overview = "一段文字";
    const e = await refusal(renderDocxTemplate(report as unknown as Report));
    expect(e.code).toBe("unsupported-shape");
    expect(e.en).toContain("/sections/overview");
    const body = await refusal(renderDocxTemplate(withField("body", [{ heading: 3 }])));
    expect(body.en).toContain("/body/0");
  });

  it("name an edition the registry does not know", async () => {
    const e = await refusal(
      renderDocxTemplate({ ...blank(), edition: "1999" } as unknown as Report),
    );
    expect(e.code).toBe("unknown-edition");
    expect(e.message).toContain('"1999"');
  });

  it("are checked against the schema first when a document is made from data", async () => {
    const e = await refusal(renderDocx(withField("statistics", { rows: [] })));
    expect(e.code).toBe("invalid-report");
  });
});

describe("parts the report numbers itself", () => {
  it("are written as headings with their number, followed by their text", async () => {
    const report = withField("body", [
      { number: "一", heading: "概述", blocks: [{ type: "paragraph", text: "本年度工作情况。" }] },
      { number: "（二）", heading: "存在的问题", blocks: [] },
      { heading: "附注", blocks: [{ type: "heading", text: "说明" }] },
    ]);
    const xml = part(await renderDocxTemplate(report), "word/document.xml");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
    expect(text).toMatch(/一、概述\n本年度工作情况。[\s\S]*（二）存在的问题\n附注\n说明/);
  });
});
