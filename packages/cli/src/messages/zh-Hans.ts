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
} satisfies CliMessages;
