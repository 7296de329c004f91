import { L } from "../../grid/label.js";
import { defineEdition } from "../registry.js";
import { claimWords2021 } from "./claim-words.js";
import { from2019 } from "./from-2019.js";
import { grid2021, overviewAspects2021 } from "./grid.js";
import { identities2021 } from "./identities.js";
import { report2021Schema } from "./model.js";

export const edition2021 = defineEdition({
  id: "2021",
  name: grid2021.name,
  source: grid2021.source,
  sourceTitle:
    "国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知",
  years: { from: 2021 },
  jsonSchemaId: "urn:zfxxgk:schema:report:2021",
  grid: grid2021,
  schema: report2021Schema,
  identities: identities2021,
  tableNumbers: {
    T2: L("表二", "表二", "Table 2"),
    T3: L("表三", "表三", "Table 3"),
    T4: L("表四", "表四", "Table 4"),
  },
  vocabulary: { overviewAspects: overviewAspects2021, claims: claimWords2021 },
  crosswalk: from2019,
  perCoIssuer: ["regulations", "normativeDocs"].flatMap((row) =>
    ["issued", "repealed", "inForce"].map((column) => `T2.${row}.${column}`),
  ),
  processingFee: true,
});
