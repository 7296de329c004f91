import type { Diagnostic } from "../diagnostic.js";
import { type PlaceWords, placeIn } from "../place-in.js";
import type { SchemaMessages } from "./types.js";

/**
 * 报告模型校验结果的简体中文措辞：每个代码一条。繁体中文（zh-Hant.ts）由本文件转换生成
 * （`npm run messages`），请勿直接修改生成的文件。
 */
const L = "zh-Hans";

const at = (d: Diagnostic) => placeIn(d.path, L, where, d.cells[0]);
/** 报告中单元格以外的位置的叫法。 */
export const where: PlaceWords = {
  fields: {
    agency: "机关名称",
    year: "报告年度",
    title: "标题",
    period: "统计期限",
    publishedOn: "发布日期",
    contact: "联系方式",
    creditCode: "统一社会信用代码",
    divisionCode: "行政区划代码",
  },
  section: (heading) => `「${heading}」`,
  body: (n) => `正文第${n}部分`,
  document: "整个文档",
};

const show = (v: unknown) => JSON.stringify(v);

export default {
  "schema/json-syntax": (d) => `不是有效的 JSON：${d.params?.detail}`,
  "schema/not-object": (d) => `报告应为 JSON 对象，实为 ${d.params?.type}`,
  "schema/unreadable": (d) => `读取报告对象时出错（不是纯数据？）：${d.params?.detail}`,
  "schema/unknown-edition": (d) => `未知的格式版本 ${show(d.actual)}；可用版本：${d.expected}`,
  "schema/missing": (d) => `${at(d)}：缺少必填项`,
  "schema/unknown-property": (d) => `${at(d)}：未知字段（请检查拼写）`,
  "schema/invalid-type": (d) => `${at(d)}：类型错误，应为 ${d.expected}，实为 ${d.params?.type}`,
  "schema/invalid-value": (d) => `${at(d)}：取值 ${show(d.actual)} 无效，应为 ${d.expected}`,
  "schema/invalid-format": (d) => `${at(d)}：格式不符（${d.expected}），实为 ${show(d.actual)}`,
  "schema/too-small": (d) =>
    `${at(d)}：${d.params?.empty ? "不能为空" : `应不小于 ${d.expected}，实为 ${d.actual}`}`,
  "schema/too-big": (d) => `${at(d)}：值过大（上限 ${d.expected}）`,
  "schema/credit-code": (d) =>
    `${at(d)}：统一社会信用代码 ${show(d.actual)} 校验位不符（应为 ${d.expected}）`,
  "schema/count-not-integer": (d) => `${at(d)}：件数应为非负整数，实为 ${show(d.actual)}`,
  "schema/count-negative": (d) => `${at(d)}：件数不能为负数，实为 ${show(d.actual)}`,
  "schema/count-as-string": (d) => `${at(d)}：件数应写成数字而不是字符串，实为 ${show(d.actual)}`,
  "schema/amount-with-unit": (d) =>
    `${at(d)}：金额中不应带单位（本栏单位为万元），实为 ${show(d.actual)}；请写成如 "${d.expected}" 的十进制字符串`,
  "schema/amount-as-number": (d) =>
    `${at(d)}：金额应写成十进制字符串以保留原文精度，如 "${d.expected}"，实为数字 ${show(d.actual)}`,
  "schema/invalid-cell": (d) =>
    `${at(d)}：无效的单元格取值 ${show(d.actual)}（应为${
      d.params?.want === "trimmed"
        ? `${show(d.expected)}（去掉空白）`
        : `${d.params?.want === "count" ? "非负整数" : "十进制字符串（万元）"}、null 或 ${d.params?.marks}`
    }）`,
  "schema/unknown-cell": (d) => `未知的单元格编号 ${show(d.actual)}`,
} satisfies SchemaMessages;
