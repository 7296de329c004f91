import {
  createPdfRenderer,
  isPdfError,
  type PdfRenderer,
  type PdfRenderOptions,
} from "@zfxxgk/pdf";
import type { Report } from "@zfxxgk/schema";
import { ProblemError, worded } from "./problem.js";

type Browser = NonNullable<PdfRenderer["browser"]>;

export interface PdfServiceOptions {
  /** Documents printed at the same time (pages of the one browser). */
  readonly concurrency: number;
  /** Requests that may wait for a page; one more is answered 503 with Retry-After. */
  readonly queueLimit: number;
  /** Per-document limit, from when a page is free. */
  readonly timeoutMs: number;
  readonly executablePath?: string;
}

export interface PdfStatus {
  readonly up: boolean;
  readonly printing: number;
  readonly queued: number;
  readonly restarts: number;
}

const REVIVE_DELAYS_MS = [100, 1_000, 5_000, 30_000];

/**
 * The pooled renderer of @zfxxgk/pdf behind a bounded queue. The renderer itself runs `concurrency`
 * documents at once and retries one whose browser died; this adds the bound (what cannot wait is refused at
 * once, with an estimate of when to come back), a count of browser restarts, and a browser brought back up
 * after it dies even when no request is waiting (so that readiness recovers on its own).
 */
export class PdfService {
  readonly #renderer: PdfRenderer;
  readonly #options: PdfServiceOptions;
  #accepted = 0;
  #restarts = 0;
  #seen: Browser | undefined;
  #reviving = false;
  #closed = false;
  /** Moving average of one document's time, for Retry-After. */
  #averageMs = 500;
  readonly #onChange: () => void;

  private constructor(renderer: PdfRenderer, options: PdfServiceOptions, onChange: () => void) {
    this.#renderer = renderer;
    this.#options = options;
    this.#onChange = onChange;
    this.#observe();
  }

  static async start(options: PdfServiceOptions, onChange: () => void = () => {}) {
    const renderer = await createPdfRenderer({
      concurrency: options.concurrency,
      timeoutMs: options.timeoutMs,
      ...(options.executablePath ? { executablePath: options.executablePath } : {}),
    });
    return new PdfService(renderer, options, onChange);
  }

  get capacity(): number {
    return this.#options.concurrency + this.#options.queueLimit;
  }

  get status(): PdfStatus {
    this.#observe();
    const printing = Math.min(this.#accepted, this.#options.concurrency);
    return {
      up: this.#renderer.browser !== undefined,
      printing,
      queued: this.#accepted - printing,
      restarts: this.#restarts,
    };
  }

  /** The browser now in use, if any (for tests and monitoring; do not close it). */
  get browser(): Browser | undefined {
    return this.#renderer.browser;
  }

  async render(report: Report, options: PdfRenderOptions): Promise<Uint8Array> {
    if (this.#closed) throw shuttingDown();
    if (this.#accepted >= this.capacity) throw this.#busy();
    this.#accepted++;
    this.#onChange();
    const started = performance.now();
    try {
      const pdf = await this.#renderer.render(report, options);
      this.#averageMs = 0.8 * this.#averageMs + 0.2 * (performance.now() - started);
      return pdf;
    } catch (error) {
      throw asProblem(error);
    } finally {
      this.#accepted--;
      this.#observe();
      this.#onChange();
    }
  }

  /** Finishes the documents in progress and ends the browser. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#renderer.close();
  }

  #busy(): ProblemError {
    const waves = Math.ceil((this.#accepted + 1) / this.#options.concurrency);
    const seconds = Math.max(1, Math.ceil((waves * this.#averageMs) / 1000));
    return new ProblemError("pdf-busy", worded("pdfBusy", { accepted: this.#accepted, seconds }), {
      headers: { "retry-after": String(seconds) },
      members: { retryAfter: seconds },
    });
  }

  /** Notices a new browser (counting a restart) and watches it for its end. */
  #observe(): void {
    const browser = this.#renderer.browser;
    if (!browser || browser === this.#seen) return;
    if (this.#seen) this.#restarts++;
    this.#seen = browser;
    browser.once("disconnected", () => {
      this.#onChange();
      void this.#revive();
    });
  }

  /** Brings a browser back up after one died, trying again with growing pauses until it works. */
  async #revive(): Promise<void> {
    if (this.#reviving) return;
    this.#reviving = true;
    try {
      for (let attempt = 0; !this.#closed && !this.#renderer.browser; attempt++) {
        const delay = REVIVE_DELAYS_MS[Math.min(attempt, REVIVE_DELAYS_MS.length - 1)] ?? 30_000;
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
        if (this.#closed || this.#renderer.browser) break;
        await this.#renderer
          .renderDocument("<!doctype html><title>warm-up</title>", {
            timeoutMs: this.#options.timeoutMs,
          })
          .catch(() => undefined);
      }
    } finally {
      this.#reviving = false;
      this.#observe();
      this.#onChange();
    }
  }
}

function shuttingDown(): ProblemError {
  return new ProblemError("shutting-down", worded("shuttingDown"), {
    headers: { "retry-after": "1" },
  });
}

function asProblem(error: unknown): unknown {
  if (!isPdfError(error)) return error;
  if (error.code === "PDF_RENDERER_CLOSED") return shuttingDown();
  if (error.code === "PDF_TIMEOUT") return new ProblemError("timeout", error.messages);
  return new ProblemError("pdf-failed", error.messages, {
    members: { pdfError: error.code },
  });
}
