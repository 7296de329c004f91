import type { Diagnostic, MessageMap } from "./diagnostic.js";
import { placeOf } from "./place.js";

const at = (d: Diagnostic, locale: "zh-CN" | "en") => placeOf(d.path, locale, d.cells[0]);
const show = (v: unknown) => JSON.stringify(v);

/** Messages for the codes parseReport raises. */
export const schemaMessages: MessageMap = {
  "zh-Hans": {
    "schema/json-syntax": (d) => `不是有效的 JSON：${d.params?.detail}`,
    "schema/not-object": (d) => `报告应为 JSON 对象，实为 ${d.params?.type}`,
    "schema/unreadable": (d) => `读取报告对象时出错（不是纯数据？）：${d.params?.detail}`,
    "schema/unknown-edition": (d) => `未知的格式版本 ${show(d.actual)}；可用版本：${d.expected}`,
    "schema/missing": (d) => `${at(d, "zh-CN")}：缺少必填项`,
    "schema/unknown-property": (d) => `${at(d, "zh-CN")}：未知字段（请检查拼写）`,
    "schema/invalid-type": (d) =>
      `${at(d, "zh-CN")}：类型错误，应为 ${d.expected}，实为 ${d.params?.type}`,
    "schema/invalid-value": (d) =>
      `${at(d, "zh-CN")}：取值 ${show(d.actual)} 无效，应为 ${d.expected}`,
    "schema/invalid-format": (d) =>
      `${at(d, "zh-CN")}：格式不符（${d.expected}），实为 ${show(d.actual)}`,
    "schema/too-small": (d) =>
      `${at(d, "zh-CN")}：${d.params?.empty ? "不能为空" : `应不小于 ${d.expected}，实为 ${d.actual}`}`,
    "schema/too-big": (d) => `${at(d, "zh-CN")}：值过大（上限 ${d.expected}）`,
    "schema/credit-code": (d) =>
      `${at(d, "zh-CN")}：统一社会信用代码 ${show(d.actual)} 校验位不符（应为 ${d.expected}）`,
    "schema/count-not-integer": (d) =>
      `${at(d, "zh-CN")}：件数应为非负整数，实为 ${show(d.actual)}`,
    "schema/count-negative": (d) => `${at(d, "zh-CN")}：件数不能为负数，实为 ${show(d.actual)}`,
    "schema/count-as-string": (d) =>
      `${at(d, "zh-CN")}：件数应写成数字而不是字符串，实为 ${show(d.actual)}`,
    "schema/amount-with-unit": (d) =>
      `${at(d, "zh-CN")}：金额中不应带单位（本栏单位为万元），实为 ${show(d.actual)}；请写成如 "${d.expected}" 的十进制字符串`,
    "schema/amount-as-number": (d) =>
      `${at(d, "zh-CN")}：金额应写成十进制字符串以保留原文精度，如 "${d.expected}"，实为数字 ${show(d.actual)}`,
    "schema/invalid-cell": (d) =>
      `${at(d, "zh-CN")}：无效的单元格取值 ${show(d.actual)}（应为${d.expected}）`,
    "schema/unknown-cell": (d) => `未知的单元格编号 ${show(d.actual)}`,
  },
  en: {
    "schema/json-syntax": (d) => `Not valid JSON: ${d.params?.detail}`,
    "schema/not-object": (d) => `A report must be a JSON object, got ${d.params?.type}`,
    "schema/unreadable": (d) =>
      `Reading the report object failed (not plain data?): ${d.params?.detail}`,
    "schema/unknown-edition": (d) =>
      `Unknown format edition ${show(d.actual)}; known editions: ${d.expected}`,
    "schema/missing": (d) => `${at(d, "en")}: required value is missing`,
    "schema/unknown-property": (d) => `${at(d, "en")}: unknown property (check the spelling)`,
    "schema/invalid-type": (d) => `${at(d, "en")}: expected ${d.expected}, got ${d.params?.type}`,
    "schema/invalid-value": (d) =>
      `${at(d, "en")}: invalid value ${show(d.actual)}, expected ${d.expected}`,
    "schema/invalid-format": (d) =>
      `${at(d, "en")}: does not match ${d.expected}: ${show(d.actual)}`,
    "schema/too-small": (d) =>
      `${at(d, "en")}: ${d.params?.empty ? "must not be empty" : `must be ≥ ${d.expected}, got ${d.actual}`}`,
    "schema/too-big": (d) => `${at(d, "en")}: too big (maximum ${d.expected})`,
    "schema/credit-code": (d) =>
      `${at(d, "en")}: unified social credit code ${show(d.actual)} has a wrong check character (expected ${d.expected})`,
    "schema/count-not-integer": (d) =>
      `${at(d, "en")}: a count must be a whole number ≥ 0, got ${show(d.actual)}`,
    "schema/count-negative": (d) =>
      `${at(d, "en")}: a count cannot be negative, got ${show(d.actual)}`,
    "schema/count-as-string": (d) =>
      `${at(d, "en")}: a count must be a JSON number, not a string: ${show(d.actual)}`,
    "schema/amount-with-unit": (d) =>
      `${at(d, "en")}: the amount must not carry a unit (the column is in 万元), got ${show(d.actual)}; write a decimal string such as "${d.expected}"`,
    "schema/amount-as-number": (d) =>
      `${at(d, "en")}: write the amount as a decimal string to keep its precision, e.g. "${d.expected}", not the number ${show(d.actual)}`,
    "schema/invalid-cell": (d) =>
      `${at(d, "en")}: invalid cell value ${show(d.actual)} (expected ${d.expected})`,
    "schema/unknown-cell": (d) => `Unknown cell id ${show(d.actual)}`,
  },
};
