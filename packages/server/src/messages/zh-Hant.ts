// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import { publishedMessages } from "@zfxxgk/docx";
import { renderMessage, schemaMessages } from "@zfxxgk/schema";
import type { ProblemTitles, Role, ServerErrorMessages } from "./types.js";

// 服務答覆的錯誤（problem details）與配置錯誤的簡體中文措辭。繁體中文（zh-Hant.ts）由本文件
// 轉換生成（`npm run messages`），請勿直接修改生成的文件。

const L = "zh-Hant";

const role = (r: Role) =>
  r.kind === "request"
    ? "請求"
    : r.kind === "previous"
      ? "上一年度報告"
      : `第 ${r.index + 1} 份報告（${r.label}）`;

export const errors = {
  notJson: ({ detail }) => `請求體不是有效的 JSON（${detail}）`,
  emptyBody: () => "請求體為空，請發送報告",
  unauthorized: () => "缺少或無效的 API 密鑰，請在 Authorization 頭中用 Bearer 方式提供",
  notFound: ({ method, path }) => `沒有 ${method} ${path} 這個接口，見 /docs`,
  notTheApi: ({ detail }) => `請求不符合接口說明（見 /docs）：${detail}`,
  bodyTooLarge: ({ limit }) => `請求體超過 ${limit} 字節的上限`,
  unsupportedMediaType: () =>
    "不支持的內容類型，請用 application/json、text/plain、text/html 或 Word 文檔（.docx）",
  badRequest: ({ code }) => `請求無效（${code}）`,
  internalError: () => "內部錯誤，已記入日誌",
  pdfDisabled: () => "本服務未啟用 PDF（ZFXXGK_PDF=off）",
  notADocument: () => '請求體應為已發佈報告的文本或網頁，或 { "text": … } / { "html": … }',
  unknownEdition: ({ edition, supported }) =>
    `格式版本 ${JSON.stringify(edition)} 未知，支持：${supported.join("、")}`,
  inputUnknownEdition: ({ role: r, edition, supported }) =>
    `${role(r)}的格式版本 ${JSON.stringify(edition)} 未知，支持：${supported.join("、")}`,
  invalidReport: ({ first, more }) =>
    `請求中的報告不符合報告格式：${first ? renderMessage(first, L, schemaMessages) : ""}${more ? `（另有 ${more} 處，可用 POST /v1/validate 查看）` : ""}`,
  incompleteReport: ({ missing }) =>
    `請求中的文檔讀出的報告不完整：${missing.map((d) => `${renderMessage(d, L, publishedMessages)}（${d.code}，${d.path}）`).join("；")}，不能據此生成；請用 POST /v1/parse 取得 JSON，補全後再發送`,
  unparsable: ({ role: r, first }) =>
    `${role(r)}中沒有可識別的年度報告${first ? `：${renderMessage(first, L, publishedMessages)}` : ""}`,
  rollupUnknownEdition: ({ edition }) => `彙總報告的格式版本 ${JSON.stringify(edition)} 未知`,
  pdfBusy: ({ accepted, seconds }) =>
    `PDF 隊列已滿（${accepted} 份正在生成或等待），請 ${seconds} 秒後重試`,
  shuttingDown: () => "服務正在停止，請改用其他實例或稍後重試",
  envNotInteger: ({ name, min, raw }) => `環境變量 ${name} 應為不小於 ${min} 的整數，實為 ${raw}`,
  apiKeyFile: ({ file, code }) => `無法讀取 API 密鑰文件 ${file}（${code}）`,
  pdfStart: ({ reason }) => `${reason[L]}（不需要 PDF 時可設 ZFXXGK_PDF=off）`,
} satisfies ServerErrorMessages;

export const titles = {
  "bad-request": "請求不符合接口說明",
  "not-json": "請求體不是有效的 JSON",
  unauthorized: "需要有效的 API 密鑰",
  "not-found": "沒有這個地址",
  "unknown-edition": "格式版本未知",
  "body-too-large": "請求體過大",
  "unsupported-media-type": "不支持的內容類型",
  "bad-encoding": "文本編碼無法確定",
  unparsable: "沒有可識別的年度報告",
  "invalid-report": "報告不符合格式",
  "input-unknown-edition": "格式版本未知",
  "docx-failed": "無法生成 Word 文檔",
  "internal-error": "內部錯誤",
  "pdf-failed": "生成 PDF 失敗",
  "pdf-disabled": "本服務未啟用 PDF",
  "pdf-busy": "PDF 隊列已滿",
  "shutting-down": "服務正在停止",
  timeout: "處理超時",
} satisfies ProblemTitles;
