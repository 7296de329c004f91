import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOCX_MEDIA_TYPE, readDocx } from "@zfxxgk/docx";
import { renderHtml } from "@zfxxgk/render";
import { parseReport } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { cli, exampleJson, exampleText, post, problem, useServer } from "./support/server.js";

const REGION = fileURLToPath(new URL("../../../examples/region/", import.meta.url));
const bodies = readdirSync(join(REGION, "bodies"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => join(REGION, "bodies", f));
const expectedList = readFileSync(join(REGION, "expected.txt"), "utf8");
const region = {
  agency: "青禾区人民政府",
  year: 2024,
  expected: expectedList,
  labels: bodies, // the CLI labels each constituent by its path
  reports: bodies.map((f) => JSON.parse(readFileSync(f, "utf8"))),
};

describe("POST /v1/rollup and POST /v1/docx", () => {
  const s = useServer({ pdf: false });

  it("rolls up a region as `zfxxgk rollup` does: the same aggregate and the same findings", async () => {
    const response = await post(`${s.url}/v1/rollup`, JSON.stringify(region));
    expect(response.status).toBe(200);
    const answer = await response.json();
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-server-rollup-"));
    try {
      const out = join(dir, "aggregate.json");
      const printed = JSON.parse(
        cli(
          "rollup",
          ...bodies,
          "--agency",
          region.agency,
          "--year",
          "2024",
          "--expected",
          join(REGION, "expected.txt"),
          "-o",
          out,
          "--format",
          "json",
        ),
      );
      expect(answer.report).toEqual(JSON.parse(readFileSync(out, "utf8")));
      // the constituents' findings are the CLI's, file by file (the CLI names files by path)
      expect(answer.files.slice(1).map((f: { diagnostics: unknown }) => f.diagnostics)).toEqual(
        printed.files.slice(1).map((f: { diagnostics: unknown }) => f.diagnostics),
      );
      expect(answer.files[0].diagnostics).toEqual(printed.files[0].diagnostics);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(answer.files[0].file).toBe("aggregate");
    expect(answer.constituents.map((c: { label: string }) => c.label)).toEqual(region.labels);
    expect(answer.provenance).toBeUndefined();
  });

  it("says who contributed what to a cell, and sums a published page like its JSON", async () => {
    const [first, ...rest] = region.reports;
    const parsed = parseReport(first);
    if (!parsed.ok) throw new Error("the first body does not parse");
    // the first body as its published page without the embedded data: read from the tables
    const html = renderHtml(parsed.report).replace(/<script\b[\s\S]*?<\/script>/gi, "");
    const asText = { ...region, reports: [{ html }, ...rest] };
    const answer = await (
      await post(`${s.url}/v1/rollup?provenance=true&lang=en`, JSON.stringify(asText))
    ).json();
    const plain = await (await post(`${s.url}/v1/rollup`, JSON.stringify(region))).json();
    expect(answer.report.tables).toEqual(plain.report.tables);
    const cell = answer.provenance["T3.R1.NP"];
    const parts = cell.parts.map((p: { value: number }) => p.value);
    expect(parts.reduce((a: number, b: number) => a + b, 0)).toBe(cell.total);
    expect(cell.total).toBe(answer.report.tables.T3.R1.NP);
    for (let i = 1; i < parts.length; i++) expect(parts[i - 1]).toBeGreaterThanOrEqual(parts[i]);
    expect(
      answer.files[1].diagnostics.every((d: { message: string }) => /^[\x20-\x7e]/.test(d.message)),
    ).toBe(true);
  });

  it("reports a missing body and a duplicate as findings, not as errors of the request", async () => {
    const twice = { ...region, reports: [...region.reports, region.reports[0]], labels: undefined };
    const answer = await (await post(`${s.url}/v1/rollup`, JSON.stringify(twice))).json();
    const codes = answer.files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toContain("rollup/duplicate-content");
    expect(answer.constituents.at(-1)).toMatchObject({
      status: "duplicate",
      label: `reports/${region.reports.length}`,
    });
    const short = { ...region, reports: region.reports.slice(1), labels: region.labels.slice(1) };
    const missing = await (await post(`${s.url}/v1/rollup`, JSON.stringify(short))).json();
    expect(missing.files[0].diagnostics.map((d: { code: string }) => d.code)).toContain(
      "rollup/missing",
    );
  });

  it("answers bad roll-up requests with problem details naming what is wrong", async () => {
    const noAgency = await problem(
      await post(`${s.url}/v1/rollup`, JSON.stringify({ ...region, agency: undefined })),
    );
    expect(noAgency.status).toBe(400);
    expect(noAgency.body.en).toMatch(/agency/);
    const empty = await problem(
      await post(`${s.url}/v1/rollup`, JSON.stringify({ ...region, reports: [] })),
    );
    expect(empty.status).toBe(400);
    const edition = await problem(
      await post(`${s.url}/v1/rollup`, JSON.stringify({ ...region, edition: "1999" })),
    );
    expect(edition.status).toBe(422);
    expect(edition.body.code).toBe("input-unknown-edition");
    const unreadable = await problem(
      await post(
        `${s.url}/v1/rollup`,
        JSON.stringify({ ...region, reports: [...region.reports, { text: "本页没有报告" }] }),
      ),
    );
    expect(unreadable.status).toBe(422);
    expect(unreadable.body.code).toBe("unparsable");
    expect(unreadable.body.en).toContain(`report ${region.reports.length + 1}`);
  });

  it("writes the Word document `zfxxgk docx` writes, which reads back as the report", async () => {
    const response = await post(`${s.url}/v1/docx`, exampleText());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(DOCX_MEDIA_TYPE);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-server-docx-"));
    try {
      const out = join(dir, "report.docx");
      cli(
        "docx",
        fileURLToPath(new URL("../../../examples/synthetic-city-2024.json", import.meta.url)),
        "-o",
        out,
      );
      expect(Buffer.from(bytes).equals(readFileSync(out))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const back = await readDocx(bytes);
    expect(back.report).toEqual(exampleJson());
    const traditional = await post(`${s.url}/v1/docx?locale=zh-Hant`, exampleText());
    expect(traditional.status).toBe(200);
    const hostile = { ...exampleJson(), meta: { ...exampleJson().meta, agency: "x" } };
    delete (hostile as Record<string, unknown>).edition;
    const invalid = await problem(await post(`${s.url}/v1/docx`, JSON.stringify(hostile)));
    expect(invalid.status).toBe(422);
  });
});
