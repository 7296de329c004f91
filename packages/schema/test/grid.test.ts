import {
  grid2021,
  type LayoutCell,
  table2_2021,
  table3_2021,
  table4_2021,
  tableCells,
  tableLayout,
} from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";

/** "label(rowspan×colspan)" for header cells, "#id" for data cells: a table row in one line. */
const show = (row: readonly LayoutCell[]) =>
  row
    .map((c) =>
      c.type === "data"
        ? `#${c.cell.id}`
        : `${c.label["zh-Hans"]}${c.note?.["zh-Hans"] ?? ""}(${c.rowspan}×${c.colspan})`,
    )
    .join(" | ");

describe("the 2021 grid, checked by hand against format.md §1.4–1.6", () => {
  it("table 三 has the official header spans", () => {
    const { head, width } = tableLayout(table3_2021);
    expect(width).toBe(10);
    expect(head.map(show)).toEqual([
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）(3×3) | 申请人情况(1×7)",
      "自然人(2×1) | 法人或其他组织(1×5) | 总计(2×1)",
      "商业企业(1×1) | 科研机构(1×1) | 社会公益组织(1×1) | 法律服务机构(1×1) | 其他(1×1)",
    ]);
  });

  it("table 三 has 25 data rows with the official row-header spans", () => {
    const { body } = tableLayout(table3_2021);
    expect(body).toHaveLength(25);
    const headers = body.map((row) => show(row.filter((c) => c.type !== "data")));
    expect(headers).toEqual([
      "一、本年新收政府信息公开申请数量(1×3)",
      "二、上年结转政府信息公开申请数量(1×3)",
      "三、本年度办理结果(22×1) | （一）予以公开(1×2)",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）(1×2)",
      "（三）不予公开(8×1) | 1.属于国家秘密(1×1)",
      "2.其他法律行政法规禁止公开(1×1)",
      "3.危及“三安全一稳定”(1×1)",
      "4.保护第三方合法权益(1×1)",
      "5.属于三类内部事务信息(1×1)",
      "6.属于四类过程性信息(1×1)",
      "7.属于行政执法案卷(1×1)",
      "8.属于行政查询事项(1×1)",
      "（四）无法提供(3×1) | 1.本机关不掌握相关政府信息(1×1)",
      "2.没有现成信息需要另行制作(1×1)",
      "3.补正后申请内容仍不明确(1×1)",
      "（五）不予处理(5×1) | 1.信访举报投诉类申请(1×1)",
      "2.重复申请(1×1)",
      "3.要求提供公开出版物(1×1)",
      "4.无正当理由大量反复申请(1×1)",
      "5.要求行政机关确认或重新出具已获取信息(1×1)",
      "（六）其他处理(3×1) | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请(1×1)",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请(1×1)",
      "3.其他(1×1)",
      "（七）总计(1×2)",
      "四、结转下年度继续办理(1×3)",
    ]);
    for (const row of body) expect(row.filter((c) => c.type === "data")).toHaveLength(7);
    expect(
      show(body[0] ?? [])
        .split(" | ")
        .slice(1),
    ).toEqual(["NP", "CE", "RI", "SW", "LS", "OT", "TOT"].map((c) => `#T3.R1.${c}`));
  });

  it("table 四 has 15 data columns under the official header", () => {
    const { head, body, width } = tableLayout(table4_2021);
    expect(width).toBe(15);
    expect(head.map(show)).toEqual([
      "行政复议(1×5) | 行政诉讼(1×10)",
      "结果维持(2×1) | 结果纠正(2×1) | 其他结果(2×1) | 尚未审结(2×1) | 总计(2×1) | 未经复议直接起诉(1×5) | 复议后起诉(1×5)",
      "结果维持(1×1) | 结果纠正(1×1) | 其他结果(1×1) | 尚未审结(1×1) | 总计(1×1) | 结果维持(1×1) | 结果纠正(1×1) | 其他结果(1×1) | 尚未审结(1×1) | 总计(1×1)",
    ]);
    expect(body.map(show)).toEqual([
      ["RV", "LD", "LR"]
        .flatMap((g) => ["keep", "fix", "oth", "pend", "tot"].map((k) => `#T4.${g}.${k}`))
        .join(" | "),
    ]);
  });

  it("table 二 has four blocks of four physical columns", () => {
    const { head, body, width } = tableLayout(table2_2021);
    expect(width).toBe(4);
    expect(head).toEqual([]);
    expect(body.map(show)).toEqual([
      "第二十条第（一）项(1×4)",
      "信息内容(1×1) | 本年制发件数(1×1) | 本年废止件数(1×1) | 现行有效件数(1×1)",
      "规章(1×1) | #T2.regulations.issued | #T2.regulations.repealed | #T2.regulations.inForce",
      "行政规范性文件(1×1) | #T2.normativeDocs.issued | #T2.normativeDocs.repealed | #T2.normativeDocs.inForce",
      "第二十条第（五）项(1×4)",
      "信息内容(1×1) | 本年处理决定数量(1×3)",
      "行政许可(1×1) | #T2.licensing",
      "第二十条第（六）项(1×4)",
      "信息内容(1×1) | 本年处理决定数量(1×3)",
      "行政处罚(1×1) | #T2.penalties",
      "行政强制(1×1) | #T2.coercion",
      "第二十条第（八）项(1×4)",
      "信息内容(1×1) | 本年收费金额（单位：万元）(1×3)",
      "行政事业性收费(1×1) | #T2.fees",
    ]);
    const fee = body.at(-1)?.at(-1);
    expect(fee?.type === "data" && fee.colspan).toBe(3);
  });

  it("every physical row of every table fills the table's width", () => {
    for (const table of grid2021.tables) {
      const { head, body, width } = tableLayout(table);
      const rows = [...head, ...body];
      const occupied: number[][] = rows.map(() => []);
      rows.forEach((row, r) => {
        let col = 0;
        for (const cell of row) {
          while (occupied[r]?.[col]) col++;
          for (let dr = 0; dr < cell.rowspan; dr++)
            for (let dc = 0; dc < cell.colspan; dc++) {
              const line = occupied[r + dr];
              if (line) line[col + dc] = 1;
            }
          col += cell.colspan;
        }
      });
      for (const line of occupied) expect(line.filter(Boolean)).toHaveLength(width);
    }
  });

  it("cell ids are unique, and their pointers follow the ids", () => {
    const cells = grid2021.tables.flatMap(tableCells);
    expect(cells).toHaveLength(10 + 25 * 7 + 15);
    expect(new Set(cells.map((c) => c.id)).size).toBe(cells.length);
    for (const c of cells) expect(c.pointer).toBe(`/tables/${c.id.replaceAll(".", "/")}`);
    expect(cells.filter((c) => c.kind === "amount").map((c) => c.id)).toEqual(["T2.fees"]);
  });

  it("has the six official section headings in order, with the long variant of 五 accepted", () => {
    expect(grid2021.sections.map((s) => s.heading["zh-Hans"])).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
    expect(grid2021.sections[4]?.aliases).toContain("五、政府信息公开工作存在的主要问题及改进情况");
  });
});
