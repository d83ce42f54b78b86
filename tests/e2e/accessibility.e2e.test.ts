/** axe-core at 390 and 1280 px, light and dark: the chat, an answer with sources, the source panel and the article view have no serious or critical violations. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticlePage } from "./pages/ArticlePage";
import { ChatPage } from "./pages/ChatPage";
import { SourcePanel } from "./pages/SourcePanel";
import { seriousViolations } from "./support/axe";
import { launchBrowser, openPage } from "./support/browser";
import { baseUrl } from "./support/helpers";

describe("accessibility (axe-core)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [width, colorScheme] of [
    [390, "light"],
    [390, "dark"],
    [1280, "light"],
    [1280, "dark"],
  ] as const) {
    it(`chat, answer, panel and article at ${width}px ${colorScheme}: no serious or critical violations`, async () => {
      const { page, problems, context } = await openPage(browser, { width, height: width < 600 ? 844 : 900, colorScheme });
      const chat = new ChatPage(page, baseUrl());
      const found: Record<string, unknown> = {};

      await chat.goto();
      await chat.selectProfile("offline");
      await chat.timeline.locator("li").first().waitFor();
      found.chat = await seriousViolations(page);

      await chat.ask("What was discussed in round 2?");
      const answer = await chat.waitForAnswer();
      await chat.sourceCards(answer).first().waitFor();
      found.answer = await seriousViolations(page);

      const marker = chat.citationLinks(answer).first();
      await marker.hover();
      await chat.preview((await marker.getAttribute("data-citation"))!).waitFor();
      found.preview = await seriousViolations(page);

      await marker.click();
      await new SourcePanel(page).marks.first().waitFor();
      found.panel = await seriousViolations(page);

      await page.goto(new URL((await marker.getAttribute("href"))!, baseUrl()).href);
      const article = new ArticlePage(page, baseUrl());
      await article.marks.first().waitFor();
      found.article = await seriousViolations(page);

      expect(found).toEqual({ chat: [], answer: [], preview: [], panel: [], article: [] });
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
