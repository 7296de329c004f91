import type { Report2021 } from "@zfxxgk/schema";
import type { Report2021 as Report2021FromJsonSchema } from "@zfxxgk/schema/types/2021";
import { expectTypeOf, test } from "vitest";

test("the types generated from the JSON Schema match the zod-inferred type", () => {
  expectTypeOf<Report2021FromJsonSchema>().toExtend<Report2021>();
  expectTypeOf<Report2021>().toExtend<Report2021FromJsonSchema>();
  expectTypeOf<Report2021FromJsonSchema["tables"]["T3"]["O2"]["TOT"]>().toEqualTypeOf<
    Report2021["tables"]["T3"]["O2"]["TOT"]
  >();
  expectTypeOf<Report2021FromJsonSchema["tables"]["T2"]["fees"]>().toEqualTypeOf<
    Report2021["tables"]["T2"]["fees"]
  >();
});
