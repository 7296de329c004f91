import { renderHtml } from "@zfxxgk/render";
import type { Locale, Report } from "@zfxxgk/schema";
import type { Browser, CDPSession, Page } from "puppeteer-core";
import { serveOnlyOwnAssets } from "./asset-server.js";
import { type DocumentInfo, withDocumentInfo } from "./document-info.js";
import { PdfError, worded } from "./errors.js";
import { findChromium } from "./find-chromium.js";
import { fontSubsets, loadFontSubsetter, subsetFamilies } from "./font-subsets.js";
import { bundledFonts } from "./fonts.js";
import { launchChromium } from "./launch.js";
import { withObjectStreams } from "./object-streams.js";
import { DOCUMENT_URL } from "./origin.js";
import {
  chromiumMajor,
  MARGIN_BOXES_SINCE,
  type PageNumbers,
  pageNumberCss,
} from "./page-numbers.js";
import { printToPdf } from "./print.js";
import { installFonts, PRINT_STYLE_ID, printShell, swapDocument } from "./print-shell.js";
import { renumberStructureIds } from "./structure-ids.js";

export interface PdfRendererOptions {
  /** How many documents print at the same time, each in its own page (default 2). */
  readonly concurrency?: number;
  /** The browser to drive; default {@link findChromium}. */
  readonly executablePath?: string;
  /** A job that takes longer is cut off with a `PDF_TIMEOUT` error (default 30 000 ms). */
  readonly timeoutMs?: number;
  /** Written as CreationDate and ModDate; fix it to get the same bytes for the same input. Default: now. */
  readonly creationDate?: Date;
  /** Default `gbt9704` (odd pages right, even pages left); see {@link PageNumbers}. */
  readonly pageNumbers?: PageNumbers;
  /** Tries per document when the browser crashes or is killed under it (default 3). */
  readonly maxAttempts?: number;
  /**
   * `subset` (default): each face cut down to the document's characters in Node, one font per
   * family and weight. `unicode-range`: the faces' unicode-range files, as before 0.2 — kept for
   * the benchmark's side-by-side comparison; it makes PDFs about twice as large.
   */
  readonly fonts?: FontLoading;
  /**
   * Pack the PDF's objects into compressed object streams (default true); false keeps Chromium's
   * layout, one uncompressed object at a time — for the benchmark's comparison.
   */
  readonly objectStreams?: boolean;
}

export type FontLoading = "subset" | "unicode-range";

export interface PdfRenderOptions {
  /** Script of the text (default `zh-Hans`), passed to `renderHtml`. */
  readonly locale?: Exclude<Locale, "en">;
  readonly creationDate?: Date;
  readonly timeoutMs?: number;
  /** Default: "{year}年政府信息公开工作年度报告". */
  readonly subject?: string;
  /** Default: 政府信息公开, 年度报告, the agency and the year. */
  readonly keywords?: readonly string[];
}

/** Properties of a document printed from HTML of your own (see {@link PdfRenderer.renderDocument}). */
export interface PdfDocumentOptions {
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
  readonly creationDate?: Date;
  readonly timeoutMs?: number;
}

export interface PdfRenderer {
  /** The report as an official PDF: `renderHtml` output printed on A4 with the bundled fonts. */
  render(report: Report, options?: PdfRenderOptions): Promise<Uint8Array>;
  /**
   * A whole HTML document printed the same way — for `renderHtml` output with custom partials.
   * The HTML is trusted like a template (it is printed as given, with scripts disabled and nothing
   * loaded but the bundled fonts): never pass markup that came from a report unescaped.
   */
  renderDocument(html: string, options?: PdfDocumentOptions): Promise<Uint8Array>;
  /** Finishes the documents already started, rejects those still waiting, and ends the browser. */
  close(): Promise<void>;
  /** The browser in use right now, if one is running — for monitoring; do not close it. */
  readonly browser: Browser | undefined;
}

/** A renderer that keeps one warm browser and a pool of pages; see {@link PdfRendererOptions}. */
export async function createPdfRenderer(options: PdfRendererOptions = {}): Promise<PdfRenderer> {
  const executablePath = findChromium(
    options.executablePath ? { executablePath: options.executablePath } : {},
  );
  if ((options.fonts ?? "subset") === "subset") loadFontSubsetter();
  else bundledFonts();
  const renderer = new PooledPdfRenderer(executablePath, options);
  await renderer.warmUp();
  return renderer;
}

/** One report to PDF with a browser started and ended for it; prefer a renderer for batches. */
export async function renderPdf(
  report: Report,
  options: PdfRenderOptions & Omit<PdfRendererOptions, "concurrency"> = {},
): Promise<Uint8Array> {
  const renderer = await createPdfRenderer({ ...options, concurrency: 1 });
  try {
    return await renderer.render(report, options);
  } finally {
    await renderer.close();
  }
}

interface BrowserHandle {
  readonly browser: Browser;
  readonly generation: number;
  /** Whether this Chromium draws CSS page-margin boxes (the page numbers). */
  readonly marginBoxes: boolean;
}

interface Worker {
  readonly page: Page;
  /** The page's own DevTools session, for printing. */
  readonly session: CDPSession;
  readonly handle: BrowserHandle;
  /** Documents printed in this page; it is replaced after {@link PAGE_REUSE_LIMIT}. */
  uses: number;
}

const CLOSE_GRACE_MS = 2_000;
const PAGE_REUSE_LIMIT = 200;

class PooledPdfRenderer implements PdfRenderer {
  readonly #executablePath: string;
  readonly #concurrency: number;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number;
  readonly #pageNumbers: PageNumbers;
  readonly #creationDate: Date | undefined;
  readonly #subsetFonts: boolean;
  readonly #objectStreams: boolean;
  #launching: Promise<BrowserHandle> | undefined;
  #current: BrowserHandle | undefined;
  #generation = 0;
  readonly #idle: Worker[] = [];
  readonly #waiting: Array<{ go: () => void; stop: (error: Error) => void }> = [];
  readonly #running = new Set<Promise<unknown>>();
  #active = 0;
  #closed = false;
  /** Set while a timed-out job's browser is being checked; jobs wait for it. */
  #checking: Promise<void> | undefined;

  constructor(executablePath: string, options: PdfRendererOptions) {
    this.#executablePath = executablePath;
    this.#concurrency = positiveInt(options.concurrency, 2, "concurrency");
    this.#timeoutMs = positiveInt(options.timeoutMs, 30_000, "timeoutMs");
    this.#maxAttempts = positiveInt(options.maxAttempts, 3, "maxAttempts");
    this.#pageNumbers = options.pageNumbers ?? "gbt9704";
    if (this.#pageNumbers !== "gbt9704" && this.#pageNumbers !== "centered") {
      throw badOption("pageNumbers", String(this.#pageNumbers));
    }
    this.#creationDate = options.creationDate;
    const fonts = options.fonts ?? "subset";
    if (fonts !== "subset" && fonts !== "unicode-range") throw badOption("fonts", String(fonts));
    this.#subsetFonts = fonts === "subset";
    this.#objectStreams = options.objectStreams ?? true;
  }

  get browser(): Browser | undefined {
    return this.#current?.browser.connected ? this.#current.browser : undefined;
  }

  async warmUp(): Promise<void> {
    const handle = await this.#browserHandle();
    this.#idle.push(await this.#newWorker(handle));
  }

  async render(report: Report, options: PdfRenderOptions = {}): Promise<Uint8Array> {
    const html = renderHtml(report, options.locale ? { locale: options.locale } : {});
    const { agency, year } = report.meta;
    return this.renderDocument(html, {
      author: agency,
      subject: options.subject ?? `${year}年政府信息公开工作年度报告`,
      keywords: options.keywords ?? ["政府信息公开", "年度报告", agency, String(year)],
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
  }

  renderDocument(html: string, options: PdfDocumentOptions = {}): Promise<Uint8Array> {
    const job = this.#run(html, options);
    this.#running.add(job);
    const forget = () => this.#running.delete(job);
    job.then(forget, forget);
    return job;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const waiter of this.#waiting.splice(0)) waiter.stop(closedError());
    await Promise.allSettled([...this.#running]);
    const handle = this.#current ?? (await this.#launching?.catch(() => undefined));
    this.#current = undefined;
    this.#launching = undefined;
    this.#idle.length = 0;
    if (handle) await closeBrowser(handle.browser);
  }

  async #run(html: string, options: PdfDocumentOptions): Promise<Uint8Array> {
    if (this.#closed) throw closedError();
    const timeoutMs = positiveInt(options.timeoutMs, this.#timeoutMs, "timeoutMs");
    const info: DocumentInfo = {
      ...(options.title !== undefined ? { title: options.title } : {}),
      ...(options.author ? { author: options.author } : {}),
      ...(options.subject ? { subject: options.subject } : {}),
      ...(options.keywords ? { keywords: options.keywords } : {}),
      creator: "@zfxxgk/pdf",
      creationDate: options.creationDate ?? this.#creationDate ?? new Date(),
    };
    await this.#enter();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.#attempt(html, info, timeoutMs);
        } catch (error) {
          if (error instanceof PdfError) throw error;
          if (this.#closed) throw closedError();
          if (attempt >= this.#maxAttempts) throw failedError(error, attempt);
        }
      }
    } finally {
      this.#leave();
    }
  }

  /**
   * One try on a pooled page; any failure but a timeout leaves the caller free to try again. The
   * time limit runs from when a browser is ready (launching has its own limit).
   */
  async #attempt(html: string, info: DocumentInfo, timeoutMs: number): Promise<Uint8Array> {
    const handle = await this.#browserHandle();
    let worker: Worker | undefined;
    let abandoned = false;
    const job = (async () => {
      worker = await this.#takeWorker(handle);
      if (abandoned) throw new Error("abandoned");
      return this.#print(worker, html, info);
    })();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timeoutError(timeoutMs)), timeoutMs);
    });
    try {
      const pdf = await Promise.race([job, deadline]);
      if (worker) this.#giveBack(worker);
      return pdf;
    } catch (error) {
      abandoned = true;
      job.catch(() => undefined);
      // Until the page is closed (or a hung or dying browser killed), no job takes this browser:
      // a retry then starts a new one instead of failing again on a browser that is going away.
      const check = this.#discardAfterFailure(handle, () => worker);
      this.#checking = check.finally(() => {
        if (this.#checking === check) this.#checking = undefined;
      });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async #print(worker: Worker, html: string, info: DocumentInfo): Promise<Uint8Array> {
    const { page, session, handle } = worker;
    worker.uses++;
    const families = this.#subsetFonts ? subsetFamilies() : null;
    const { title, text } = await page.evaluate(swapDocument, html, PRINT_STYLE_ID, families);
    if (text) await page.evaluate(installFonts, fontSubsets(text));
    const pdf = await printToPdf(session, !handle.marginBoxes);
    const printed = withDocumentInfo(renumberStructureIds(pdf), { title, ...info });
    return this.#objectStreams ? withObjectStreams(printed) : printed;
  }

  async #takeWorker(handle: BrowserHandle): Promise<Worker> {
    for (let worker = this.#idle.pop(); worker; worker = this.#idle.pop()) {
      if (worker.handle === handle && !worker.page.isClosed()) return worker;
      void this.#discard(worker);
    }
    return this.#newWorker(handle);
  }

  async #newWorker(handle: BrowserHandle): Promise<Worker> {
    const page = await handle.browser.newPage();
    const pageCss = handle.marginBoxes ? pageNumberCss(this.#pageNumbers) : "";
    await page.setJavaScriptEnabled(false);
    const fontCss = this.#subsetFonts ? "" : bundledFonts().css;
    await serveOnlyOwnAssets(page, { html: printShell(pageCss, fontCss) });
    await page.goto(DOCUMENT_URL, { waitUntil: "load", timeout: 0 });
    return { page, session: await page.createCDPSession(), handle, uses: 0 };
  }

  #giveBack(worker: Worker): void {
    const stale = worker.handle !== this.#current || worker.uses >= PAGE_REUSE_LIMIT;
    if (this.#closed || stale || worker.page.isClosed()) {
      void this.#discard(worker);
      return;
    }
    this.#idle.push(worker);
  }

  /** Closes the page, giving up after a grace period. Resolves whether it closed in time. */
  async #discard(worker: Worker): Promise<boolean> {
    const closed = worker.page.close().then(
      () => true,
      () => false,
    );
    return Promise.race([closed, sleep(CLOSE_GRACE_MS).then(() => false)]);
  }

  /** After a failure: a browser that cannot even close a page (or list them) is hung or dying, and is killed. */
  async #discardAfterFailure(
    handle: BrowserHandle,
    worker: () => Worker | undefined,
  ): Promise<void> {
    const current = worker();
    const healthy = current
      ? await this.#discard(current)
      : await Promise.race([
          handle.browser.pages().then(
            () => true,
            () => false,
          ),
          sleep(CLOSE_GRACE_MS).then(() => false),
        ]);
    if (!healthy) this.#kill(handle);
  }

  #kill(handle: BrowserHandle): void {
    if (this.#current === handle) this.#current = undefined;
    killProcessGroup(handle.browser);
    void handle.browser.disconnect().catch(() => undefined);
  }

  /** The running browser, or a new one if there is none or it died (one launch at a time). */
  async #browserHandle(): Promise<BrowserHandle> {
    for (;;) {
      if (this.#checking) await this.#checking;
      if (this.#closed) throw closedError();
      const current = this.#current;
      if (current?.browser.connected) return current;
      if (current) this.#current = undefined;
      this.#launching ??= this.#launch().finally(() => {
        this.#launching = undefined;
      });
      const handle = await this.#launching;
      if (handle.browser.connected) return handle;
    }
  }

  async #launch(): Promise<BrowserHandle> {
    const browser = await launchChromium({
      executablePath: this.#executablePath,
      timeoutMs: this.#timeoutMs,
    });
    // The blank tab Chromium starts with would only hold a renderer process.
    for (const page of await browser.pages()) await page.close().catch(() => undefined);
    const handle: BrowserHandle = {
      browser,
      generation: ++this.#generation,
      marginBoxes: chromiumMajor(await browser.version()) >= MARGIN_BOXES_SINCE,
    };
    browser.once("disconnected", () => {
      if (this.#current === handle) this.#current = undefined;
      killProcessGroup(browser);
    });
    if (this.#closed) {
      await closeBrowser(browser);
      throw closedError();
    }
    this.#current = handle;
    return handle;
  }

  #enter(): Promise<void> {
    if (this.#active < this.#concurrency) {
      this.#active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      this.#waiting.push({
        go: () => {
          this.#active++;
          resolve();
        },
        stop: reject,
      });
    });
  }

  #leave(): void {
    this.#active--;
    this.#waiting.shift()?.go();
  }
}

async function closeBrowser(browser: Browser): Promise<void> {
  const closed = browser.close().then(
    () => true,
    () => false,
  );
  if (!(await Promise.race([closed, sleep(CLOSE_GRACE_MS).then(() => false)]))) {
    killProcessGroup(browser);
  }
}

/**
 * Kills the browser with every process it started: on Linux and macOS puppeteer makes the browser
 * the leader of its own process group, which also reaches a browser that a wrapper script (such
 * as Debian's `/usr/bin/chromium-headless-shell`) runs as its child.
 */
function killProcessGroup(browser: Browser): void {
  const child = browser.process();
  if (!child?.pid) return;
  try {
    if (process.platform === "win32") throw new Error("no process groups");
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function positiveInt(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw badOption(name, String(value));
  return value;
}

function badOption(name: string, value: string): PdfError {
  return new PdfError("PDF_RENDER_FAILED", worded("badOption", { name, value }));
}

function timeoutError(ms: number): PdfError {
  return new PdfError("PDF_TIMEOUT", worded("timeout", { ms }));
}

function closedError(): PdfError {
  return new PdfError("PDF_RENDERER_CLOSED", worded("closed"));
}

function failedError(cause: unknown, attempts: number): PdfError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const crashed = /closed|crash|detached|disconnected|Target|Session/i.test(reason);
  return new PdfError(
    crashed ? "PDF_BROWSER_CRASHED" : "PDF_RENDER_FAILED",
    worded(crashed ? "crashed" : "failed", { attempts, reason }),
    { cause },
  );
}
