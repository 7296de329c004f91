// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import { columnOf, place, signed } from "../engine/text.js";
import type { FindingOf } from "../findings.js";
import { aspectLabel, editionNamed, roleKind, sectionHeading, tableTitle } from "./lookups.js";
import type { LocaleMessages, Worded } from "./types.js";

/**
 * 核驗結果的簡體中文措辭：每個代碼一條。繁體中文（zh-Hant.ts）由本文件轉換生成
 * （`npm run messages`），請勿直接修改生成的文件。
 */
const L = "zh-Hant";

/** 差值的方向：「總計比各分項之和多 5」（差值為 first − second）。 */
function compared(difference: unknown, first: string, second: string): string {
  const n = Number(difference);
  if (!n) return `${first}與${second}相等`;
  return `${first}比${second}${n > 0 ? "多" : "少"} ${Math.abs(n)}`;
}

/** 勾稽關係消息共用的結尾：空白按 0 計算，或因空白無法完全核驗。 */
function blankTail(d: Worded): string {
  const blanks = (d.params as { blanks?: string } | undefined)?.blanks;
  if (!blanks) return "";
  if (d.difference === 0)
    return `按空白為 0 計算成立，但含空白或記號單元格（${blanks}），無法完全核驗`;
  return `；其中空白或記號單元格按 0 計算（${blanks}），無法完全核驗`;
}

/** 總計與其分項之和不符（T3-02：本行各分項 …）。 */
const total =
  (parts: string) =>
  (d: Worded): string =>
    `${place(d.cells[0], L)}為 ${d.actual}，${parts}之和為 ${d.expected}（${compared(d.difference, "總計", `${parts}之和`)}）${blankTail(d)}`;

/** 單元格寫作記號而不是數字。 */
const mark = (d: Worded) =>
  `${place(d.cells[0], L)}寫作記號 ${JSON.stringify(d.actual)} 而不是數字，按 0 計算`;

/** 兩行比較：前者不應超過後者。 */
const pair = (word: string) => (d: Worded) =>
  `${place(d.cells[0], L)}為 ${d.actual}，${word}${place(d.cells[1], L)}（${d.expected}）`;

const narrative = (d: Worded & { readonly params: { readonly quote: string } }) =>
  `一、總體情況寫「…${d.params.quote}」（${d.actual}），而${d.cells.map((c) => place(c, L)).join(" + ")}為 ${d.expected}`;

/** 一、總體情況所引的佔比（T3-11）。 */
const share = (d: FindingOf<"T3-11">) =>
  d.params.quote
    ? `一、總體情況寫「…${d.params.quote}」，而${d.cells
        .slice(0, -1)
        .map((c) => place(c, L))
        .join(
          " + ",
        )}（${d.params.part}）佔${place(d.params.base ?? "T3.T.TOT", L)}（${d.params.whole}）的 ${d.expected}%`
    : `一、總體情況所列 ${d.params.categories} 類辦理結果的佔比合計為 ${d.actual}%，超過 100%`;

const yearsText = ({ from, to }: { from: number; to?: number }) =>
  to === undefined ? `${from} 年度及以後` : `${from}—${to} 年度`;

const longDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
};

/** 發佈日期不當的原因（X-05 的 `params.reason`）。 */
const late = (reason: string | undefined, date: string) =>
  reason === "before-year-end"
    ? "早於報告年度結束"
    : reason === "after-department-deadline"
      ? `晚於 ${longDate(date)}（政府部門的期限）`
      : `晚於 ${longDate(date)}`;

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

const role = (r: string) => (roleKind(r) === "constituents" ? `所屬單位報告 (${r})` : "上年報告");

/** 表四各組：總計 = 維持 + 糾正 + 其他 + 尚未審結。 */
const group = (d: Worded) =>
  `${place(d.cells[0], L)}為 ${d.actual}，結果維持、結果糾正、其他結果與尚未審結之和為 ${d.expected}（${compared(d.difference, "總計", "四項之和")}）${blankTail(d)}`;

export default {
  "T3-06": (d) =>
    `${place(d.cells[0], L)}為 ${d.actual}，上年報告「${columnOf(d.cells[1], L)}」列結轉下年度為 ${d.expected}（${compared(d.difference, "本年結轉", "上年結轉下年度")}）`,
  "T3-09": (d) => `${place(d.cells[0], L)}為 ${d.actual}，多於上年報告同列在辦的 ${d.expected} 件`,
  "T4-07": (d) => `${place("T4.RV.tot", L)}為 ${d.actual}，少於上年尚未審結的 ${d.expected} 件`,
  "T4-08": (d) => `${place("T4.LR.tot", L)}為 ${d.actual}，但本年與上年行政複議總計均為 0`,
  "X-06": (d) =>
    `一、總體情況與五、存在的主要問題及改進情況的文字與上年報告相似度為 ${d.actual}（閾值 ${d.expected}），內容疑似雷同`,
  "T4-04": mark,
  "T4-09": (d) => `行政複議與直接起訴共 ${d.actual} 件，多於相關申請數 ${d.expected} 件`,
  "T4-10": (d) =>
    `行政複議糾錯率 ${d.actual}%（已審結 ${d.params?.concluded} 件中糾正 ${d.params?.fixed} 件）`,
  "T3-10": narrative,
  "T3-11": share,
  "T3-14": narrative,
  "T4-05": narrative,
  "T4-06": narrative,
  "X-10": (d) =>
    "refused" in d.params
      ? `所給單位報告中有 ${d.params.refused} 份的格式（${d.params.editions}）無法確切對應為 ${d.expected} 年格式，未計入彙總核驗`
      : `${place(d.cells[0], L)}為 ${d.actual}，所屬 ${d.params?.count} 個單位之和為 ${d.expected}（差 ${signed(d.difference)}）${d.params?.top ? `；貢獻最大的：${d.params.top}` : ""}${d.params?.joint ? "（聯合發佈的文件由各聯合發佈機構分別統計，彙總數可小於簡單相加）" : ""}`,
  "R-01": (d) =>
    ({
      scope: "本報告列有所彙總的單位，卻未聲明為彙總報告（meta.scope 不是 aggregate）",
      changed: `「${d.params?.name}」的報告與彙總時不同（內容散列 ${d.expected} → ${d.actual}），彙總後被改動過`,
      "not-given": `彙總報告列有「${d.params?.name}」，但未給出其報告`,
      "not-listed": `所給的「${d.params?.name}」的報告不在彙總報告所列單位中`,
    })[String(d.params?.kind)] ?? "",
  "T3-01": (d) =>
    `表三「${columnOf(d.cells[0], L)}」列：一、本年新收 + 二、上年結轉 = ${d.actual}，（七）總計 + 四、結轉下年度 = ${d.expected}（${compared(d.difference, "「一 + 二」", "「（七）+ 四」")}）${blankTail(d)}`,
  "T3-02": total("本行各分項"),
  "T3-03": total("本列（一）至（六）各項"),
  "T3-04": mark,
  "T3-07": (d) => `本年新收與上年結轉均為 0，但${place(d.cells[2], L)}為 ${d.actual}`,
  "T3-08": (d) =>
    `結轉下年度繼續辦理 ${d.actual} 件，超過本年新收 ${d.params?.intake} 件的 ${d.params?.share}%`,
  "T3-13": (d) => `${place(d.cells[0], L)}為 ${d.actual} 件，請複核不予公開的依據`,
  "X-01": (d) => {
    const e = editionNamed(d.params?.edition);
    return `${d.actual} 年度報告使用了${e?.name[L] ?? d.params?.edition}（${e?.source}，適用於${e ? yearsText(e.years) : ""}）${d.expected ? `，該年度應使用 ${d.expected} 年格式` : ""}`;
  },
  "X-02": (d) => `「${sectionHeading(d.params.section, L)}」沒有內容`,
  "X-03": (d) => `一、總體情況未涉及「${aspectLabel(d.params?.aspect)?.[L] ?? d.params?.aspect}」`,
  "X-04": (d) => `統計期限為 ${d.actual}，應為 ${d.expected}`,
  "X-05": (d) => `發佈日期 ${d.actual}：${late(d.params?.reason, String(d.expected ?? ""))}`,
  "X-08": (d) => `${place(d.cells[0], L)}為空白（核驗時按 0 計算）`,
  "T2b-01": mark,
  "T2b-02": (d) =>
    `${place(d.cells[0], L)}為 ${signed(d.actual)}，而${place(d.cells[1], L)}只有 ${d.expected}，相加為負數 ${d.difference}`,
  "T2b-03": (d) =>
    `${place(d.cells[0], L)}為 ${d.actual}，上年報告為 ${d.params?.before}、增減 ${d.params?.change}，應為 ${d.expected}（${compared(d.difference, "本年數", "推算值")}）`,
  "T2b-04": (d) =>
    `${place(d.cells[0], L)}為 ${d.actual}，多於${place(d.cells[1], L)} ${d.expected}`,
  "T2b-05": (d) =>
    `${place(d.cells[0], L)}為 ${d.actual}，多於${place(d.cells[1], L)} ${d.expected}，請確認是否含往年製作的文件`,
  "T2b-06": (d) => `${place(d.cells[0], L)}為 ${d.actual}，未寫明單位（元或萬元）`,
  "S-14": (d) =>
    `正文「${d.params?.quote}」為 ${d.actual}，而${place(d.cells[0], L)}為 ${d.expected}`,
  "S-05": (d) =>
    `${place(d.cells[0], L)}為 ${d.actual}，與${place(d.cells[1], L)}（${d.expected}）不等（差 ${signed(d.difference)}）`,
  "S-06": (d) =>
    `${place(d.cells[0], L)}為 ${d.actual}，超過${place(d.cells[1], L)}的 1.5 倍（${d.expected}）`,
  "S-09": (d) =>
    d.params?.bound === "max"
      ? `${place(d.cells[0], L)}為 ${d.actual}，小於${place(d.cells[1], L)}（${d.expected}）：同一信息只計一次，總數不能少於任一渠道`
      : `${place(d.cells[0], L)}為 ${d.actual}，大於各渠道之和 ${d.expected}`,
  "S-10": (d) => `${place(d.cells[0], L)}為 ${d.actual}，大於各渠道回應次數之和 ${d.expected}`,
  "S-11": pair("大於其上級行"),
  "S-12": pair("多於"),
  "S-13": (d) =>
    d.params?.unit
      ? `${place(d.cells[0], L)}的單位印作「${d.params.unit}」，應為萬元`
      : `${place(d.cells[0], L)}寫作 ${JSON.stringify(d.actual)}，應為萬元數`,
  "T2b-07": (d) =>
    `上年報告為 2019 年格式，表二隻有處理決定數量可比：${d.params?.pairs}；其餘各項不比較`,
  "T2-01": mark,
  "T2-02": mark,
  "T2-05": (d) =>
    `「${d.params?.agency}」通常沒有規章制定權，但${place(d.cells[0], L)}為 ${d.actual}`,
  "T2-06": (d) =>
    `${place("T2.fees", L)}為 ${d.actual} 萬元，是否誤將元填作萬元？（約合 ${d.params?.asWan} 萬元）`,
  "T2-07": (d) =>
    `六、其他需要報告的事項中的信息處理費合 ${d.actual} 萬元，高於${place("T2.fees", L)}的 ${d.expected} 萬元`,
  "T2-08": (d) => `${place(d.cells[0], L)}為 ${d.actual}，對鄉鎮街道而言偏大`,
  "T2-03": (d) =>
    `${place(d.cells[0], L)}為 ${d.actual}，按上年現行有效 ${d.params?.before} + 本年制發 − 本年廢止應為 ${d.expected}（${compared(d.difference, "現行有效件數", "推算值")}）`,
  "T2-04": (d) =>
    `${place(d.cells[0], L)}為 ${d.actual}，多於上年現行有效與本年制發之和 ${d.expected}`,
  "T4-01": group,
  "T4-02": group,
  "T4-03": group,
  "S-01": total("其下各分項行"),
  "S-02": total("其下各分項行"),
  "S-03": total("其下各分項行"),
  "S-04": total("其下各分項行"),
  "S-07": total("其下各分項行"),
  "S-08": total("其下各分項行"),

  "cell/culprit": (d) =>
    `${place(d.cells[0], L)}很可能填錯了：現為 ${d.actual}，應為 ${d.expected}（${byHowMuch(d.difference)}）；改正後，它所在的 ${d.params.count} 個勾稽關係（${d.params.explains}）都成立`,
  "input/blank-tables": (d) =>
    d.params.all
      ? `報告尚未填寫：${tables(d.params.tables)}均為空白；已略去逐格的 ${d.params.folded} 條提示`
      : `整表空白：${tables(d.params.tables)}；已略去其逐格的 ${d.params.folded} 條提示`,
  "input/companion-invalid": (d) =>
    `${role(d.params.role)}不是有效的報告（${d.params.count} 處問題，首個為 ${d.params.first}），跨年度或彙總核驗已跳過`,
  "input/internal": (d) => `規則 ${d.params.rule || "（解析）"} 運行出錯：${d.params.detail}`,
  "input/previous-year": (d) =>
    `上年報告是 ${d.actual} 年度的，應為 ${d.expected} 年度；跨年度核驗已跳過`,
  "input/previous-agency": (d) =>
    `上年報告的機關名稱為「${d.actual}」，本年為「${d.expected}」；如非同一機關，跨年度核驗的結果不可用`,
  "input/previous-edition": (d) =>
    `上年報告為 ${d.actual} 年格式，本年為 ${d.expected} 年格式；以下跨年度規則涉及的單元格在兩種格式間無法對應，未核驗：${d.params.rules}`,
} satisfies LocaleMessages;
