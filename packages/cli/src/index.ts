export { CliError, EXIT } from "./errors.js";
export { buildProgram, main } from "./program.js";
