#!/usr/bin/env node
import { both } from "./messages.js";
import { main } from "./program.js";

main(process.argv).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `zfxxgk: ${both("internalError")}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
