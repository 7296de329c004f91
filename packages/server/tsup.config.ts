import { packageBuild } from "../../tsup.config.base.js";

export default packageBuild({
  entry: ["src/index.ts", "src/bin.ts"],
  dts: { entry: "src/index.ts" },
  clean: true,
});
