export { createServer, DEFAULTS, type Server } from "./app.js";
export { ConfigError, ENVIRONMENT, optionsFromEnv, type ServerOptions } from "./config.js";
export type { Role, ServerErrorMessages } from "./messages/types.js";
export { openApiDocument } from "./openapi.js";
export { PdfService, type PdfServiceOptions, type PdfStatus } from "./pdf-service.js";
export {
  PROBLEMS,
  type Problem,
  type ProblemCode,
  ProblemError,
  problemTitles,
  serverErrorMessages,
} from "./problem.js";
export { ROUTES, type RouteSpec } from "./routes.js";
export { type ServeOptions, serve } from "./serve.js";
