import { publishedMessages } from "@zfxxgk/docx";
import { renderMessage, schemaMessages } from "@zfxxgk/schema";
import type { ProblemTitles, Role, ServerErrorMessages } from "./types.js";

// 服务答复的错误（problem details）与配置错误的简体中文措辞。繁体中文（zh-Hant.ts）由本文件
// 转换生成（`npm run messages`），请勿直接修改生成的文件。

const L = "zh-Hans";

const role = (r: Role) =>
  r.kind === "request"
    ? "请求"
    : r.kind === "previous"
      ? "上一年度报告"
      : `第 ${r.index + 1} 份报告（${r.label}）`;

export const errors = {
  notJson: ({ detail }) => `请求体不是有效的 JSON（${detail}）`,
  emptyBody: () => "请求体为空，请发送报告",
  unauthorized: () => "缺少或无效的 API 密钥，请在 Authorization 头中用 Bearer 方式提供",
  notFound: ({ method, path }) => `没有 ${method} ${path} 这个接口，见 /docs`,
  notTheApi: ({ detail }) => `请求不符合接口说明（见 /docs）：${detail}`,
  bodyTooLarge: ({ limit }) => `请求体超过 ${limit} 字节的上限`,
  unsupportedMediaType: () =>
    "不支持的内容类型，请用 application/json、text/plain、text/html 或 Word 文档（.docx）",
  badRequest: ({ code }) => `请求无效（${code}）`,
  internalError: () => "内部错误，已记入日志",
  pdfDisabled: () => "本服务未启用 PDF（ZFXXGK_PDF=off）",
  notADocument: () => '请求体应为已发布报告的文本或网页，或 { "text": … } / { "html": … }',
  unknownEdition: ({ edition, supported }) =>
    `格式版本 ${JSON.stringify(edition)} 未知，支持：${supported.join("、")}`,
  inputUnknownEdition: ({ role: r, edition, supported }) =>
    `${role(r)}的格式版本 ${JSON.stringify(edition)} 未知，支持：${supported.join("、")}`,
  invalidReport: ({ first, more }) =>
    `请求中的报告不符合报告格式：${first ? renderMessage(first, L, schemaMessages) : ""}${more ? `（另有 ${more} 处，可用 POST /v1/validate 查看）` : ""}`,
  incompleteReport: ({ missing }) =>
    `请求中的文档读出的报告不完整：${missing.map((d) => `${renderMessage(d, L, publishedMessages)}（${d.code}，${d.path}）`).join("；")}，不能据此生成；请用 POST /v1/parse 取得 JSON，补全后再发送`,
  unparsable: ({ role: r, first }) =>
    `${role(r)}中没有可识别的年度报告${first ? `：${renderMessage(first, L, publishedMessages)}` : ""}`,
  rollupUnknownEdition: ({ edition }) => `汇总报告的格式版本 ${JSON.stringify(edition)} 未知`,
  pdfBusy: ({ accepted, seconds }) =>
    `PDF 队列已满（${accepted} 份正在生成或等待），请 ${seconds} 秒后重试`,
  shuttingDown: () => "服务正在停止，请改用其他实例或稍后重试",
  envNotInteger: ({ name, min, raw }) => `环境变量 ${name} 应为不小于 ${min} 的整数，实为 ${raw}`,
  apiKeyFile: ({ file, code }) => `无法读取 API 密钥文件 ${file}（${code}）`,
  pdfStart: ({ reason }) => `${reason[L]}（不需要 PDF 时可设 ZFXXGK_PDF=off）`,
} satisfies ServerErrorMessages;

export const titles = {
  "bad-request": "请求不符合接口说明",
  "not-json": "请求体不是有效的 JSON",
  unauthorized: "需要有效的 API 密钥",
  "not-found": "没有这个地址",
  "unknown-edition": "格式版本未知",
  "body-too-large": "请求体过大",
  "unsupported-media-type": "不支持的内容类型",
  "bad-encoding": "文本编码无法确定",
  unparsable: "没有可识别的年度报告",
  "invalid-report": "报告不符合格式",
  "input-unknown-edition": "格式版本未知",
  "docx-failed": "无法生成 Word 文档",
  "internal-error": "内部错误",
  "pdf-failed": "生成 PDF 失败",
  "pdf-disabled": "本服务未启用 PDF",
  "pdf-busy": "PDF 队列已满",
  "shutting-down": "服务正在停止",
  timeout: "处理超时",
} satisfies ProblemTitles;
