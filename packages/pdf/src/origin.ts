/**
 * The origin the page is served from. `.invalid` never resolves (RFC 2606), and every request to it
 * is answered by the renderer itself from memory or from the bundled font files.
 */
export const ASSET_ORIGIN = "https://zfxxgk.invalid";

/** The URL the report document is served at. */
export const DOCUMENT_URL = `${ASSET_ORIGIN}/report.html`;

/** Sent with the document: nothing but inline styles and the bundled fonts, no script, no frames. */
export const DOCUMENT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `font-src ${ASSET_ORIGIN}/fonts/`,
  "script-src 'none'",
  "frame-src 'none'",
  "img-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");
