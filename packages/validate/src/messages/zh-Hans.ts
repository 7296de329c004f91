import { columnOf, place, signed } from "../engine/text.js";
import type { FindingOf } from "../findings.js";
import { aspectLabel, editionNamed, roleKind, sectionHeading, tableTitle } from "./lookups.js";
import type { LocaleMessages, Worded } from "./types.js";

/**
 * 核验结果的简体中文措辞：每个代码一条。繁体中文（zh-Hant.ts）由本文件转换生成
 * （`npm run messages`），请勿直接修改生成的文件。
 */
const L = "zh-Hans";

/** 差值的方向：「总计比各分项之和多 5」（差值为 first − second）。 */
function compared(difference: unknown, first: string, second: string): string {
  const n = Number(difference);
  if (!n) return `${first}与${second}相等`;
  return `${first}比${second}${n > 0 ? "多" : "少"} ${Math.abs(n)}`;
}

/** 勾稽关系消息共用的结尾：空白按 0 计算，或因空白无法完全核验。 */
function blankTail(d: Worded): string {
  const blanks = (d.params as { blanks?: string } | undefined)?.blanks;
  if (!blanks) return "";
  if (d.difference === 0)
    return `按空白为 0 计算成立，但含空白或记号单元格（${blanks}），无法完全核验`;
  return `；其中空白或记号单元格按 0 计算（${blanks}），无法完全核验`;
}

/** 总计与其分项之和不符（T3-02：本行各分项 …）。 */
const total =
  (parts: string) =>
  (d: Worded): string =>
    `${place(d.cells[0], L)}为 ${d.actual}，${parts}之和为 ${d.expected}（${compared(d.difference, "总计", `${parts}之和`)}）${blankTail(d)}`;

/** 单元格写作记号而不是数字。 */
const mark = (d: Worded) =>
  `${place(d.cells[0], L)}写作记号 ${JSON.stringify(d.actual)} 而不是数字，按 0 计算`;

/** 两行比较：前者不应超过后者。 */
const pair = (word: string) => (d: Worded) =>
  `${place(d.cells[0], L)}为 ${d.actual}，${word}${place(d.cells[1], L)}（${d.expected}）`;

const narrative = (d: Worded & { readonly params: { readonly quote: string } }) =>
  `一、总体情况写「…${d.params.quote}」（${d.actual}），而${d.cells.map((c) => place(c, L)).join(" + ")}为 ${d.expected}`;

/** 一、总体情况所引的占比（T3-11）。 */
const share = (d: FindingOf<"T3-11">) =>
  d.params.quote
    ? `一、总体情况写「…${d.params.quote}」，而${d.cells
        .slice(0, -1)
        .map((c) => place(c, L))
        .join(
          " + ",
        )}（${d.params.part}）占${place(d.params.base ?? "T3.T.TOT", L)}（${d.params.whole}）的 ${d.expected}%`
    : `一、总体情况所列 ${d.params.categories} 类办理结果的占比合计为 ${d.actual}%，超过 100%`;

const yearsText = ({ from, to }: { from: number; to?: number }) =>
  to === undefined ? `${from} 年度及以后` : `${from}—${to} 年度`;

const longDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
};

/** 发布日期不当的原因（X-05 的 `params.reason`）。 */
const late = (reason: string | undefined, date: string) =>
  reason === "before-year-end"
    ? "早于报告年度结束"
    : reason === "after-department-deadline"
      ? `晚于 ${longDate(date)}（政府部门的期限）`
      : `晚于 ${longDate(date)}`;

const table = (id: string) => {
  const { number, title } = tableTitle(id, L);
  return `${number}「${title}」`;
};
const tables = (list: unknown) =>
  String(list ?? "")
    .split(",")
    .filter(Boolean)
    .map(table)
    .join("、");

const byHowMuch = (n: unknown) => (Number(n) > 0 ? `多了 ${Number(n)}` : `少了 ${-Number(n)}`);

const role = (r: string) => (roleKind(r) === "constituents" ? `所属单位报告 (${r})` : "上年报告");

/** 表四各组：总计 = 维持 + 纠正 + 其他 + 尚未审结。 */
const group = (d: Worded) =>
  `${place(d.cells[0], L)}为 ${d.actual}，结果维持、结果纠正、其他结果与尚未审结之和为 ${d.expected}（${compared(d.difference, "总计", "四项之和")}）${blankTail(d)}`;

export default {
  "T3-06": (d) =>
    `${place(d.cells[0], L)}为 ${d.actual}，上年报告「${columnOf(d.cells[1], L)}」列结转下年度为 ${d.expected}（${compared(d.difference, "本年结转", "上年结转下年度")}）`,
  "T3-09": (d) => `${place(d.cells[0], L)}为 ${d.actual}，多于上年报告同列在办的 ${d.expected} 件`,
  "T4-07": (d) => `${place("T4.RV.tot", L)}为 ${d.actual}，少于上年尚未审结的 ${d.expected} 件`,
  "T4-08": (d) => `${place("T4.LR.tot", L)}为 ${d.actual}，但本年与上年行政复议总计均为 0`,
  "X-06": (d) =>
    `一、总体情况与五、存在的主要问题及改进情况的文字与上年报告相似度为 ${d.actual}（阈值 ${d.expected}），内容疑似雷同`,
  "T4-04": mark,
  "T4-09": (d) => `行政复议与直接起诉共 ${d.actual} 件，多于相关申请数 ${d.expected} 件`,
  "T4-10": (d) =>
    `行政复议纠错率 ${d.actual}%（已审结 ${d.params?.concluded} 件中纠正 ${d.params?.fixed} 件）`,
  "T3-10": narrative,
  "T3-11": share,
  "T3-14": narrative,
  "T4-05": narrative,
  "T4-06": narrative,
  "X-10": (d) =>
    "refused" in d.params
      ? `所给单位报告中有 ${d.params.refused} 份的格式（${d.params.editions}）无法确切对应为 ${d.expected} 年格式，未计入汇总核验`
      : `${place(d.cells[0], L)}为 ${d.actual}，所属 ${d.params?.count} 个单位之和为 ${d.expected}（差 ${signed(d.difference)}）${d.params?.top ? `；贡献最大的：${d.params.top}` : ""}${d.params?.joint ? "（联合发布的文件由各联合发布机构分别统计，汇总数可小于简单相加）" : ""}`,
  "R-01": (d) =>
    ({
      scope: "本报告列有所汇总的单位，却未声明为汇总报告（meta.scope 不是 aggregate）",
      changed: `「${d.params?.name}」的报告与汇总时不同（内容散列 ${d.expected} → ${d.actual}），汇总后被改动过`,
      "not-given": `汇总报告列有「${d.params?.name}」，但未给出其报告`,
      "not-listed": `所给的「${d.params?.name}」的报告不在汇总报告所列单位中`,
    })[String(d.params?.kind)] ?? "",
  "T3-01": (d) =>
    `表三「${columnOf(d.cells[0], L)}」列：一、本年新收 + 二、上年结转 = ${d.actual}，（七）总计 + 四、结转下年度 = ${d.expected}（${compared(d.difference, "「一 + 二」", "「（七）+ 四」")}）${blankTail(d)}`,
  "T3-02": total("本行各分项"),
  "T3-03": total("本列（一）至（六）各项"),
  "T3-04": mark,
  "T3-07": (d) => `本年新收与上年结转均为 0，但${place(d.cells[2], L)}为 ${d.actual}`,
  "T3-08": (d) =>
    `结转下年度继续办理 ${d.actual} 件，超过本年新收 ${d.params?.intake} 件的 ${d.params?.share}%`,
  "T3-13": (d) => `${place(d.cells[0], L)}为 ${d.actual} 件，请复核不予公开的依据`,
  "X-01": (d) => {
    const e = editionNamed(d.params?.edition);
    return `${d.actual} 年度报告使用了${e?.name[L] ?? d.params?.edition}（${e?.source}，适用于${e ? yearsText(e.years) : ""}）${d.expected ? `，该年度应使用 ${d.expected} 年格式` : ""}`;
  },
  "X-02": (d) => `「${sectionHeading(d.params.section, L)}」没有内容`,
  "X-03": (d) => `一、总体情况未涉及「${aspectLabel(d.params?.aspect)?.[L] ?? d.params?.aspect}」`,
  "X-04": (d) => `统计期限为 ${d.actual}，应为 ${d.expected}`,
  "X-05": (d) => `发布日期 ${d.actual}：${late(d.params?.reason, String(d.expected ?? ""))}`,
  "X-08": (d) => `${place(d.cells[0], L)}为空白（核验时按 0 计算）`,
  "T2b-01": mark,
  "T2b-02": (d) =>
    `${place(d.cells[0], L)}为 ${signed(d.actual)}，而${place(d.cells[1], L)}只有 ${d.expected}，相加为负数 ${d.difference}`,
  "T2b-03": (d) =>
    `${place(d.cells[0], L)}为 ${d.actual}，上年报告为 ${d.params?.before}、增减 ${d.params?.change}，应为 ${d.expected}（${compared(d.difference, "本年数", "推算值")}）`,
  "T2b-04": (d) =>
    `${place(d.cells[0], L)}为 ${d.actual}，多于${place(d.cells[1], L)} ${d.expected}`,
  "T2b-05": (d) =>
    `${place(d.cells[0], L)}为 ${d.actual}，多于${place(d.cells[1], L)} ${d.expected}，请确认是否含往年制作的文件`,
  "T2b-06": (d) => `${place(d.cells[0], L)}为 ${d.actual}，未写明单位（元或万元）`,
  "S-14": (d) =>
    `正文「${d.params?.quote}」为 ${d.actual}，而${place(d.cells[0], L)}为 ${d.expected}`,
  "S-05": (d) =>
    `${place(d.cells[0], L)}为 ${d.actual}，与${place(d.cells[1], L)}（${d.expected}）不等（差 ${signed(d.difference)}）`,
  "S-06": (d) =>
    `${place(d.cells[0], L)}为 ${d.actual}，超过${place(d.cells[1], L)}的 1.5 倍（${d.expected}）`,
  "S-09": (d) =>
    d.params?.bound === "max"
      ? `${place(d.cells[0], L)}为 ${d.actual}，小于${place(d.cells[1], L)}（${d.expected}）：同一信息只计一次，总数不能少于任一渠道`
      : `${place(d.cells[0], L)}为 ${d.actual}，大于各渠道之和 ${d.expected}`,
  "S-10": (d) => `${place(d.cells[0], L)}为 ${d.actual}，大于各渠道回应次数之和 ${d.expected}`,
  "S-11": pair("大于其上级行"),
  "S-12": pair("多于"),
  "S-13": (d) =>
    d.params?.unit
      ? `${place(d.cells[0], L)}的单位印作「${d.params.unit}」，应为万元`
      : `${place(d.cells[0], L)}写作 ${JSON.stringify(d.actual)}，应为万元数`,
  "T2b-07": (d) =>
    `上年报告为 2019 年格式，表二只有处理决定数量可比：${d.params?.pairs}；其余各项不比较`,
  "T2-01": mark,
  "T2-02": mark,
  "T2-05": (d) =>
    `「${d.params?.agency}」通常没有规章制定权，但${place(d.cells[0], L)}为 ${d.actual}`,
  "T2-06": (d) =>
    `${place("T2.fees", L)}为 ${d.actual} 万元，是否误将元填作万元？（约合 ${d.params?.asWan} 万元）`,
  "T2-07": (d) =>
    `六、其他需要报告的事项中的信息处理费合 ${d.actual} 万元，高于${place("T2.fees", L)}的 ${d.expected} 万元`,
  "T2-08": (d) => `${place(d.cells[0], L)}为 ${d.actual}，对乡镇街道而言偏大`,
  "T2-03": (d) =>
    `${place(d.cells[0], L)}为 ${d.actual}，按上年现行有效 ${d.params?.before} + 本年制发 − 本年废止应为 ${d.expected}（${compared(d.difference, "现行有效件数", "推算值")}）`,
  "T2-04": (d) =>
    `${place(d.cells[0], L)}为 ${d.actual}，多于上年现行有效与本年制发之和 ${d.expected}`,
  "T4-01": group,
  "T4-02": group,
  "T4-03": group,
  "S-01": total("其下各分项行"),
  "S-02": total("其下各分项行"),
  "S-03": total("其下各分项行"),
  "S-04": total("其下各分项行"),
  "S-07": total("其下各分项行"),
  "S-08": total("其下各分项行"),

  "cell/culprit": (d) =>
    `${place(d.cells[0], L)}很可能填错了：现为 ${d.actual}，应为 ${d.expected}（${byHowMuch(d.difference)}）；改正后，它所在的 ${d.params.count} 个勾稽关系（${d.params.explains}）都成立`,
  "input/blank-tables": (d) =>
    d.params.all
      ? `报告尚未填写：${tables(d.params.tables)}均为空白；已略去逐格的 ${d.params.folded} 条提示`
      : `整表空白：${tables(d.params.tables)}；已略去其逐格的 ${d.params.folded} 条提示`,
  "input/companion-invalid": (d) =>
    `${role(d.params.role)}不是有效的报告（${d.params.count} 处问题，首个为 ${d.params.first}），跨年度或汇总核验已跳过`,
  "input/internal": (d) => `规则 ${d.params.rule || "（解析）"} 运行出错：${d.params.detail}`,
  "input/previous-year": (d) =>
    `上年报告是 ${d.actual} 年度的，应为 ${d.expected} 年度；跨年度核验已跳过`,
  "input/previous-agency": (d) =>
    `上年报告的机关名称为「${d.actual}」，本年为「${d.expected}」；如非同一机关，跨年度核验的结果不可用`,
  "input/previous-edition": (d) =>
    `上年报告为 ${d.actual} 年格式，本年为 ${d.expected} 年格式；以下跨年度规则涉及的单元格在两种格式间无法对应，未核验：${d.params.rules}`,
} satisfies LocaleMessages;
