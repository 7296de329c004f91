import type { Locale } from "@zfxxgk/schema";
import type { CellNote, CellProblem } from "./cell-text.js";

type Words = Readonly<Record<Locale, string>>;
const w = (hans: string, hant: string, en: string): Words => ({
  "zh-Hans": hans,
  "zh-Hant": hant,
  en,
});

/** The words the form itself writes around the official labels, in the three languages. */
export const UI = {
  formLabel: w(
    "政府信息公开工作年度报告填报",
    "政府信息公開工作年度報告填報",
    "Annual report on government information disclosure: fill-in form",
  ),
  toolbar: w("操作", "操作", "Actions"),
  import: w("导入 JSON", "匯入 JSON", "Import JSON"),
  export: w("导出 JSON", "匯出 JSON", "Export JSON"),
  fillTotals: w("补齐总计", "補齊總計", "Fill totals"),
  undo: w("撤销", "復原", "Undo"),
  meta: w("报告信息", "報告資訊", "About the report"),
  agency: w("报告机关", "報告機關", "Reporting body"),
  year: w("报告年度", "報告年度", "Report year"),
  title: w("标题", "標題", "Title"),
  periodStart: w("统计期限起", "統計期限起", "Period from"),
  periodEnd: w("统计期限止", "統計期限止", "Period to"),
  publishedOn: w("发布日期", "發布日期", "Published on"),
  creditCode: w("统一社会信用代码", "統一社會信用代碼", "Unified social credit code"),
  divisionCode: w("行政区划代码", "行政區劃代碼", "Administrative division code"),
  contact: w("联系方式", "聯絡方式", "Contact"),
  unit: w("联系单位", "聯絡單位", "Unit"),
  address: w("地址", "地址", "Address"),
  postcode: w("邮政编码", "郵遞區號", "Postcode"),
  phone: w("联系电话", "聯絡電話", "Telephone"),
  email: w("电子邮箱", "電子郵箱", "Email"),
  website: w("网址", "網址", "Website"),
  preamble: w("前言", "前言", "Preamble"),
  sectionText: w("本部分文字", "本部分文字", "Text of this section"),
  textHint: w(
    "每段一行；以（一）等编号开头的短行为小标题。",
    "每段一行；以（一）等編號開頭的短行為小標題。",
    "One paragraph per line; a short line starting with a number such as （一） is a sub-heading.",
  ),
  processingFee: w("信息处理费", "信息處理費", "Information processing fee"),
  feeAmount: w("金额", "金額", "Amount"),
  feeUnit: w("单位", "單位", "Unit"),
  feeNone: w("（未报告）", "（未報告）", "(not reported)"),
  summary: w("核验结果", "核驗結果", "Check results"),
  counts: w(
    "错误 {e} 处，警告 {w} 处，提示 {i} 处",
    "錯誤 {e} 處，警告 {w} 處，提示 {i} 處",
    "{e} errors, {w} warnings, {i} notes",
  ),
  clean: w("未发现问题。", "未發現問題。", "No problems found."),
  blanks: w(
    "{n} 个单元格为空白（核验时按 0 计算；数值为零请填 0）",
    "{n} 個儲存格為空白（核驗時按 0 計算；數值為零請填 0）",
    "{n} cells are blank (read as 0 by the checks; write 0 for zero)",
  ),
  blanksShown: w(
    "{n} 个单元格为空白，已在表中标出（核验时按 0 计算；数值为零请填 0）",
    "{n} 個儲存格為空白，已在表中標出（核驗時按 0 計算；數值為零請填 0）",
    "{n} cells are blank, marked in the tables (read as 0 by the checks; write 0 for zero)",
  ),
  notesGroup: w("提示（{n}）", "提示（{n}）", "Notes ({n})"),
  more: w("另有 {n} 条未列出", "另有 {n} 條未列出", "{n} more not listed"),
  draftFound: w("发现 {t} 保存的草稿。", "發現 {t} 儲存的草稿。", "A draft saved {t} was found."),
  restore: w("恢复草稿", "恢復草稿", "Restore draft"),
  discard: w("丢弃草稿", "丟棄草稿", "Discard draft"),
  restored: w("已恢复草稿。", "已恢復草稿。", "Draft restored."),
  filled: w(
    "已由分项补齐 {n} 个总计：{list}",
    "已由分項補齊 {n} 個總計：{list}",
    "Filled {n} totals from their parts: {list}",
  ),
  nothingFilled: w(
    "没有可补齐的总计（总计已填，或分项未填全）。",
    "沒有可補齊的總計（總計已填，或分項未填全）。",
    "No total could be filled (already filled, or a part is not a number).",
  ),
  filledNote: w(
    "由分项相加补齐：{parts}",
    "由分項相加補齊：{parts}",
    "Filled from its parts: {parts}",
  ),
  pasted: w(
    "已粘贴 {r} 行 × {c} 列，共 {n} 个单元格；按 Ctrl+Z 撤销。",
    "已貼上 {r} 列 × {c} 欄，共 {n} 個儲存格；按 Ctrl+Z 復原。",
    "Pasted {r} rows × {c} columns, {n} cells; Ctrl+Z undoes it.",
  ),
  overflow: w(
    "有 {n} 个值超出表格范围，未填入。",
    "有 {n} 個值超出表格範圍，未填入。",
    "{n} values fell outside the table and were not entered.",
  ),
  undone: w("已撤销：{what}", "已復原：{what}", "Undone: {what}"),
  pasteAction: w("粘贴", "貼上", "paste"),
  fillAction: w("补齐总计", "補齊總計", "fill totals"),
  removeAction: w("删除正文部分", "刪除正文部分", "removing a section"),
  imported: w("已导入 {file}。", "已匯入 {file}。", "Imported {file}."),
  importFailed: w(
    "无法导入 {file}：{why}",
    "無法匯入 {file}：{why}",
    "Could not import {file}: {why}",
  ),
  notJson: w("不是 JSON 文件", "不是 JSON 檔案", "not a JSON file"),
  unknownEdition: w(
    "未知的格式版本「{e}」",
    "未知的格式版本「{e}」",
    'unknown format edition "{e}"',
  ),
  notReport: w("不是报告对象", "不是報告物件", "not a report object"),
  sectionNumber: w("编号", "編號", "Number"),
  sectionHeading: w("标题", "標題", "Heading"),
  bodySection: w("正文第 {n} 部分", "正文第 {n} 部分", "Section {n} of the report"),
  addSection: w("添加一个部分", "新增一個部分", "Add a section"),
  removeSection: w("删除正文第 {n} 部分", "刪除正文第 {n} 部分", "Remove section {n}"),
  sectionAdded: w("已添加正文第 {n} 部分。", "已新增正文第 {n} 部分。", "Section {n} added."),
  sectionRemoved: w(
    "已删除正文第 {n} 部分「{h}」。",
    "已刪除正文第 {n} 部分「{h}」。",
    'Section {n} ("{h}") removed.',
  ),
  unitColumn: w("单位", "單位", "Unit"),
  filler: w("填报单位（盖章）：", "填報單位（蓋章）：", "Filled in by (seal): "),
  localRow: w("（本地增加的行，只读）", "（本地增加的行，唯讀）", " (local row, read-only)"),
  unreadable: w(
    "{n} 个单元格的内容无法识别，导出时为空白。",
    "{n} 個儲存格的內容無法識別，匯出時為空白。",
    "{n} cells hold text that is not a value; they are exported blank.",
  ),
  cellLabel: w("{row} · {column}", "{row} · {column}", "{row} · {column}"),
  readonly: w("只读", "唯讀", "read-only"),
} as const satisfies Record<string, Words>;

export const NOTE_TEXT: Readonly<Record<CellNote, Words>> = {
  "full-width": w(
    "全角字符已转为半角",
    "全形字元已轉為半形",
    "full-width characters made half-width",
  ),
  dash: w("横线记为「—」", "橫線記為「—」", 'dash written as "—"'),
  unit: w("已去掉单位", "已去掉單位", "unit removed"),
  separators: w("已去掉千位分隔符", "已去掉千位分隔符", "thousands separators removed"),
  "leading-zeros": w("已规范前导零", "已規範前導零", "leading zeros normalised"),
  "whole-decimal": w("小数部分为零，记为整数", "小數部分為零，記為整數", "zero decimals dropped"),
  minus: w("负号记为「-」", "負號記為「-」", 'minus sign written as "-"'),
  plus: w("已去掉正号", "已去掉正號", "plus sign removed"),
  large: w("数字异常大，请核对", "數字異常大，請核對", "unusually large number, please check"),
};

export const PROBLEM_TEXT: Readonly<Record<CellProblem, Words>> = {
  "not-a-number": w(
    "不是数字：请填阿拉伯数字、0，或「—」「/」「无」",
    "不是數字：請填阿拉伯數字、0，或「—」「/」「無」",
    'not a number: write digits, 0, or "—", "/", "无"',
  ),
  negative: w(
    "不能为负数（只有增减栏可为负）",
    "不能為負數（只有增減欄可為負）",
    "must not be negative (only increase/decrease columns may be)",
  ),
  "not-whole": w("件数须为整数", "件數須為整數", "a count must be a whole number"),
  "too-large": w(
    "数字位数过多，无法精确保存",
    "數字位數過多，無法精確保存",
    "too many digits to keep exactly",
  ),
  yuan: w(
    "本栏单位为万元，请换算后填写",
    "本欄單位為萬元，請換算後填寫",
    "this column is in 10,000 yuan; convert before entering",
  ),
};

export const NOTE_PREFIX = w("已规范：", "已規範：", "Normalised: ");

/** A UI string with its `{name}` placeholders filled. */
export function say(
  words: Words,
  locale: Locale,
  values: Record<string, string | number> = {},
): string {
  return words[locale].replace(/\{(\w+)\}/gu, (_, k: string) => String(values[k] ?? ""));
}
