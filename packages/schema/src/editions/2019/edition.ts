import { L } from "../../grid/label.js";
import { claimWords } from "../2021/claim-words.js";
import { overviewAspects2021 } from "../2021/grid.js";
import { defineEdition } from "../registry.js";
import { grid2019 } from "./grid.js";
import { identities2019 } from "./identities.js";
import { report2019Schema } from "./model.js";

export const edition2019 = defineEdition({
  id: "2019",
  name: grid2019.name,
  source: grid2019.source,
  sourceTitle: "国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知",
  years: { from: 2019, to: 2020 },
  jsonSchemaId: "urn:zfxxgk:schema:report:2019",
  grid: grid2019,
  schema: report2019Schema,
  identities: identities2019,
  tableNumbers: {
    T2: L("表二", "表二", "Table 2"),
    T3: L("表三", "表三", "Table 3"),
    T4: L("表四", "表四", "Table 4"),
  },
  // Local notices already asked 2020 reports to cover the same five aspects (format.md §2.2).
  vocabulary: { overviewAspects: overviewAspects2021, claims: claimWords(["T3.O.TOT"]) },
  perCoIssuer: ["regulations", "normativeDocs"].flatMap((row) =>
    ["made", "published", "total"].map((column) => `T2.${row}.${column}`),
  ),
  processingFee: false,
});
