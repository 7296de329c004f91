// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import { renderMessage } from "@zfxxgk/schema";
import type { CliMessages, FirstFinding } from "./types.js";

/**
 * 命令行工具自身報告的用法與輸入問題的簡體中文措辭。繁體中文（zh-Hant.ts）由本文件轉換生成
 * （`npm run messages`），請勿直接修改生成的文件。
 */
const L = "zh-Hant";

/** 第一個問題，按本語言措辭。 */
const firstOf = ({ first, messages }: Partial<FirstFinding>) =>
  first && messages ? renderMessage(first, L, messages) : "";

export default {
  badMaxSize: ({ value }) => `--max-size 應為正數（單位 MB），實為 ${value}`,
  badTimeout: ({ value }) => `--timeout 應為 0–3600 之間的秒數，實為 ${value}`,
  badConcurrency: ({ value }) => `--concurrency 應為 1–16 的整數，實為 ${value}`,
  outputIsInput: ({ out }) =>
    `輸出文件 ${out} 也是本命令的輸入文件，不會覆蓋它；請用 -o 指定另一個文件`,
  outputTwice: ({ out }) =>
    `多個輸入都會寫到 ${out}，後寫的會覆蓋先寫的；請把同名的輸入放到不同的命令裡處理`,
  outputExists: ({ out }) => `${out} 已存在，未覆蓋；如確需替換，請加 --force`,
  outputTooLarge: ({ out, size, limit }) =>
    `輸出 ${out ?? "標準輸出 stdout"} 有 ${size}，超過上限 ${limit}，未寫出；如確需更大，請用 --max-size <MB> 調高上限`,
  noMatch: ({ pattern }) => `沒有文件匹配 ${pattern}`,
  notFound: ({ file }) => `找不到文件 ${file}，請檢查路徑`,
  unreadable: ({ file, code }) => `無法讀取 ${file}（${code}）`,
  isDirectory: ({ file }) => `${file} 是目錄，請給出文件或通配符（如 ${file}/*.json）`,
  inputTooLarge: ({ file, size, limit }) =>
    `${file} 有 ${size}，超過上限 ${limit}，未讀取；如確需處理，請用 --max-size <MB> 調高上限`,
  unparsable: (p) => {
    const first = firstOf(p);
    return `${p.file} 中沒有可識別的年度報告${first ? `：${first}` : ""}`;
  },
  notJson: ({ file, detail }) => `${file} 不是有效的 JSON（${detail}）`,
  unknownEdition: ({ file, edition, supported }) =>
    `${file} 的格式版本 ${edition} 未知，支持：${supported.join("、")}`,
  invalidReport: (p) =>
    `${p.file} 不符合報告格式：${firstOf(p)}${p.more ? `（另有 ${p.more} 處，可用 zfxxgk validate 查看）` : ""}`,
  incompleteReport: ({ file, missing, messages }) =>
    `${file}：${missing.map((d) => `${renderMessage(d, L, messages)}（${d.code}，${d.path}）`).join("；")}，不能據此生成文件；可用 zfxxgk parse 導出 JSON，補全後再用`,
  outNotDir: ({ out }) => `多個輸入文件時 -o 應為目錄（以 / 結尾），實為 ${out}`,
  yearNotInteger: ({ year }) => `年度應為整數：${year}`,
  unknownEditionFlag: ({ edition }) => `未知的格式版本 ${edition}`,
  badBreakdown: ({ file }) => `--breakdown 的文件應以 .csv 或 .html 結尾：${file}`,
  badExpected: ({ file, detail }) => `無法讀取應彙總名單 ${file}：${detail}`,
  inFile: ({ file, detail }) => `${file}：${detail}`,
  profileUnreadable: ({ file, detail }) => `無法讀取評分方案 ${file}（${detail}）`,
  profileWrong: ({ file, detail }) => `評分方案 ${file} 有誤：${detail}`,
  initBadYear: ({ first, year }) => `年度應為 ${first} 年或以後的四位數字，實為 ${year}`,
  agencyEmpty: () => "機關名稱不能為空",
  outRequired: () => "Word 模板須用 -o 指定輸出文件（如 -o report.docx）",
  editionNotIssued: ({ year, issued, edition }) =>
    `注意：${year} 年度適用 ${issued ?? "（無）"} 年格式，按要求使用 ${edition} 年格式`,
  unknownLocale: ({ value, tags }) => `未知語言 ${value}，可用：${tags.join("、")}`,
  unknownScript: ({ value, tags }) => `${value} 不是簡體或繁體，可用：${tags.join("、")}`,
  noPrevious: ({ pattern, agency, year }) =>
    `${pattern} 中沒有「${agency}」${year} 年度的報告，跨年度核驗未進行`,

  errorsLabel: () => "錯誤",
  warningsLabel: () => "警告",
  noPdf: () => "無 PDF",
  notRendered: () => "未生成（報告不符合格式）",
  publishSummary: ({ reports, errors, pdf, out }) =>
    `共 ${reports} 份報告，錯誤 ${errors} 處；${pdf ? "HTML、Word 與 PDF" : "HTML 與 Word"} 在 ${out}/`,
  pdfNeedsBrowser: () => "未生成 PDF：HTML 已寫出，PDF 需要瀏覽器。",
  addNoPdf: () => "只要 HTML 時可加 --no-pdf。",
  pdfWritten: ({ count, out }) => `已生成 ${count} 個 PDF${out ? ` → ${out}` : ""}`,
  filledTotal: ({ id, value, from }) => `已補 ${id} = ${value}（${from.join(" + ")}）`,
  nothingToFill: () => "沒有需要補齊的總計",
  aggregateLabel: () => "彙總",
  nothingSummed: () => "沒有可彙總的報告",
  formDemoPage: ({ page }) => `填報表單示例頁：${page}`,
  validateBar: () => "校驗",
  auditBar: () => "審閱",
  previousBar: () => "上年",
  audited: ({ files, read, share, written }) =>
    `已審閱 ${files} 個文件，讀到 ${read} 份報告，單元格讀取比例 ${share} → ${written.join(", ")}`,
  fileEmpty: () => "文件為空",
  fileUnreadable: ({ detail }) => `無法讀取：${detail}`,
  auditHeading: () => "政府信息公開工作年度報告審閱",
  auditSummary: ({ files, read, share, cellsRead, cellsTotal }) =>
    `${files} 個文件，讀到 ${read} 份報告；單元格讀取比例 ${share}（${cellsRead}/${cellsTotal}）。`,
  auditProfile: ({ name, start }) => `評分方案：${name}（滿分 ${start}）`,
  auditDeductions: () => "扣分規則",
  auditColumn: ({ column }) =>
    ({
      file: "文件",
      status: "狀態",
      body: "機關",
      year: "年度",
      edition: "格式",
      tablesFound: "表格",
      cellsRead: "讀到",
      cellsBlank: "空白",
      cellsUndecided: "未定",
      cellsReadShare: "讀取比例",
      identityBreaks: "勾稽不符",
      narrativeMismatches: "正文不符",
      missingSections: "缺少部分",
      missingNotes: "缺少註釋",
      publishedOn: "發佈日期",
      deadline: "時限",
      timeliness: "及時",
      repeatedFromPrevious: "與上年重複",
      repeatedFromPeer: "與他單位重複",
      score: "得分",
    })[column],
  auditTableColumn: ({ column }) =>
    ({
      kind: "扣分項",
      points: "扣分",
      cap: "上限",
      why: "依據",
      cell: "單元格",
      row: "行",
      column: "列",
      value: "數值",
      where: "位置",
    })[column],
  auditDetails: () => "詳情",
  auditBack: () => "返回",
  auditCells: () => "單元格",
  atPage: ({ page }) => `第 ${page} 頁`,
  atLine: ({ line }) => `第 ${line} 行`,
  atTableRow: ({ table, row }) => `表格 ${table} 行 ${row}`,
  atReport: () => "報告",
  notRead: () => "未讀到",

  helpTitle: ({ title }) =>
    ({
      Usage: "用法",
      Arguments: "參數",
      Options: "選項",
      "Global Options": "通用選項",
      Commands: "命令",
    })[title],
  exitStatus: () => "退出狀態",
  exit0: () => "成功，沒有錯誤級的問題",
  exit1: () => "發現錯誤級的問題（validate、publish、parse）",
  exit2: () => "用法、輸入或環境問題：參數有誤、文件讀不了、輸出文件已存在、找不到或無法啟動瀏覽器",
  exit70: () => "內部錯誤（程序缺陷，請報告）",
  commanderError: (p) => {
    switch (p.kind) {
      case "unknownOption":
        return `未知選項 ${p.option}`;
      case "unknownCommand":
        return `未知命令 ${p.command}`;
      case "missingArgument":
        return `缺少必需的參數 ${p.argument}`;
      case "optionValueMissing":
        return `選項 ${p.option} 缺少取值`;
      case "missingOption":
        return `缺少必需的選項 ${p.option}`;
      case "invalidChoice":
        return `選項 ${p.option} 的取值 ${p.value} 無效${p.choices ? `，可選：${p.choices}` : ""}`;
      case "tooManyArguments":
        return `${p.command ? `${p.command} ` : ""}參數過多：應為 ${p.expected} 個，實為 ${p.got} 個`;
      case "invalidArgument":
        return `參數 ${p.argument} 的取值 ${p.value} 無效`;
      case "other":
        return "命令行參數有誤";
    }
  },
  didYouMean: ({ suggestion }) => `（是否想用 ${suggestion}？）`,
  seeHelp: () => "用 --help 查看用法",
  internalError: () => "內部錯誤",

  // 命令及其參數、選項的幫助文字。

  helpProgram: () => "政府信息公開工作年度報告工具：校驗、生成 HTML 與 PDF、讀取已發佈的報告",
  helpVersion: () => "顯示版本",
  helpHelpOption: () => "顯示幫助",
  helpHelpCommand: () => "顯示命令的幫助",
  helpForce: () => "可替換已存在的輸出文件（輸入文件永不覆蓋）",
  helpTimeout: () => "單份報告生成 PDF 的時限（秒）",
  helpMaxSize: () => "讀寫單個文件的大小上限",
  helpMessageLocale: () => "消息語言",
  helpDocumentLocale: () => "簡體或繁體",

  helpAudit: () =>
    "批量審閱已發佈的報告（PDF、文本、網頁），寫出 audit.csv、audit.json、audit.html",
  helpAuditFiles: () => "報告文件或通配符",
  helpAuditOut: () => "輸出目錄",
  helpAuditPrevious: () => "上一年度的報告（用於重複比對）",
  helpAuditProfile: () => "評分方案 JSON",

  helpCells: () => "按單元格編號列出表格數據（空白為 null）",
  helpCellsFile: () => "報告文件（.json、.txt、.html、.docx）",
  helpCellsFormat: () => "輸出格式",

  helpDocx: () => "生成官方版式的 Word 文檔（.docx）",
  helpDocxFiles: () => "報告文件或通配符（.json、.txt、.html、.pdf、.docx）",
  helpDocxOut: () => "輸出文件（一份報告）或目錄",

  helpFillTotals: () => "由分項補齊空白的總計單元格，並列出所補內容",
  helpFillTotalsFile: () => "報告文件",
  helpFillTotalsOut: () => "輸出文件，缺省為標準輸出",

  helpForm: () => "生成可離線打開的填報表單示例頁",
  helpFormOut: () => "輸出目錄",
  helpFormExample: () => "頁面「載入示例報告」按鈕所載入的報告",

  helpInit: () => "生成一份待填寫的空白報告",
  helpInitAgency: () => "報告機關名稱",
  helpInitYear: () => "報告年度",
  helpInitEdition: () => "格式版本，缺省為該年度適用的格式",
  helpInitOut: () => "輸出文件，缺省為標準輸出",
  helpInitFormat: () => "json：空白報告；docx：待填寫的 Word 模板",

  helpParse: () => "把已發佈的報告（PDF、Word、文本或 HTML）讀回數據模型",
  helpParseFile: () => "已發佈的報告 .pdf、.docx、.txt 或 .html",
  helpParseOut: () => "輸出 JSON 文件，缺省為標準輸出",

  helpPdf: () => "生成官方版式的 PDF",
  helpPdfFiles: () => "報告文件或通配符",
  helpPdfOut: () => "輸出文件（單個輸入）或目錄",
  helpPdfConcurrency: () => "同時渲染的頁面數",

  helpPublish: () => "校驗並生成 HTML、PDF 與 Word，輸出彙總",
  helpPublishFiles: () => "報告文件或通配符",
  helpPublishOut: () =>
    "輸出目錄：只寫各報告的 .html、.docx 與 .pdf，已存在的同名文件須加 --force 才替換",
  helpPublishNoPdf: () => "不生成 PDF（無需瀏覽器），只生成 HTML 與 Word",
  helpPublishPrevious: () => "上一年度報告，用於跨年度核對；給出通配符時按機關名稱和年度逐份配對",
  helpPublishConcurrency: () => "同時渲染的頁面數",

  helpRender: () => "生成官方版式的 HTML",
  helpRenderFile: () => "報告文件（.json、.txt、.html、.docx）",
  helpRenderOut: () => "輸出文件，缺省為標準輸出",
  helpRenderNoFonts: () => "不鏈接內置字體（缺省鏈接並複製到輸出文件旁的 zfxxgk-fonts/）",
  helpRenderFragment: () => "生成可嵌入頁面的片段",

  helpRollup: () => "彙總所屬單位的年度報告為一份彙總報告（逐格相加，保留來源）",
  helpRollupFiles: () => "所屬單位的報告文件或通配符",
  helpRollupAgency: () => "彙總報告的機關名稱",
  helpRollupYear: () => "報告年度",
  helpRollupEdition: () => "彙總報告的格式版本（缺省按年度）",
  helpRollupExpected: () =>
    "應彙總的單位名單：每行一個名稱（可加製表符和統一社會信用代碼），或含 name 列的 CSV",
  helpRollupOutput: () => "彙總報告 JSON 寫到此文件",
  helpRollupBreakdown: () => "單位 × 單元格明細（.csv 或 .html）",
  helpRollupScopeNote: () => "範圍說明",
  helpRollupCreditCode: () => "彙總機關的統一社會信用代碼",
  helpRollupEditions: () => "其他格式的報告：按確切的格式對應關係換算（map），或不予彙總（refuse）",
  helpRollupFormat: () => "輸出格式",

  helpRules: () => "列出校驗規則目錄",
  helpRulesFormat: () => "輸出格式",

  helpSchema: () => "輸出報告的 JSON Schema",
  helpSchemaEdition: () => "格式版本",

  helpServe: () => "啟動 HTTP 服務（見 @zfxxgk/server，設置見其 README）",
  helpServePort: () => "端口，0 為任選空閒端口",
  helpServeHost: () => "監聽地址，缺省只接受本機連接",

  helpValidate: () => "校驗報告的格式、勾稽關係與一致性",
  helpValidateFiles: () => "報告文件或通配符（.json、已發佈的 .txt / .html）",
  helpValidatePrevious: () => "上一年度報告，用於跨年度核對；給出通配符時按機關名稱和年度逐份配對",
  helpValidateConstituents: () =>
    "核驗彙總報告：所屬單位的報告（文件或通配符），逐格比對彙總數與其和",
  helpValidateFormat: () => "輸出格式",
} satisfies CliMessages;
