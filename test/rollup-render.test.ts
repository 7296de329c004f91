import { readFileSync } from "node:fs";
import { parseHtml } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import { describe, expect, it } from "vitest";

const aggregate = JSON.parse(
  readFileSync(new URL("../examples/region/aggregate-2024.json", import.meta.url), "utf8"),
);

describe("a published aggregate", () => {
  it("states its scope, lists its constituents, and reads back with them", () => {
    const evil = structuredClone(aggregate);
    evil.meta.constituents[0].name = "<b>某局</b>";
    const html = renderHtml(evil);
    expect(html).toContain("本报告为汇总报告，汇总了本地区14个单位");
    expect(html).toContain(aggregate.meta.scopeNote);
    expect(html).toContain("&lt;b&gt;某局&lt;/b&gt;");
    expect(html).not.toContain("<b>某局</b>");
    expect((html.match(/<li>/g) ?? []).length).toBe(14);
    const back = parseHtml(renderHtml(aggregate));
    expect(back.report?.meta.scope).toBe("aggregate");
    expect(back.report?.meta.constituents).toEqual(aggregate.meta.constituents);
    expect(back.report?.meta.scopeNote).toBe(aggregate.meta.scopeNote);
  });

  it("a report of one body states nothing about scope", () => {
    const self = structuredClone(aggregate);
    delete self.meta.scope;
    delete self.meta.constituents;
    expect(renderHtml(self)).not.toContain("汇总报告");
  });
});
