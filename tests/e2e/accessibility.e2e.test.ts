/** axe-core at 390 and 1280 px, light and dark: the chat, an answer with sources, the source panel and the article view have no serious or critical violations. */
import { describe, expect, it } from "vitest";
import { ArticlePage } from "./pages/ArticlePage";
import { ChatPage } from "./pages/ChatPage";
import { SourcePanel } from "./pages/SourcePanel";
import { seriousViolations } from "./support/axe";
import { sharedBrowser, VIEWS } from "./support/browser";
import { baseUrl } from "./support/helpers";

describe("accessibility (axe-core)", () => {
  const browser = sharedBrowser();

  for (const view of VIEWS) {
    it(`chat, answer, panel and article at ${view.width}px ${view.colorScheme}: no serious or critical violations`, async () => {
      const { page, problems, context, chat } = await ChatPage.open(browser(), { ...view, profile: "offline" });
      const found: Record<string, unknown> = {};

      await chat.timeline.locator("li").first().waitFor();
      found.chat = await seriousViolations(page);

      const answer = await chat.askAndWait("What was discussed in round 2?");
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
