import { EDITIONS } from "@zfxxgk/schema";
import { CELLS, idx, MARK, NUMBER } from "../../engine/cells.js";
import type { Rule } from "../../engine/rule.js";
import { signed } from "../../engine/text.js";
import { markCheck } from "../../rules/shared.js";

/** Table 二 of the 2019 format (T2b-…): counts of items, their yearly change, documents, procurement. */
const FORMAT = "国办公开办函〔2019〕60号 表二";
const T2 = EDITIONS["2019"].cells.filter((c) => c.table.id === "T2");
const T2_INDEX = T2.map((c) => idx(c.id));
/** Rows that count items: 上一年项目数量 and 本年增/减. */
const ITEM_ROWS = ["licensing", "otherServices", "penalties", "coercion", "fees"];
const DOCUMENT_ROWS = ["regulations", "normativeDocs"];
const PROCUREMENT = "T2.procurement.amount";

const numbers = (ids: readonly string[], state: readonly number[]) =>
  ids.every((id) => state[idx(id)] === NUMBER);

export const table2Rules2019: readonly Rule[] = [
  {
    id: "T2b-01",
    type: "structural",
    severity: "warning",
    title: {
      "zh-Hans": "表二（2019）数量为整数，本年增/减可为负",
      en: "Table 二 (2019): counts are whole numbers, the change may be negative",
    },
    description: {
      "zh-Hans":
        "本年新制作数量、本年新公开数量、对外公开总数量、上一年项目数量、处理决定数量、采购项目数量为非负整数，「本年增/减」为可带正负号的整数（如 +1036、-3）；负数与小数由模型校验报出，本规则报出以记号代替数字的单元格。",
      en: "Documents made, published and available, items last year, decisions and procurement items are whole numbers ≥ 0; the change this year is a signed whole number (+1036, -3). Negative or fractional counts are reported by the model check; this rule reports cells written as a mark.",
    },
    source: `${FORMAT}：「本年增/减」为增减数`,
    cells: T2.map((c) => c.id),
    check({ cells }, emit) {
      markCheck(T2_INDEX, cells, emit);
    },
  },
  {
    id: "T2b-02",
    type: "structural",
    severity: "error",
    title: {
      "zh-Hans": "上一年项目数量 + 本年增/减 ≥ 0",
      en: "Items last year + change ≥ 0",
    },
    description: {
      "zh-Hans": "事项数量减少不能多于上一年的数量：上一年项目数量加本年增/减不得为负。",
      en: "The number of items cannot fall below zero: items last year plus the change this year is not negative.",
    },
    source: `${FORMAT}：上一年项目数量、本年增/减`,
    cells: ITEM_ROWS.flatMap((r) => [`T2.${r}.change`, `T2.${r}.previous`]),
    check({ cells }, emit) {
      for (const row of ITEM_ROWS) {
        const ids = [`T2.${row}.change`, `T2.${row}.previous`];
        if (!numbers(ids, cells.state)) continue;
        const change = cells.num[idx(ids[0] as string)] as number;
        const before = cells.num[idx(ids[1] as string)] as number;
        if (before + change < 0)
          emit({
            path: CELLS[idx(ids[0] as string)]?.pointer ?? "",
            cells: ids,
            actual: change,
            expected: before,
            difference: before + change,
          });
      }
    },
  },
  {
    id: "T2b-03",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "上一年项目数量 = 上年报告的上一年项目数量 + 本年增/减",
      en: "Items last year = last year's items + last year's change",
    },
    description: {
      "zh-Hans":
        "2020 年度报告的「上一年项目数量」应等于 2019 年度报告的「上一年项目数量」加「本年增/减」（行政许可、其他对外管理服务事项、行政处罚、行政强制、行政事业性收费）。",
      en: "Items last year in the 2020 report equal items last year plus the change in the 2019 report (licensing, other services, penalties, coercion, fees).",
    },
    source: `${FORMAT}（derived from the column meanings）`,
    cells: ITEM_ROWS.flatMap((r) => [`T2.${r}.previous`, `T2.${r}.change`]),
    needs: "previous",
    check({ cells, previous }, emit) {
      if (!previous) return;
      for (const row of ITEM_ROWS) {
        const now = idx(`T2.${row}.previous`);
        const before = idx(`T2.${row}.previous`);
        const change = idx(`T2.${row}.change`);
        if (
          cells.state[now] !== NUMBER ||
          previous.cells.state[before] !== NUMBER ||
          previous.cells.state[change] !== NUMBER
        )
          continue;
        const b = previous.cells.num[before] as number;
        const c = previous.cells.num[change] as number;
        const actual = cells.num[now] as number;
        if (actual !== b + c)
          emit({
            path: CELLS[now]?.pointer ?? "",
            cells: [`T2.${row}.previous`, `T2.${row}.change`],
            actual,
            expected: b + c,
            difference: actual - (b + c),
            params: { before: b, change: signed(c) },
          });
      }
    },
  },
  {
    id: "T2b-04",
    type: "structural",
    severity: "error",
    title: {
      "zh-Hans": "本年新公开数量 ≤ 对外公开总数量",
      en: "Published this year ≤ available in total",
    },
    description: {
      "zh-Hans":
        "对外公开总数量包括本年新公开的文件，因此不少于本年新公开数量（规章、规范性文件）。",
      en: "The documents publicly available in total include those published this year, so they are at least as many (rules and normative documents).",
    },
    source: `${FORMAT}：第二十条第（一）项`,
    cells: DOCUMENT_ROWS.flatMap((r) => [`T2.${r}.published`, `T2.${r}.total`]),
    check({ cells }, emit) {
      for (const row of DOCUMENT_ROWS) {
        const ids = [`T2.${row}.published`, `T2.${row}.total`];
        if (!numbers(ids, cells.state)) continue;
        const published = cells.num[idx(ids[0] as string)] as number;
        const total = cells.num[idx(ids[1] as string)] as number;
        if (published > total)
          emit({
            path: CELLS[idx(ids[0] as string)]?.pointer ?? "",
            cells: ids,
            actual: published,
            expected: total,
            difference: published - total,
          });
      }
    },
  },
  {
    id: "T2b-05",
    type: "heuristic",
    severity: "info",
    title: {
      "zh-Hans": "本年新公开数量 ≤ 本年新制作数量",
      en: "Published this year ≤ made this year",
    },
    description: {
      "zh-Hans": "通常本年新公开的文件不多于本年新制作的文件；公开往年制作的文件时可以例外。",
      en: "Usually no more documents are published this year than were made this year; publishing older documents is a legitimate exception.",
    },
    source: `${FORMAT}（derived）`,
    cells: DOCUMENT_ROWS.flatMap((r) => [`T2.${r}.published`, `T2.${r}.made`]),
    check({ cells }, emit) {
      for (const row of DOCUMENT_ROWS) {
        const ids = [`T2.${row}.published`, `T2.${row}.made`];
        if (!numbers(ids, cells.state)) continue;
        const published = cells.num[idx(ids[0] as string)] as number;
        const made = cells.num[idx(ids[1] as string)] as number;
        if (published > made)
          emit({
            path: CELLS[idx(ids[0] as string)]?.pointer ?? "",
            cells: ids,
            actual: published,
            expected: made,
            difference: published - made,
          });
      }
    },
  },
  {
    id: "T2b-06",
    type: "heuristic",
    severity: "warning",
    title: { "zh-Hans": "采购总金额应写明单位", en: "The procurement amount states its unit" },
    description: {
      "zh-Hans":
        "格式没有为「采购总金额」印出单位，发布者自行写作元或万元；未写单位的非零金额无法比较或汇总，应写明单位。",
      en: "The format prints no unit for the procurement amount and publishers wrote 元 or 万元 themselves; a non-zero amount without a unit cannot be compared or summed.",
    },
    source: `${FORMAT}：第二十条第（九）项「采购总金额」`,
    cells: [PROCUREMENT],
    check({ cells }, emit) {
      const i = idx(PROCUREMENT);
      const raw = cells.raw[i];
      if (cells.state[i] === MARK || raw === undefined) return;
      if (/[元]$/.test(raw) || Number.parseFloat(raw) === 0) return;
      emit({ path: CELLS[i]?.pointer ?? "", cells: [PROCUREMENT], actual: raw });
    },
  },
];
