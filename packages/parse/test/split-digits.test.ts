import { parseText } from "@zfxxgk/parse";
import { type Report, toCells } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { runTogether } from "../../../test/corpus/shapes.js";
import { loadExamples } from "../../../test/support/examples.js";
import { prng } from "../../../test/support/random-report.js";
import { indexOf } from "../src/grid-index.js";
import { cuts } from "../src/split-digits.js";
import { kindCuts } from "../src/split-kinds.js";

/** Every cut of a run into n printed numbers, by brute force (no pruning). */
function everyCut(digits: string, n: number): number[][] {
  if (n === 1) return digits.length > 1 && digits[0] === "0" ? [] : [[Number(digits)]];
  const out: number[][] = [];
  for (let len = 1; len <= digits.length - (n - 1); len++) {
    const head = digits.slice(0, len);
    if (len > 1 && head[0] === "0") break;
    for (const rest of everyCut(digits.slice(len), n - 1)) out.push([Number(head), ...rest]);
  }
  return out;
}

const total = (n: number) => ({ left: [n - 1], right: Array.from({ length: n - 1 }, (_, i) => i) });
const keeps = (c: number[], s: { left: number[]; right: number[] }) =>
  s.left.reduce((a, i) => a + (c[i] as number), 0) ===
  s.right.reduce((a, i) => a + (c[i] as number), 0);

describe("cutting run-together digits", () => {
  it("finds the one cut of the issue's example", () => {
    expect(cuts("21710000218", 7, [total(7)])).toEqual([[217, 1, 0, 0, 0, 0, 218]]);
  });

  it("never cuts a number with a leading zero", () => {
    expect(cuts("05", 1)).toEqual([]);
    expect(cuts("1203", 3)).toEqual([
      [1, 20, 3],
      [12, 0, 3],
    ]);
  });

  it("keeps exactly the cuts brute force keeps (the pruning loses none)", () => {
    const random = prng(17);
    for (let k = 0; k < 200; k++) {
      const parts = Array.from({ length: 4 }, () => Math.floor(random() ** 3 * 400));
      const row = [...parts, parts.reduce((a, b) => a + b, 0)];
      const digits = row.join("");
      const sums = [total(5)];
      const expected = everyCut(digits, 5).filter((c) => sums.every((s) => keeps(c, s)));
      expect(cuts(digits, 5, sums), digits).toEqual(expected);
      expect(expected).toContainEqual(row);
    }
  });
});

describe("crawled text: rows settled by the table's identities", () => {
  // run-together digits leave a blank cell no trace, so the examples with blanks are left out
  const examples = loadExamples().filter(
    (e) => !Object.values(toCells(e.json as Report)).includes(null),
  );
  it.runIf(examples.length > 0)(
    "reads each cell right or leaves it blank and names it, never wrong",
    () => {
      let byTable = 0;
      for (const e of examples) {
        const report = e.json as Report;
        if (!("sections" in report)) continue;
        const outcome = parseText(runTogether(report));
        const got = toCells(outcome.report as Report);
        const want = toCells(report);
        const undecided = new Set(
          outcome.diagnostics
            .filter((d) => d.code === "parse/digits-undecided")
            .flatMap((d) => d.cells),
        );
        for (const [id, v] of Object.entries(want)) {
          if (got[id] === v || v === null) continue;
          expect(got[id], `${e.name} ${id}`).toBeNull();
          expect(undecided.has(id), `${e.name} ${id} is named as undecided`).toBe(true);
        }
        // no blank cell is left unexplained
        for (const id of undecided) expect(got[id], `${e.name} ${id}`).toBeNull();
        byTable += outcome.diagnostics.filter(
          (d) => d.code === "parse/digits-split" && d.params?.by === "table",
        ).length;
      }
      // the examples with large figures need the table's identities, not only the rows' totals
      expect(byTable).toBeGreaterThan(0);
    },
  );

  it("leaves a row without identities blank when several cuts remain, and says how many", () => {
    const text = [
      "某局2024年政府信息公开工作年度报告",
      "一、总体情况",
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容本年制发件数本年废止件数现行有效件数",
      "规章5191",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ].join("\n");
    const outcome = parseText(text);
    const finding = outcome.diagnostics.find((d) => d.code === "parse/digits-undecided");
    expect(finding?.actual).toBe("5191");
    expect(finding?.params?.candidates).toBe(3);
    expect(finding?.cells).toHaveLength(3);
    for (const id of finding?.cells ?? []) expect(toCells(outcome.report as Report)[id]).toBeNull();
  });
});

describe("run-together values of other kinds: signed changes and amounts (2019 table 二)", () => {
  const t2 = indexOf("2019").tables.get("T2");
  const row = (label: string) => {
    const found = t2?.rows.get(label);
    if (!found) throw new Error(`no row ${label}`);
    return found;
  };

  it("starts a signed change at its sign and keeps the other cells whole", () => {
    const cells = row("行政强制").cells;
    expect(cells.map((c) => c.kind)).toEqual(["count", "signed", "count"]);
    const found = kindCuts("86-6825", cells) ?? [];
    expect(found).toEqual([
      [86, -6, 825],
      [86, -68, 25],
      [86, -682, 5],
    ]);
    // a change printed without its sign is a whole number like the others
    expect(kindCuts("8+6825", cells)).toEqual([
      [8, 6, 825],
      [8, 68, 25],
      [8, 682, 5],
    ]);
  });

  it("keeps an amount's decimal point and the unit its publisher wrote, after the last cell only", () => {
    const cells = row("政府集中采购").cells;
    expect(kindCuts("6251000元", cells)).toEqual([
      [6, "251000元"],
      [62, "51000元"],
      [625, "1000元"],
      [625100, "0元"],
    ]);
    expect(kindCuts("1422.5万元", cells)).toEqual([
      [1, "422.5万元"],
      [14, "22.5万元"],
      [142, "2.5万元"],
    ]);
    // a unit after a count is no way to print the row
    expect(kindCuts("1203元", row("行政事业性收费").cells)).toEqual([]);
  });

  it("reads what every cut agrees on and names the rest as undecided, never guessing", () => {
    const text = [
      "某局2020年政府信息公开工作年度报告",
      "一、总体情况",
      "二、主动公开政府信息情况",
      "第二十条第（六）项",
      "信息内容 上一年项目数量 本年增/减 处理决定数量",
      "行政强制86-6825",
      "第二十条第（九）项",
      "信息内容 采购项目数量 采购总金额",
      "政府集中采购6251000元",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ].join("\n");
    const outcome = parseText(text);
    expect(outcome.report?.edition).toBe("2019");
    const got = toCells(outcome.report as Report);
    expect(got["T2.coercion.previous"]).toBe(86);
    const undecided = outcome.diagnostics.filter((d) => d.code === "parse/digits-undecided");
    expect(undecided.map((d) => d.actual)).toEqual(["86-6825", "6251000元"]);
    expect(undecided.flatMap((d) => d.cells)).toEqual([
      "T2.coercion.change",
      "T2.coercion.decisions",
      "T2.procurement.count",
      "T2.procurement.amount",
    ]);
    for (const id of undecided.flatMap((d) => d.cells)) expect(got[id]).toBeNull();
  });

  it("takes the one cut a row's kinds allow", () => {
    const text = [
      "某局2020年政府信息公开工作年度报告",
      "一、总体情况",
      "二、主动公开政府信息情况",
      "第二十条第（五）项",
      "信息内容 上一年项目数量 本年增/减 处理决定数量",
      "行政许可0-00",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ].join("\n");
    const outcome = parseText(text);
    const got = toCells(outcome.report as Report);
    expect([got["T2.licensing.previous"], got["T2.licensing.change"]]).toEqual([0, 0]);
    expect(got["T2.licensing.decisions"]).toBe(0);
    expect(outcome.diagnostics.find((d) => d.code === "parse/digits-split")?.expected).toBe(
      "0|0|0",
    );
  });
});
