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
} satisfies CliMessages;
