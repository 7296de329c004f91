import { parseMessages } from "@zfxxgk/parse";
import { type Diagnostic, type MessageMap, mergeMessages } from "@zfxxgk/schema";

const p = (d: Diagnostic, key: string) => d.params?.[key];
const mb = (d: Diagnostic, key: string) => Math.round(Number(p(d, key)) / 1024 / 1024);

const own: MessageMap = {
  "zh-CN": {
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
    "docx/damaged": (d) => `Word 文档已损坏，无法读取（${p(d, "detail")}）`,
    "docx/property-ignored": (d) => `文档属性中的报告信息（${d.path}）不符合格式，未采用`,
    "docx/not-word": () =>
      "压缩包中没有 word/document.xml，不是 Word 文档（可能是 Excel、PowerPoint 或其他文件）",
  },
  en: {
    "docx/empty": () => "The file is empty; not a Word document",
    "docx/not-docx": () => "Not a Word document (.docx): the file does not start as a zip archive",
    "docx/legacy-doc": () =>
      "This is a Word 97-2003 document (.doc); save it as .docx in Word or WPS, then read it",
    "docx/encrypted": () =>
      "The Word document is encrypted (it has an open password); remove the password, save, then read it",
    "docx/too-large": (d) =>
      `The file is too large (${mb(d, "bytes")} MB, limit ${mb(d, "limit")} MB); not read`,
    "docx/too-many-entries": (d) =>
      `The archive holds too many files (over ${p(d, "limit")}); not a Word document, not read`,
    "docx/zip-bomb": (d) =>
      `"${p(d, "part")}" in the archive unpacks too large (over ${mb(d, "bytes")} MB or a ratio over ${p(d, "ratio")}); taken for a zip bomb, reading stopped`,
    "docx/damaged": (d) => `The Word document is damaged and cannot be read (${p(d, "detail")})`,
    "docx/property-ignored": (d) =>
      `The report data in the document properties (${d.path}) is not valid; not used`,
    "docx/not-word": () =>
      "The archive has no word/document.xml: not a Word document (perhaps Excel, PowerPoint or another file)",
  },
};

/** Messages of `readDocx` findings: the parser's (`parse/…`, `schema/…`) and the file's own (`docx/…`). */
export const docxMessages: MessageMap = mergeMessages(parseMessages, own);
