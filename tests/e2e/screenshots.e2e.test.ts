/**
 * Screenshots at phone and desktop widths of the first screen, a cited answer, the source panel and
 * the article view, each checked for what it shows: what a reader looks for is on screen and drawn
 * on top (no sticky bar or sheet over it), and nothing scrolls sideways.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
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

interface Seen {
  /** Some of it is inside the viewport, with a size, not hidden or transparent. */
  shown: boolean;
  /** All of it is inside the viewport. */
  whole: boolean;
  /** At the middle of its first line box on screen, it is what is drawn (not something over it). */
  onTop: boolean;
  text: string;
}

/** What a screenshot of the viewport shows of the element. */
function seen(locator: Locator): Promise<Seen> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const box = [...el.getClientRects()].find((b) => b.bottom > 0 && b.top < innerHeight && b.width > 0) ?? r;
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, innerWidth);
    const shown = r.width > 0 && r.height > 0 && bottom > top && right > left && style.visibility !== "hidden" && Number(style.opacity) > 0;
    const hit = shown ? document.elementFromPoint((left + right) / 2, (top + bottom) / 2) : null;
    return {
      shown,
      whole: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
      onTop: !!hit && (hit === el || el.contains(hit)),
      text: (el as HTMLElement).innerText.trim().slice(0, 200),
    };
  });
}

/** The element is in the screenshot for a reader: on screen, nothing over it, and (`whole`) not cut at an edge. */
async function expectSeen(locator: Locator, what: string, whole: boolean): Promise<Seen> {
  const view = await seen(locator);
  expect({ shown: view.shown, onTop: view.onTop, ...(whole ? { whole: view.whole } : {}) }, what).toEqual({
    shown: true,
    onTop: true,
    ...(whole ? { whole: true } : {}),
  });
  return view;
}

async function shot(page: Page, name: string, fullPage: boolean): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
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
      await expectSeen(chat.composer, "the question box", true);
      await expectSeen(chat.sendButton, "the send button", true);
      expect((await expectSeen(chat.timeline.locator("li").first(), "the timeline's first entry", false)).text).not.toBe("");
      await shot(page, `first-screen-${suffix}`, false);

      await chat.suggestion("What was discussed in round 2?").click();
      const answer = await chat.waitForAnswer();
      await chat.sourceCards(answer).first().waitFor();
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
      await answer.evaluate((el) => el.scrollIntoView({ block: "start" }));
      const marker = chat.citationLinks(answer).first();
      const opening = await expectSeen(answer.locator(".answer-md > *").first(), "the answer's first paragraph", false);
      expect(opening.text.length).toBeGreaterThan(20);
      expect((await expectSeen(marker, "the answer's first citation marker", true)).text).toMatch(/^\[?\d+\]?$/);
      await shot(page, `answer-${suffix}`, false);

      // The marker opens the source panel (a bottom sheet on phones) at the cited words; its link is the full-page view.
      await marker.click();
      const panel = new SourcePanel(page);
      await panel.marks.first().waitFor();
      expect((await expectSeen(panel.marks.first(), "the cited words in the source panel", false)).text).not.toBe("");
      await expectSeen(panel.close, "the panel's close button", true);
      await shot(page, `answer-panel-${suffix}`, false);
      await page.goto(new URL((await marker.getAttribute("href"))!, baseUrl()).href);
      const article = new ArticlePage(page, baseUrl());
      await article.waitForArticle();
      await article.marks.first().waitFor();
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
      expect((await expectSeen(article.marks.first(), "the cited words in the article", false)).text).not.toBe("");
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
    await expectSeen(chat.composer, "the question box", true);
    await shot(page, "first-screen-360-dark", false);
    expect(problems).toEqual([]);
    await context.close();
  });
});
