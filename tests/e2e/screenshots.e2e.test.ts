/** Screenshots at phone and desktop widths of the first screen, a cited answer and the article view; no sideways scrolling. */
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { ArticlePage } from "./pages/ArticlePage";
import { SourcePanel } from "./pages/SourcePanel";
import { ChatPage } from "./pages/ChatPage";
import { sharedBrowser, VIEWS } from "./support/browser";
import { SCREENSHOT_DIR } from "./support/env";
import { baseUrl } from "./support/helpers";

async function overflowX(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function shot(page: Page, name: string, fullPage: boolean): Promise<void> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  expect(statSync(file).size).toBeGreaterThan(5_000);
}

describe("screenshots", () => {
  const browser = sharedBrowser();
  beforeAll(() => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  for (const view of VIEWS) {
    it(`first screen with the timeline, answer, source panel and article at ${view.width}px, ${view.colorScheme}`, async () => {
      const { page, problems, context, chat } = await ChatPage.open(browser(), { ...view, profile: "offline" });
      const suffix = view.colorScheme === "dark" ? `${view.width}-dark` : `${view.width}`;
      await chat.timeline.locator("li").first().waitFor();
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
      await shot(page, `first-screen-${suffix}`, false);

      await chat.suggestion("What was discussed in round 2?").click();
      const answer = await chat.waitForAnswer();
      await chat.sourceCards(answer).first().waitFor();
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
      await answer.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await shot(page, `answer-${suffix}`, false);

      // The marker opens the source panel; its link is the full-page view.
      const marker = chat.citationLinks(answer).first();
      await marker.click();
      await new SourcePanel(page).marks.first().waitFor();
      await shot(page, `answer-panel-${suffix}`, false);
      await page.goto(new URL((await marker.getAttribute("href"))!, baseUrl()).href);
      const article = new ArticlePage(page, baseUrl());
      await article.waitForArticle();
      await article.marks.first().waitFor();
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
      await shot(page, `article-${suffix}`, false);

      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("has no sideways scrolling at 360px, in dark mode too", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser(), { width: 360, height: 740, colorScheme: "dark" });
    await chat.timeline.locator("li").first().waitFor();
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe("rgb(255, 255, 255)");
    await shot(page, "first-screen-360-dark", false);
    expect(problems).toEqual([]);
    await context.close();
  });
});
