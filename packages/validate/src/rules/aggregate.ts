import { addUp, contentHash, type Edition, type Sum, type SummedCell } from "@zfxxgk/schema";
import { CELLS, idx, NUMBER } from "../engine/cells.js";
import { Big } from "../engine/decimal.js";
import type { Rule, RuleContext } from "../engine/rule.js";

const ALL_CELLS = CELLS.map((c) => c.id);

/** The constituents added up in the aggregate's edition, once per validation (`addUp`, as `rollup` does). */
const sumOf = (ctx: RuleContext): Sum =>
  ctx.memo("aggregate/sum", () =>
    addUp(
      (ctx.constituents ?? []).map((c) => c.report),
      { edition: ctx.report.edition as Edition },
    ),
  );

/** A published amount as exact 万元: "12.5", "251000元" or "25.1万元". */
function wan(written: string): Big {
  const [, digits = "0", unit] = /^(.*?)(元|万元)?$/.exec(written) ?? [];
  return unit === "元" ? new Big(digits).div(10000) : new Big(digits);
}

/** The largest contributions to a cell, as "区教育局 120；区卫健委 98". */
function biggest(ctx: RuleContext, s: SummedCell, limit = 3): string {
  const parts = Array.from(s.contributions.reports, (r, k) => ({
    name: ctx.constituents?.[r]?.report.meta.agency ?? String(r),
    value: s.contributions.values[k] as number | string,
  }));
  parts.sort((a, b) => Math.abs(Number(b.value)) - Math.abs(Number(a.value)));
  const shown = parts.slice(0, limit).map((p) => `${p.name} ${p.value}`);
  return parts.length > limit ? `${shown.join("；")}…` : shown.join("；");
}

const joint = (ctx: RuleContext, id: string) => ctx.edition.perCoIssuer?.includes(id) ?? false;

export const aggregateRules: readonly Rule[] = [
  {
    id: "X-10",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "汇总报告等于所属单位之和",
      en: "A summary report equals its constituents",
    },
    description: {
      "zh-Hans":
        "汇总报告（本级政府汇总所属部门、乡镇）表二、表三、表四（2008—2018年报告为统计表）各单元格应等于所给各单位报告之和（`validate(report, { constituents })`，与 `rollup` 同一求和：件数相加，金额按十进制精确相加并把元换算为万元，空白与记号按 0）。不相等时指出该格及贡献最大的单位。联合发布文件的件数按各联合发布机构分别统计，汇总数小于简单相加时只作提示。其他格式的单位报告只按格式对应关系换算确切对应的单元格，无法对应的单位报告不计入并说明。",
      en: "In a summary report, each cell of tables 二, 三 and 四 (of the statistics table in 2008–2018 reports) equals the sum over the constituent reports given (`validate(report, { constituents })`, the same sum as `rollup`: counts added, amounts added exactly in 万元 with 元 converted, blanks and marks as 0). A cell that differs is named with its largest contributors. Document counts of table 二 are counted once per co-issuer of a joint document, so an aggregate below the plain sum is only noted. Constituents in another edition are mapped only where the crosswalk is exact; those that cannot be mapped are left out and said so.",
    },
    source:
      "derived by this toolkit: a summary report (汇总) adds up the reports of its constituents",
    cells: ALL_CELLS,
    needs: "constituents",
    check(ctx, emit) {
      const constituents = ctx.constituents ?? [];
      if (constituents.length === 0) return;
      const sum = sumOf(ctx);
      const refused = constituents.filter((_, r) => sum.readings[r] === "refused");
      if (refused.length)
        emit({
          path: "/meta/constituents",
          cells: [],
          expected: ctx.report.edition,
          params: {
            refused: refused.length,
            editions: [...new Set(refused.map((c) => c.report.edition))].join("、"),
          },
        });
      const count = constituents.length - refused.length;
      for (const s of sum.cells) {
        const i = idx(s.cell.id);
        if (ctx.cells.state[i] !== NUMBER) continue;
        const decimal = s.cell.kind === "amount" || s.cell.kind === "money";
        let actual: number | string;
        let expected: number | string;
        let difference: number | string;
        let below: boolean;
        if (decimal) {
          const published = wan(ctx.cells.raw[i] ?? String(ctx.cells.num[i]));
          const total = wan(String(s.total));
          if (published.eq(total)) continue;
          actual = ctx.cells.raw[i] ?? String(ctx.cells.num[i]);
          expected = String(s.total);
          const gap = published.minus(total);
          difference = gap.toFixed();
          below = gap.lt(0);
        } else {
          actual = ctx.cells.num[i] as number;
          expected = s.total as number;
          if (actual === expected) continue;
          difference = actual - expected;
          below = difference < 0;
        }
        const isJoint = joint(ctx, s.cell.id) && below;
        emit({
          path: s.cell.pointer,
          cells: [s.cell.id],
          actual,
          expected,
          difference,
          params: { count, top: biggest(ctx, s), ...(isJoint ? { joint: true } : {}) },
          ...(isJoint ? { severity: "info" as const } : {}),
        });
      }
    },
  },
  {
    id: "R-01",
    type: "structural",
    severity: "warning",
    title: {
      "zh-Hans": "汇总报告所列单位与所给单位报告一致",
      en: "An aggregate lists the constituent reports given",
    },
    description: {
      "zh-Hans":
        '汇总报告在 `meta.constituents` 中记录所汇总的单位及其报告内容散列（`rollup` 写入）。核验时所给的单位报告应与之一一对应：内容散列不同说明该报告在汇总后被改动；所列单位未给出、或给出的单位未列入，汇总数与所给报告之和就不可比。列有单位却未声明 `scope: "aggregate"` 的也予以提示。',
      en: 'An aggregate records the bodies it sums and the content hash of each report as summed in `meta.constituents` (written by `rollup`). The constituent reports given should match them one to one: another hash means the report changed after it was summed; a listed body not given, or a body given but not listed, makes the sums incomparable. A report that lists constituents without stating `scope: "aggregate"` is noted too.',
    },
    source:
      "derived by this toolkit: a summary report states its scope and keeps a content hash of each constituent as summed",
    cells: [],
    needs: "constituents",
    check({ report, constituents = [] }, emit) {
      const listed = report.meta.constituents;
      if (!listed) return;
      if (report.meta.scope !== "aggregate")
        emit({ path: "/meta/scope", cells: [], params: { kind: "scope" } });
      const given = constituents.map((c) => ({
        name: c.report.meta.agency,
        hash: contentHash(c.report),
      }));
      const matched = new Set<number>();
      listed.forEach((entry, k) => {
        const path = `/meta/constituents/${k}`;
        const same = given.findIndex((g, j) => !matched.has(j) && g.hash === entry.hash);
        if (same >= 0) {
          matched.add(same);
          return;
        }
        const named = given.findIndex((g, j) => !matched.has(j) && g.name === entry.name);
        if (named >= 0) {
          matched.add(named);
          emit({
            path,
            cells: [],
            expected: entry.hash,
            actual: given[named]?.hash ?? "",
            params: { kind: "changed", name: entry.name },
          });
        } else emit({ path, cells: [], params: { kind: "not-given", name: entry.name } });
      });
      given.forEach((g, j) => {
        if (!matched.has(j))
          emit({
            path: "/meta/constituents",
            cells: [],
            params: { kind: "not-listed", name: g.name },
          });
      });
    },
  },
];
