import { EDITIONS } from "@zfxxgk/schema";
import { idx, NUMBER } from "../../engine/cells.js";
import type { Rule } from "../../engine/rule.js";
import { place } from "../../engine/text.js";

/** Table 二's cells of 2021 that continue a 2019 cell: only the decision counts (T2b-07). */
const MAPPED = Object.entries(EDITIONS["2021"].crosswalk?.cells ?? {}).filter(([id]) =>
  id.startsWith("T2."),
);

export const from2019Rules: readonly Rule[] = [
  {
    id: "T2b-07",
    type: "structural",
    severity: "info",
    title: {
      "zh-Hans": "上年为 2019 年格式：表二只有处理决定数量可比",
      en: "Last year in the 2019 format: only table 二's decision counts compare",
    },
    description: {
      "zh-Hans":
        "2019 年格式的表二与 2021 年格式不能逐项对应，只有行政许可、行政处罚、行政强制的「处理决定数量」对应「本年处理决定数量」。上年报告为 2019 年格式时，列出可比的三项及其两年的数字，其余各项不比较。",
      en: "Table 二 of the 2019 format does not map onto 2021's, except the decisions of licensing, penalties and coercion. With last year's report in the 2019 format this lists those three with both years' figures; nothing else of table 二 is compared.",
    },
    source: "国办公开办函〔2019〕60号 与〔2021〕30号 表二之差异",
    cells: MAPPED.map(([id]) => id),
    previousCells: MAPPED.flatMap(([, from]) => from),
    needs: "previous",
    check({ cells, previous }, emit) {
      if (!previous) return;
      const pairs: string[] = [];
      const pairsEn: string[] = [];
      for (const [id, from] of MAPPED) {
        const now = idx(id);
        const then = from.map(idx);
        const show = (v: number, s: number) => (s === NUMBER ? String(v) : "空白");
        const before = then.reduce((sum, i) => sum + (previous.cells.num[i] as number), 0);
        const known = then.every((i) => previous.cells.state[i] === NUMBER);
        const label = place(id, "zh-Hans").replace(/^表二/, "");
        pairs.push(
          `${label} 上年 ${known ? before : "空白"}、本年 ${show(cells.num[now] as number, cells.state[now] as number)}`,
        );
        pairsEn.push(
          `${place(id, "en")}: ${known ? before : "blank"} → ${cells.state[now] === NUMBER ? cells.num[now] : "blank"}`,
        );
      }
      emit({
        path: "/tables/T2",
        cells: MAPPED.map(([id]) => id),
        params: { pairs: pairs.join("；"), pairsEn: pairsEn.join("; ") },
      });
    },
  },
];
