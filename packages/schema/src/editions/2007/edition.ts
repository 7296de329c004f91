import { L } from "../../grid/label.js";
import { defineEdition } from "../registry.js";
import { grid2007 } from "./grid.js";
import { identities2007 } from "./identities.js";
import { report2007Schema } from "./model.js";

export const edition2007 = defineEdition({
  id: "2007",
  name: grid2007.name,
  source: grid2007.source,
  sourceTitle:
    "中华人民共和国政府信息公开条例（2007年）；统计表：国务院办公厅关于加强和规范政府信息公开情况统计报送工作的通知（国办发〔2014〕32号）",
  years: { from: 2008, to: 2018 },
  jsonSchemaId: "urn:zfxxgk:schema:report:2007",
  grid: grid2007,
  schema: report2007Schema,
  identities: identities2007,
  tableNumbers: { S: L("附表", "附表", "Appendix table") },
  vocabulary: { overviewAspects: [] },
  blank: { body: [] },
  publishBy: { department: "03-31", government: "03-31" },
  processingFee: false,
});
