import {
  type Diagnostic,
  type MessageLocale,
  type MessageMap,
  mergeMessages,
  renderMessage,
  schemaMessages,
} from "@zfxxgk/schema";
import { rules } from "./editions/index.js";
import { explainMessages } from "./engine/explain.js";
import { withTraditional } from "./locales/zh-Hant.js";

const roles = {
  previous: ["上年报告", "last year's report"],
  constituents: ["所属单位报告", "a constituent report"],
};
const roleOf = (d: Diagnostic, i: 0 | 1) => {
  const role = String(d.params?.role ?? "");
  const key = role.startsWith("constituents") ? "constituents" : "previous";
  return `${roles[key][i]}${key === "constituents" ? ` (${role})` : ""}`;
};

const inputMessages: MessageMap = {
  "zh-Hans": {
    "input/companion-invalid": (d) =>
      `${roleOf(d, 0)}不是有效的报告（${d.params?.count} 处问题，首个为 ${d.params?.first}），跨年度或汇总核验已跳过`,
    "input/internal": (d) => `规则 ${d.params?.rule || "（解析）"} 运行出错：${d.params?.detail}`,
    "input/previous-year": (d) =>
      `上年报告是 ${d.actual} 年度的，应为 ${d.expected} 年度；跨年度核验已跳过`,
    "input/previous-agency": (d) =>
      `上年报告的机关名称为「${d.actual}」，本年为「${d.expected}」；如非同一机关，跨年度核验的结果不可用`,
    "input/previous-edition": (d) =>
      `上年报告为 ${d.actual} 年格式，本年为 ${d.expected} 年格式；以下跨年度规则涉及的单元格在两种格式间无法对应，未核验：${d.params?.rules}`,
  },
  en: {
    "input/companion-invalid": (d) =>
      `${roleOf(d, 1)} is not a valid report (${d.params?.count} problems, first ${d.params?.first}); the checks that need it were skipped`,
    "input/internal": (d) => `Rule ${d.params?.rule || "(parsing)"} failed: ${d.params?.detail}`,
    "input/previous-year": (d) =>
      `Last year's report is for ${d.actual}, not ${d.expected}; the cross-year checks were skipped`,
    "input/previous-agency": (d) =>
      `Last year's report names the body "${d.actual}", this year's "${d.expected}"; if they are not the same body, the cross-year findings do not apply`,
    "input/previous-edition": (d) =>
      `Last year's report is in the ${d.actual} format and this year's in the ${d.expected} format; these cross-year rules read cells that do not map between the two and were not checked: ${d.params?.rules}`,
  },
};

const ruleMessages: MessageMap = {
  "zh-Hans": Object.fromEntries(rules.map((r) => [r.id, r.message["zh-CN"]])),
  en: Object.fromEntries(rules.map((r) => [r.id, r.message.en])),
};

/** Every message of the toolkit's validation, per language: schema codes, rule ids, input notes. */
export const messages: MessageMap = withTraditional(
  mergeMessages(schemaMessages, inputMessages, explainMessages, ruleMessages),
);

export function messageOf(
  d: Diagnostic,
  locale: MessageLocale = "zh-Hans",
  map: MessageMap = messages,
): string {
  try {
    return renderMessage(d, locale, map);
  } catch {
    return `${d.code} ${d.path}`;
  }
}

const merged = new WeakMap<MessageMap, MessageMap>();

/**
 * The validator's messages with a caller's added (for codes raised elsewhere, such as the parser's);
 * merged once per map, since formatters ask for it on every call.
 */
export function withMessages(extra?: MessageMap): MessageMap {
  if (!extra) return messages;
  let map = merged.get(extra);
  if (!map) {
    map = withTraditional(mergeMessages(messages, extra));
    merged.set(extra, map);
  }
  return map;
}
