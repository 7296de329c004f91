import { createServer, type Server } from "./app.js";
import type { ServerOptions } from "./config.js";

export interface ServeOptions extends ServerOptions {
  /** Close gracefully on SIGTERM and SIGINT (default true). */
  readonly handleSignals?: boolean;
}

/**
 * Starts the service and keeps it running; on SIGTERM or SIGINT it stops taking requests, finishes the
 * ones in flight, ends the browser and resolves `stopped`.
 */
export async function serve(
  options: ServeOptions = {},
): Promise<{ server: Server; url: string; stopped: Promise<void> }> {
  const server = await createServer(options);
  const url = await server.listen();
  const stopped = new Promise<void>((resolve, reject) => {
    if (options.handleSignals === false) {
      server.app.addHook("onClose", async () => resolve());
      return;
    }
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      server.app.log.info({ signal }, "shutting down: finishing requests in flight");
      server.close().then(resolve, reject);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
  return { server, url, stopped };
}
