// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import { renderMessage, schemaMessages } from "@zfxxgk/schema";
import {
  type DocxErrorMessages,
  type DocxMessages,
  mb,
  p,
  type XmlProblem,
  type ZipProblem,
} from "./types.js";

// 讀取 Word 文檔所得結果的簡體中文措辭。繁體中文（zh-Hant.ts）由本文件轉換生成
// （`npm run messages`），請勿直接修改生成的文件。

const L = "zh-Hant";

/** Word 文檔中 XML 結構的問題。 */
const xml: { readonly [X in XmlProblem]: string } = {
  doctype: "Word 文檔的部件中不允許有 DOCTYPE 聲明",
  "unclosed-root": "XML 部件在根元素結束之前就中斷了",
  "no-body": "word/document.xml 中沒有完整的 w:body",
};

/** Word 文檔（zip 壓縮包）損壞的情形。 */
const zip: { readonly [Z in ZipProblem]: string } = {
  truncated: "文件不完整，可能下載或複製時被截斷，請重新獲取原文件",
  "corrupt-data": "壓縮包中的數據已損壞",
  "bad-structure": "壓縮包的結構已損壞",
  "unknown-method": "壓縮包使用了 Word 不會使用的壓縮方法",
};

export default {
  "docx/empty": () => "文件為空，不是 Word 文檔",
  "docx/not-docx": () => "不是 Word 文檔（.docx）：文件開頭不是 zip 壓縮包",
  "docx/legacy-doc": () =>
    "這是舊版 Word 97-2003 文檔（.doc），請在 Word 或 WPS 中另存為 .docx 後再讀取",
  "docx/encrypted": () => "Word 文檔已加密（設置了打開密碼），請取消密碼後另存再讀取",
  "docx/too-large": (d) => `文件過大（${mb(d, "bytes")} MB，上限 ${mb(d, "limit")} MB），未讀取`,
  "docx/too-many-entries": (d) =>
    `壓縮包中的文件過多（超過 ${p(d, "limit")} 個），不像 Word 文檔，未讀取`,
  "docx/zip-bomb": (d) =>
    `壓縮包中的「${p(d, "part")}」解壓後過大（超過 ${mb(d, "bytes")} MB 或壓縮比超過 ${p(d, "ratio")}），疑為壓縮炸彈，已停止讀取`,
  "docx/damaged": (d) =>
    `Word 文檔已損壞，無法讀取（${xml[p(d, "xml") as XmlProblem] ?? zip[p(d, "zip") as ZipProblem] ?? `讀取時出錯：${p(d, "cause")}`}）`,
  "docx/property-ignored": (d) => `文檔屬性中的報告信息（${d.path}）不符合格式，未採用`,
  "docx/not-word": () =>
    "壓縮包中沒有 word/document.xml，不是 Word 文檔（可能是 Excel、PowerPoint 或其他文件）",
} satisfies DocxMessages;

/** 無法生成 Word 文檔時拋出的錯誤的措辭。 */
export const errors = {
  invalidReport: ({ first }) =>
    `報告不符合格式，無法生成 Word 文檔：${first ? renderMessage(first, L, schemaMessages) : ""}`,
  unknownEdition: ({ edition }) =>
    `報告的格式版本 ${JSON.stringify(edition)} 未知，無法生成 Word 文檔`,
  unsupportedShape: ({ edition, path }) =>
    `${edition} 年格式報告中的 ${path} 尚不能寫入 Word 文檔，未生成（以免內容丟失）；請改用 HTML 或 PDF`,
} satisfies DocxErrorMessages;
