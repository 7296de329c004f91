import { publishedMessages } from "@zfxxgk/docx";
import { renderMessage, schemaMessages } from "@zfxxgk/schema";
import type { ProblemTitles, Role, ServerErrorMessages } from "./types.js";

// The English wording of the problems the service answers with and of its configuration errors.

const L = "en";

const role = (r: Role) =>
  r.kind === "request"
    ? "the request"
    : r.kind === "previous"
      ? "last year's report"
      : `report ${r.index + 1} (${r.label})`;

export const errors = {
  notJson: ({ detail }) => `the request body is not valid JSON (${detail})`,
  emptyBody: () => "the request body is empty; send a report",
  unauthorized: () => "missing or invalid API key; send it as Authorization: Bearer <key>",
  notFound: ({ method, path }) => `no route ${method} ${path}; see /docs`,
  notTheApi: ({ detail }) =>
    `the request does not match the API description (see /docs): ${detail}`,
  bodyTooLarge: ({ limit }) => `the request body is over the limit of ${limit} bytes`,
  unsupportedMediaType: () =>
    "unsupported content type; use application/json, text/plain, text/html or a Word document (.docx)",
  badRequest: ({ code }) => `bad request (${code})`,
  internalError: () => "internal error; it has been logged",
  pdfDisabled: () => "PDFs are disabled on this service (ZFXXGK_PDF=off)",
  notADocument: () =>
    'the body must be a published report as text or HTML, or { "text": … } / { "html": … }',
  unknownEdition: ({ edition, supported }) =>
    `unknown edition ${JSON.stringify(edition)}; supported: ${supported.join(", ")}`,
  inputUnknownEdition: ({ role: r, edition, supported }) =>
    `${role(r)} has unknown edition ${JSON.stringify(edition)}; supported: ${supported.join(", ")}`,
  invalidReport: ({ first, more }) =>
    `the report in the request is not a valid report: ${first ? renderMessage(first, L, schemaMessages) : ""}${more ? ` (and ${more} more; see POST /v1/validate)` : ""}`,
  incompleteReport: ({ missing }) =>
    `the report read from the document in the request is incomplete: ${missing.map((d) => `${renderMessage(d, L, publishedMessages)} (${d.code} at ${d.path})`).join("; ")}; nothing is made from it: get its JSON from POST /v1/parse, complete it and send that`,
  unparsable: ({ role: r, first }) =>
    `no annual report could be read from ${role(r)}${first ? `: ${renderMessage(first, L, publishedMessages)}` : ""}`,
  rollupUnknownEdition: ({ edition }) =>
    `unknown edition ${JSON.stringify(edition)} for the aggregate`,
  pdfBusy: ({ accepted, seconds }) =>
    `the PDF queue is full (${accepted} documents printing or waiting); retry in ${seconds} s`,
  shuttingDown: () => "the service is shutting down; use another instance or retry later",
  envNotInteger: ({ name, min, raw }) =>
    `${name} must be a whole number of at least ${min}, got ${raw}`,
  apiKeyFile: ({ file, code }) => `cannot read the API key file ${file} (${code})`,
  pdfStart: ({ reason }) => `${reason[L]} (set ZFXXGK_PDF=off to run without PDFs)`,
} satisfies ServerErrorMessages;

export const titles = {
  "bad-request": "Bad request",
  "not-json": "Body is not valid JSON",
  unauthorized: "API key required",
  "not-found": "Not found",
  "unknown-edition": "Unknown edition",
  "body-too-large": "Body too large",
  "unsupported-media-type": "Unsupported media type",
  "bad-encoding": "Text encoding not recognised",
  unparsable: "No report found",
  "invalid-report": "Invalid report",
  "input-unknown-edition": "Unknown edition",
  "docx-failed": "Word document could not be made",
  "internal-error": "Internal error",
  "pdf-failed": "PDF generation failed",
  "pdf-disabled": "PDFs are disabled",
  "pdf-busy": "PDF queue full",
  "shutting-down": "Shutting down",
  timeout: "Timed out",
} satisfies ProblemTitles;
