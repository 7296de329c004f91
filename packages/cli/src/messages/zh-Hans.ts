import { renderMessage } from "@zfxxgk/schema";
import type { CliMessages, FirstFinding } from "./types.js";

/**
 * 命令行工具自身报告的用法与输入问题的简体中文措辞。繁体中文（zh-Hant.ts）由本文件转换生成
 * （`npm run messages`），请勿直接修改生成的文件。
 */
const L = "zh-Hans";

/** 第一个问题，按本语言措辞。 */
const firstOf = ({ first, messages }: Partial<FirstFinding>) =>
  first && messages ? renderMessage(first, L, messages) : "";

export default {
  badMaxSize: ({ value }) => `--max-size 应为正数（单位 MB），实为 ${value}`,
  badTimeout: ({ value }) => `--timeout 应为 0–3600 之间的秒数，实为 ${value}`,
  badConcurrency: ({ value }) => `--concurrency 应为 1–16 的整数，实为 ${value}`,
  outputIsInput: ({ out }) =>
    `输出文件 ${out} 也是本命令的输入文件，不会覆盖它；请用 -o 指定另一个文件`,
  outputTwice: ({ out }) =>
    `多个输入都会写到 ${out}，后写的会覆盖先写的；请把同名的输入放到不同的命令里处理`,
  outputExists: ({ out }) => `${out} 已存在，未覆盖；如确需替换，请加 --force`,
  outputTooLarge: ({ out, size, limit }) =>
    `输出 ${out ?? "标准输出 stdout"} 有 ${size}，超过上限 ${limit}，未写出；如确需更大，请用 --max-size <MB> 调高上限`,
  noMatch: ({ pattern }) => `没有文件匹配 ${pattern}`,
  notFound: ({ file }) => `找不到文件 ${file}，请检查路径`,
  unreadable: ({ file, code }) => `无法读取 ${file}（${code}）`,
  isDirectory: ({ file }) => `${file} 是目录，请给出文件或通配符（如 ${file}/*.json）`,
  inputTooLarge: ({ file, size, limit }) =>
    `${file} 有 ${size}，超过上限 ${limit}，未读取；如确需处理，请用 --max-size <MB> 调高上限`,
  unparsable: (p) => {
    const first = firstOf(p);
    return `${p.file} 中没有可识别的年度报告${first ? `：${first}` : ""}`;
  },
  notJson: ({ file, detail }) => `${file} 不是有效的 JSON（${detail}）`,
  unknownEdition: ({ file, edition, supported }) =>
    `${file} 的格式版本 ${edition} 未知，支持：${supported.join("、")}`,
  invalidReport: (p) =>
    `${p.file} 不符合报告格式：${firstOf(p)}${p.more ? `（另有 ${p.more} 处，可用 zfxxgk validate 查看）` : ""}`,
  incompleteReport: ({ file, missing, messages }) =>
    `${file}：${missing.map((d) => `${renderMessage(d, L, messages)}（${d.code}，${d.path}）`).join("；")}，不能据此生成文件；可用 zfxxgk parse 导出 JSON，补全后再用`,
  outNotDir: ({ out }) => `多个输入文件时 -o 应为目录（以 / 结尾），实为 ${out}`,
  yearNotInteger: ({ year }) => `年度应为整数：${year}`,
  unknownEditionFlag: ({ edition }) => `未知的格式版本 ${edition}`,
  badBreakdown: ({ file }) => `--breakdown 的文件应以 .csv 或 .html 结尾：${file}`,
  badExpected: ({ file, detail }) => `无法读取应汇总名单 ${file}：${detail}`,
  inFile: ({ file, detail }) => `${file}：${detail}`,
  profileUnreadable: ({ file, detail }) => `无法读取评分方案 ${file}（${detail}）`,
  profileWrong: ({ file, detail }) => `评分方案 ${file} 有误：${detail}`,
  initBadYear: ({ first, year }) => `年度应为 ${first} 年或以后的四位数字，实为 ${year}`,
  agencyEmpty: () => "机关名称不能为空",
  outRequired: () => "Word 模板须用 -o 指定输出文件（如 -o report.docx）",
  editionNotIssued: ({ year, issued, edition }) =>
    `注意：${year} 年度适用 ${issued ?? "（无）"} 年格式，按要求使用 ${edition} 年格式`,
  unknownLocale: ({ value, tags }) => `未知语言 ${value}，可用：${tags.join("、")}`,
  unknownScript: ({ value, tags }) => `${value} 不是简体或繁体，可用：${tags.join("、")}`,
  noPrevious: ({ pattern, agency, year }) =>
    `${pattern} 中没有「${agency}」${year} 年度的报告，跨年度核验未进行`,

  errorsLabel: () => "错误",
  warningsLabel: () => "警告",
  noPdf: () => "无 PDF",
  notRendered: () => "未生成（报告不符合格式）",
  publishSummary: ({ reports, errors, pdf, out }) =>
    `共 ${reports} 份报告，错误 ${errors} 处；${pdf ? "HTML、Word 与 PDF" : "HTML 与 Word"} 在 ${out}/`,
  pdfNeedsBrowser: () => "未生成 PDF：HTML 已写出，PDF 需要浏览器。",
  addNoPdf: () => "只要 HTML 时可加 --no-pdf。",
  pdfWritten: ({ count, out }) => `已生成 ${count} 个 PDF${out ? ` → ${out}` : ""}`,
  filledTotal: ({ id, value, from }) => `已补 ${id} = ${value}（${from.join(" + ")}）`,
  nothingToFill: () => "没有需要补齐的总计",
  aggregateLabel: () => "汇总",
  nothingSummed: () => "没有可汇总的报告",
  formDemoPage: ({ page }) => `填报表单示例页：${page}`,
  validateBar: () => "校验",
  auditBar: () => "审阅",
  previousBar: () => "上年",
  audited: ({ files, read, share, written }) =>
    `已审阅 ${files} 个文件，读到 ${read} 份报告，单元格读取比例 ${share} → ${written.join(", ")}`,
  fileEmpty: () => "文件为空",
  fileUnreadable: ({ detail }) => `无法读取：${detail}`,
  auditHeading: () => "政府信息公开工作年度报告审阅",
  auditSummary: ({ files, read, share, cellsRead, cellsTotal }) =>
    `${files} 个文件，读到 ${read} 份报告；单元格读取比例 ${share}（${cellsRead}/${cellsTotal}）。`,
  auditProfile: ({ name, start }) => `评分方案：${name}（满分 ${start}）`,
  auditDeductions: () => "扣分规则",
  auditColumn: ({ column }) =>
    ({
      file: "文件",
      status: "状态",
      body: "机关",
      year: "年度",
      edition: "格式",
      tablesFound: "表格",
      cellsRead: "读到",
      cellsBlank: "空白",
      cellsUndecided: "未定",
      cellsReadShare: "读取比例",
      identityBreaks: "勾稽不符",
      narrativeMismatches: "正文不符",
      missingSections: "缺少部分",
      missingNotes: "缺少注释",
      publishedOn: "发布日期",
      deadline: "时限",
      timeliness: "及时",
      repeatedFromPrevious: "与上年重复",
      repeatedFromPeer: "与他单位重复",
      score: "得分",
    })[column],
  auditTableColumn: ({ column }) =>
    ({
      kind: "扣分项",
      points: "扣分",
      cap: "上限",
      why: "依据",
      cell: "单元格",
      row: "行",
      column: "列",
      value: "数值",
      where: "位置",
    })[column],
  auditDetails: () => "详情",
  auditBack: () => "返回",
  auditCells: () => "单元格",
  atPage: ({ page }) => `第 ${page} 页`,
  atLine: ({ line }) => `第 ${line} 行`,
  atTableRow: ({ table, row }) => `表格 ${table} 行 ${row}`,
  atReport: () => "报告",
  notRead: () => "未读到",

  helpTitle: ({ title }) =>
    ({
      Usage: "用法",
      Arguments: "参数",
      Options: "选项",
      "Global Options": "通用选项",
      Commands: "命令",
    })[title],
  exitStatus: () => "退出状态",
  exit0: () => "成功，没有错误级的问题",
  exit1: () => "发现错误级的问题（validate、publish、parse）",
  exit2: () => "用法、输入或环境问题：参数有误、文件读不了、输出文件已存在、找不到或无法启动浏览器",
  exit70: () => "内部错误（程序缺陷，请报告）",
  commanderError: (p) => {
    switch (p.kind) {
      case "unknownOption":
        return `未知选项 ${p.option}`;
      case "unknownCommand":
        return `未知命令 ${p.command}`;
      case "missingArgument":
        return `缺少必需的参数 ${p.argument}`;
      case "optionValueMissing":
        return `选项 ${p.option} 缺少取值`;
      case "missingOption":
        return `缺少必需的选项 ${p.option}`;
      case "invalidChoice":
        return `选项 ${p.option} 的取值 ${p.value} 无效${p.choices ? `，可选：${p.choices}` : ""}`;
      case "tooManyArguments":
        return `${p.command ? `${p.command} ` : ""}参数过多：应为 ${p.expected} 个，实为 ${p.got} 个`;
      case "invalidArgument":
        return `参数 ${p.argument} 的取值 ${p.value} 无效`;
      case "other":
        return "命令行参数有误";
    }
  },
  didYouMean: ({ suggestion }) => `（是否想用 ${suggestion}？）`,
  seeHelp: () => "用 --help 查看用法",
  internalError: () => "内部错误",

  // 命令及其参数、选项的帮助文字。

  helpProgram: () => "政府信息公开工作年度报告工具：校验、生成 HTML 与 PDF、读取已发布的报告",
  helpVersion: () => "显示版本",
  helpHelpOption: () => "显示帮助",
  helpHelpCommand: () => "显示命令的帮助",
  helpForce: () => "可替换已存在的输出文件（输入文件永不覆盖）",
  helpTimeout: () => "单份报告生成 PDF 的时限（秒）",
  helpMaxSize: () => "读写单个文件的大小上限",
  helpMessageLocale: () => "消息语言",
  helpDocumentLocale: () => "简体或繁体",

  helpAudit: () =>
    "批量审阅已发布的报告（PDF、文本、网页），写出 audit.csv、audit.json、audit.html",
  helpAuditFiles: () => "报告文件或通配符",
  helpAuditOut: () => "输出目录",
  helpAuditPrevious: () => "上一年度的报告（用于重复比对）",
  helpAuditProfile: () => "评分方案 JSON",

  helpCells: () => "按单元格编号列出表格数据（空白为 null）",
  helpCellsFile: () => "报告文件（.json、.txt、.html、.docx）",
  helpCellsFormat: () => "输出格式",

  helpDocx: () => "生成官方版式的 Word 文档（.docx）",
  helpDocxFiles: () => "报告文件或通配符（.json、.txt、.html、.pdf、.docx）",
  helpDocxOut: () => "输出文件（一份报告）或目录",

  helpFillTotals: () => "由分项补齐空白的总计单元格，并列出所补内容",
  helpFillTotalsFile: () => "报告文件",
  helpFillTotalsOut: () => "输出文件，缺省为标准输出",

  helpForm: () => "生成可离线打开的填报表单示例页",
  helpFormOut: () => "输出目录",
  helpFormExample: () => "页面「载入示例报告」按钮所载入的报告",

  helpInit: () => "生成一份待填写的空白报告",
  helpInitAgency: () => "报告机关名称",
  helpInitYear: () => "报告年度",
  helpInitEdition: () => "格式版本，缺省为该年度适用的格式",
  helpInitOut: () => "输出文件，缺省为标准输出",
  helpInitFormat: () => "json：空白报告；docx：待填写的 Word 模板",

  helpParse: () => "把已发布的报告（PDF、Word、文本或 HTML）读回数据模型",
  helpParseFile: () => "已发布的报告 .pdf、.docx、.txt 或 .html",
  helpParseOut: () => "输出 JSON 文件，缺省为标准输出",

  helpPdf: () => "生成官方版式的 PDF",
  helpPdfFiles: () => "报告文件或通配符",
  helpPdfOut: () => "输出文件（单个输入）或目录",
  helpPdfConcurrency: () => "同时渲染的页面数",

  helpPublish: () => "校验并生成 HTML、PDF 与 Word，输出汇总",
  helpPublishFiles: () => "报告文件或通配符",
  helpPublishOut: () =>
    "输出目录：只写各报告的 .html、.docx 与 .pdf，已存在的同名文件须加 --force 才替换",
  helpPublishNoPdf: () => "不生成 PDF（无需浏览器），只生成 HTML 与 Word",
  helpPublishPrevious: () => "上一年度报告，用于跨年度核对；给出通配符时按机关名称和年度逐份配对",
  helpPublishConcurrency: () => "同时渲染的页面数",

  helpRender: () => "生成官方版式的 HTML",
  helpRenderFile: () => "报告文件（.json、.txt、.html、.docx）",
  helpRenderOut: () => "输出文件，缺省为标准输出",
  helpRenderNoFonts: () => "不链接内置字体（缺省链接并复制到输出文件旁的 zfxxgk-fonts/）",
  helpRenderFragment: () => "生成可嵌入页面的片段",

  helpRollup: () => "汇总所属单位的年度报告为一份汇总报告（逐格相加，保留来源）",
  helpRollupFiles: () => "所属单位的报告文件或通配符",
  helpRollupAgency: () => "汇总报告的机关名称",
  helpRollupYear: () => "报告年度",
  helpRollupEdition: () => "汇总报告的格式版本（缺省按年度）",
  helpRollupExpected: () =>
    "应汇总的单位名单：每行一个名称（可加制表符和统一社会信用代码），或含 name 列的 CSV",
  helpRollupOutput: () => "汇总报告 JSON 写到此文件",
  helpRollupBreakdown: () => "单位 × 单元格明细（.csv 或 .html）",
  helpRollupScopeNote: () => "范围说明",
  helpRollupCreditCode: () => "汇总机关的统一社会信用代码",
  helpRollupEditions: () => "其他格式的报告：按确切的格式对应关系换算（map），或不予汇总（refuse）",
  helpRollupFormat: () => "输出格式",

  helpRules: () => "列出校验规则目录",
  helpRulesFormat: () => "输出格式",

  helpSchema: () => "输出报告的 JSON Schema",
  helpSchemaEdition: () => "格式版本",

  helpServe: () => "启动 HTTP 服务（见 @zfxxgk/server，设置见其 README）",
  helpServePort: () => "端口，0 为任选空闲端口",
  helpServeHost: () => "监听地址，缺省只接受本机连接",

  helpValidate: () => "校验报告的格式、勾稽关系与一致性",
  helpValidateFiles: () => "报告文件或通配符（.json、已发布的 .txt / .html）",
  helpValidatePrevious: () => "上一年度报告，用于跨年度核对；给出通配符时按机关名称和年度逐份配对",
  helpValidateConstituents: () =>
    "核验汇总报告：所属单位的报告（文件或通配符），逐格比对汇总数与其和",
  helpValidateFormat: () => "输出格式",
} satisfies CliMessages;
