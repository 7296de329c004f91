import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { PdfStatus } from "./pdf-service.js";

/** The service's Prometheus metrics, in a registry of its own (several servers may share a process). */
export class Metrics {
  readonly registry = new Registry();
  readonly #requests = new Counter({
    name: "zfxxgk_http_requests_total",
    help: "Requests answered, by method, route and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });
  readonly #duration = new Histogram({
    name: "zfxxgk_http_request_duration_seconds",
    help: "Time from request to response, by method and route.",
    labelNames: ["method", "route"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly #rejected = new Counter({
    name: "zfxxgk_pdf_rejected_total",
    help: "PDF requests answered 503 because the queue was full.",
    registers: [this.registry],
  });

  constructor(pdfStatus: () => PdfStatus | undefined) {
    collectDefaultMetrics({ register: this.registry, prefix: "zfxxgk_" });
    const gauge = (name: string, help: string, read: (s: PdfStatus) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const status = pdfStatus();
          this.set(status ? read(status) : 0);
        },
      });
    gauge("zfxxgk_pdf_queue_depth", "PDF requests waiting for a page.", (s) => s.queued);
    gauge("zfxxgk_pdf_printing", "PDF documents being printed now.", (s) => s.printing);
    gauge("zfxxgk_pdf_browser_up", "1 when the PDF browser is running.", (s) => (s.up ? 1 : 0));
    let restarts = 0;
    new Counter({
      name: "zfxxgk_pdf_browser_restarts_total",
      help: "Times the PDF browser was started again after it died.",
      registers: [this.registry],
      collect() {
        const now = pdfStatus()?.restarts ?? 0;
        if (now > restarts) this.inc(now - restarts);
        restarts = now;
      },
    });
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    this.#requests.inc({ method, route, status: String(status) });
    this.#duration.observe({ method, route }, seconds);
  }

  pdfRejected(): void {
    this.#rejected.inc();
  }
}
