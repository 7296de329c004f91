import { renderMessage, schemaMessages } from "@zfxxgk/schema";
import {
  type DocxErrorMessages,
  type DocxMessages,
  mb,
  p,
  type XmlProblem,
  type ZipProblem,
} from "./types.js";

// 读取 Word 文档所得结果的简体中文措辞。繁体中文（zh-Hant.ts）由本文件转换生成
// （`npm run messages`），请勿直接修改生成的文件。

const L = "zh-Hans";

/** Word 文档中 XML 结构的问题。 */
const xml: { readonly [X in XmlProblem]: string } = {
  doctype: "Word 文档的部件中不允许有 DOCTYPE 声明",
  "unclosed-root": "XML 部件在根元素结束之前就中断了",
  "no-body": "word/document.xml 中没有完整的 w:body",
};

/** Word 文档（zip 压缩包）损坏的情形。 */
const zip: { readonly [Z in ZipProblem]: string } = {
  truncated: "文件不完整，可能下载或复制时被截断，请重新获取原文件",
  "corrupt-data": "压缩包中的数据已损坏",
  "bad-structure": "压缩包的结构已损坏",
  "unknown-method": "压缩包使用了 Word 不会使用的压缩方法",
};

export default {
  "docx/empty": () => "文件为空，不是 Word 文档",
  "docx/not-docx": () => "不是 Word 文档（.docx）：文件开头不是 zip 压缩包",
  "docx/legacy-doc": () =>
    "这是旧版 Word 97-2003 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再读取",
  "docx/encrypted": () => "Word 文档已加密（设置了打开密码），请取消密码后另存再读取",
  "docx/too-large": (d) => `文件过大（${mb(d, "bytes")} MB，上限 ${mb(d, "limit")} MB），未读取`,
  "docx/too-many-entries": (d) =>
    `压缩包中的文件过多（超过 ${p(d, "limit")} 个），不像 Word 文档，未读取`,
  "docx/zip-bomb": (d) =>
    `压缩包中的「${p(d, "part")}」解压后过大（超过 ${mb(d, "bytes")} MB 或压缩比超过 ${p(d, "ratio")}），疑为压缩炸弹，已停止读取`,
  "docx/damaged": (d) =>
    `Word 文档已损坏，无法读取（${xml[p(d, "xml") as XmlProblem] ?? zip[p(d, "zip") as ZipProblem] ?? `读取时出错：${p(d, "cause")}`}）`,
  "docx/property-ignored": (d) => `文档属性中的报告信息（${d.path}）不符合格式，未采用`,
  "docx/not-word": () =>
    "压缩包中没有 word/document.xml，不是 Word 文档（可能是 Excel、PowerPoint 或其他文件）",
} satisfies DocxMessages;

/** 无法生成 Word 文档时抛出的错误的措辞。 */
export const errors = {
  invalidReport: ({ first }) =>
    `报告不符合格式，无法生成 Word 文档：${first ? renderMessage(first, L, schemaMessages) : ""}`,
  unknownEdition: ({ edition }) =>
    `报告的格式版本 ${JSON.stringify(edition)} 未知，无法生成 Word 文档`,
  unsupportedShape: ({ edition, path }) =>
    `${edition} 年格式报告中的 ${path} 尚不能写入 Word 文档，未生成（以免内容丢失）；请改用 HTML 或 PDF`,
} satisfies DocxErrorMessages;
