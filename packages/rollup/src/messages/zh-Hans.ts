import type { Diagnostic } from "@zfxxgk/schema";
import type { RollupErrorMessages, RollupMessages } from "./types.js";

// 汇总所得结果的简体中文措辞。繁体中文（zh-Hant.ts）由本文件转换生成
// （`npm run messages`），请勿直接修改生成的文件。

/** 「名称」（标签）：一个组成单位。 */
const who = (d: Diagnostic) => {
  const name = String(d.params?.constituent ?? "");
  const label = String(d.params?.label ?? "");
  return label && label !== name ? `「${name}」（${label}）` : `「${name}」`;
};
const cellList = (d: Diagnostic) =>
  d.cells.length > 6
    ? `${d.cells.slice(0, 6).join("、")} 等 ${d.cells.length} 格`
    : d.cells.join("、");

export default {
  "rollup/invalid": (d) => `${who(d)}不是有效的报告（${d.params?.count} 处错误），未汇总`,
  "rollup/constituent-errors": (d) =>
    `${who(d)}的报告有 ${d.params?.count} 处错误，仍按原数汇总；请先更正该报告`,
  "rollup/duplicate-content": (d) =>
    `${who(d)}与「${d.params?.keptName}」（${d.params?.kept}）内容完全相同，只汇总一次`,
  "rollup/duplicate-body": (d) =>
    `${who(d)}与「${d.params?.keptName}」（${d.params?.kept}）是同一单位（名称或统一社会信用代码相同），未重复汇总，只计前者`,
  "rollup/year": (d) => `${who(d)}是 ${d.actual} 年度的报告，汇总的是 ${d.expected} 年度，未汇总`,
  "rollup/edition-refused": (d) =>
    `${who(d)}为 ${d.actual} 年格式，汇总为 ${d.expected} 年格式，${d.params?.crosswalk === "refused" ? "按设置不作换算" : "两种格式间没有确切的对应"}，未汇总`,
  "rollup/edition-mapped": (d) =>
    `${who(d)}为 ${d.params?.from} 年格式，已按格式对应关系换算为 ${d.expected} 年格式：${d.params?.mapped} 格确切对应${Number(d.params?.unmapped) > 0 ? `，${d.params?.unmapped} 格无对应、未计入：${cellList(d)}` : ""}`,
  "rollup/unit-converted": (d) =>
    `${who(d)}的 ${d.cells[0]} 写作「${d.actual}」，已换算为 ${d.params?.wan} 万元`,
  "rollup/unit-missing": (d) =>
    `${who(d)}的 ${d.cells[0]} 写作「${d.actual}」，未写单位，按${d.params?.unit}计（${d.params?.wan} 万元）；请核实`,
  "rollup/unit-slip": (d) =>
    `${who(d)}的 ${d.cells[0]} 为 ${d.actual} 万元，是各单位中位数 ${d.params?.median} 的 ${d.params?.ratio} 倍以上，可能把元填成了万元`,
  "rollup/blank": (d) => `${who(d)}有 ${d.params?.count} 格空白，按 0 汇总：${cellList(d)}`,
  "rollup/mark": (d) =>
    `${who(d)}有 ${d.params?.count} 格写有「—」「/」「无」等记号，按 0 汇总：${cellList(d)}`,
  "rollup/joint-documents": (d) =>
    `${d.cells[0]} 汇总为 ${d.actual}（${d.params?.bodies} 个单位）：联合发布的文件由各联合发布机构分别统计，简单相加会重复计数`,
  "rollup/missing": (d) =>
    `应汇总的「${d.params?.name || d.params?.creditCode}」${d.params?.name && d.params?.creditCode ? `（${d.params?.creditCode}）` : ""}没有报告${Number(d.params?.line) > 0 ? `（名单第 ${d.params?.line} 行）` : ""}`,
  "rollup/unexpected": (d) => `${who(d)}不在应汇总名单中，已汇总；请核实`,
  "rollup/narrative": () =>
    "叙述部分不能相加，汇总报告的叙述文字（包括其中的比率）需按汇总数另行撰写",
} satisfies RollupMessages;

/** 汇总时抛出的错误的措辞。 */
export const errors = {
  noEdition: ({ year }) => `${year} 年度没有对应的报告格式版本，无法汇总`,
  expectedNoName: ({ line }) => `应汇总名单第 ${line} 行：没有单位名称`,
} satisfies RollupErrorMessages;
