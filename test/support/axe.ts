import axe from "axe-core";
import type { Page } from "puppeteer-core";

/** An axe-core violation, cut to what a failing assertion should show. */
export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  nodes: string[];
}

/** Runs axe-core on the page as it stands and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
}

/** Only the violations axe rates serious or critical. */
export const serious = (found: AxeFinding[]) =>
  found.filter((v) => v.impact === "serious" || v.impact === "critical");
