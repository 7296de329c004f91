// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import type { PdfMessages } from "./types.js";

// 生成 PDF 時出錯的簡體中文措辭。繁體中文（zh-Hant.ts）由本文件轉換生成
// （`npm run messages`），請勿直接修改生成的文件。

const how = [
  "請任選一種方式獲取瀏覽器：",
  "  1. Debian/Ubuntu：apt-get install -y chromium-headless-shell（打印所需 CPU 時間約為完整瀏覽器的一半），或 chromium",
  "  2. 任何系統：npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer",
  "  3. 已有 Chrome/Chromium/Edge：設置環境變量 ZFXXGK_CHROMIUM=/瀏覽器/可執行文件/路徑，或傳入 executablePath 選項。",
].join("\n");

export default {
  chromiumNotFound: ({ searched, chosen }) =>
    chosen
      ? `指定的瀏覽器不存在：${chosen}。\n${how}`
      : `未找到 Chromium 或 Chrome（已查找 ${searched} 個位置）。\n${how}`,
  launchFailed: ({ executablePath, reason }) =>
    [
      `瀏覽器無法啟動：${executablePath}`,
      `原因：${reason}`,
      "請檢查：",
      `  1. 它能否運行：${executablePath} --headless --disable-gpu --dump-dom about:blank`,
      "  2. 缺少系統庫（如 libnss3）時，用系統包管理器安裝瀏覽器及其依賴：apt-get install -y chromium",
      "  3. 或設置環境變量 ZFXXGK_CHROMIUM 指向另一個 Chrome/Chromium/Edge。",
    ].join("\n"),
  outputUnexpected: ({ detail }) => `瀏覽器輸出的 PDF 結構無法識別（${detail}），無法壓縮對象。`,
  noTrailer: () => "瀏覽器輸出的 PDF 沒有可識別的 trailer，無法寫入文檔屬性。",
  invalidDate: () => "creationDate 不是有效日期。",
  badOption: ({ name, value }) => `選項 ${name} 的值無效：${value}。`,
  timeout: ({ ms }) => `生成 PDF 超時（超過 ${ms} 毫秒），已中止該任務並丟棄其瀏覽器頁面。`,
  closed: () => "PDF 渲染器已關閉。",
  crashed: ({ attempts, reason }) =>
    `瀏覽器在生成 PDF 時崩潰，已重試 ${attempts} 次仍失敗：${reason}`,
  failed: ({ attempts, reason }) => `生成 PDF 失敗（已嘗試 ${attempts} 次）：${reason}`,
} satisfies PdfMessages;
