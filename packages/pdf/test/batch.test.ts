import { createPdfRenderer, isPdfError, type PdfRenderer } from "@zfxxgk/pdf";
import { parseReport, type Report } from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "../../../test/support/browser.js";
import { loadExamples } from "../../../test/support/examples.js";
import { alive } from "../../../test/support/process.js";
import { pdfInfo } from "./support/poppler.js";

/** A batch of distinct reports: each example under several agency names, so each output is recognisable. */
function batch(size: number): Report[] {
  const examples = loadExamples();
  return Array.from({ length: size }, (_, i) => {
    const example = examples[i % examples.length];
    const parsed = parseReport(example?.json);
    if (!parsed.ok || !parsed.report) throw new Error(`example ${example?.name} does not parse`);
    const report = parsed.report;
    return {
      ...report,
      meta: { ...report.meta, agency: `批量测试机关第${i + 1}号`, title: undefined },
    };
  });
}

function browserPid(renderer: PdfRenderer): number {
  const pid = renderer.browser?.process()?.pid;
  if (!pid) throw new Error("the renderer has no browser process");
  return pid;
}

describe.runIf(browserAvailable())("batches", () => {
  it("survives the browser being killed mid-batch: every document once, none lost", async () => {
    const renderer = await createPdfRenderer({ concurrency: 2, timeoutMs: 60_000 });
    try {
      const reports = batch(10);
      let done = 0;
      let killed: number | undefined;
      const jobs = reports.map((report) =>
        renderer.render(report).then((pdf) => {
          done++;
          if (done === 3 && killed === undefined) {
            killed = browserPid(renderer);
            process.kill(killed);
          }
          return pdf;
        }),
      );
      const pdfs = await Promise.all(jobs);
      expect(killed).toBeDefined();
      expect(alive(killed as number)).toBe(false);
      const authors = pdfs.map((pdf) => pdfInfo(pdf).Author);
      expect(authors).toEqual(reports.map((r) => r.meta.agency));
      expect(new Set(authors).size).toBe(reports.length);
      expect(browserPid(renderer)).not.toBe(killed);
    } finally {
      await renderer.close();
    }
  }, 180_000);

  it("cuts off a hung job with PDF_TIMEOUT, replaces the hung browser, and goes on", async () => {
    const renderer = await createPdfRenderer({ concurrency: 1 });
    try {
      const [first, second] = batch(2) as [Report, Report];
      const hung = browserPid(renderer);
      process.kill(hung, "SIGSTOP");
      const started = Date.now();
      const error = await renderer.render(first, { timeoutMs: 3_000 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isPdfError(error) && error.code).toBe("PDF_TIMEOUT");
      expect(String((error as Error).message)).toMatch(/超时[\s\S]*timed out/);
      expect(Date.now() - started).toBeLessThan(20_000);
      const pdf = await renderer.render(second);
      expect(pdfInfo(pdf).Author).toBe(second.meta.agency);
      expect(browserPid(renderer)).not.toBe(hung);
      if (alive(hung)) process.kill(hung, "SIGKILL");
    } finally {
      await renderer.close();
    }
  }, 120_000);

  it("after close(), started documents finish and new ones are refused", async () => {
    const renderer = await createPdfRenderer({ concurrency: 1 });
    const [a, b, c] = batch(3) as [Report, Report, Report];
    const started = renderer.render(a);
    const queued = renderer.render(b);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = renderer.close();
    const settled = await Promise.allSettled([started, queued]);
    await closing;
    expect(settled[0].status).toBe("fulfilled");
    expect(settled[1].status === "rejected" && settled[1].reason.code).toBe("PDF_RENDERER_CLOSED");
    await expect(renderer.render(c)).rejects.toMatchObject({ code: "PDF_RENDERER_CLOSED" });
    expect(renderer.browser).toBeUndefined();
  });

  it("rejects options that make no sense with a bilingual error", async () => {
    await expect(createPdfRenderer({ concurrency: 0 })).rejects.toMatchObject({
      code: "PDF_RENDER_FAILED",
      message: expect.stringMatching(/concurrency/),
    });
  });
});
