// What bench/published.bench.mjs takes from the corpus (bundled by esbuild at bench time).
export { loadExamples } from "../support/examples.js";
export { textCorpus } from "./build.js";
export { pdfLibReport } from "./pdf-lib-writer.js";
