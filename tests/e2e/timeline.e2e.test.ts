/** A timeline question, offline: the answer is a dated list, one line per event in date order, each line cited. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChatPage } from "./pages/ChatPage";
import { sharedBrowser } from "./support/browser";
import { SCREENSHOT_DIR } from "./support/env";

/** "10/11/2025" or "12/11–14/11/2025" at the start of a line's label, as a sortable YYYY-MM-DD. */
function labelDate(line: string): string | null {
  const m = /—\s*(\d{1,2})\/(\d{1,2})(?:–\d{1,2}\/\d{1,2})?\/(\d{4})/.exec(line);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : null;
}

describe("timeline answers", () => {
  const browser = sharedBrowser();

  it("answers 'summarise the talks in order' as a dated list whose every line cites its report", async () => {
    const { page, chat } = await ChatPage.open(browser(), { profile: "offline" });
    const answer = await chat.askAndWait("Tóm tắt diễn biến đàm phán theo thứ tự thời gian");

    const items = answer.locator(".answer-md li");
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(3);
    const lines = await items.allInnerTexts();
    const dates = lines.map(labelDate);
    expect(dates.every((d) => d !== null)).toBe(true);
    expect(dates).toEqual([...dates].sort());
    for (let i = 0; i < count; i++) {
      const links = items.nth(i).locator("a[data-citation]");
      expect(await links.count()).toBeGreaterThan(0);
      // Reading order: line i cites [i + 1].
      expect(await links.first().getAttribute("data-citation")).toBe(String(i + 1));
    }
    expect(lines.join("\n")).toContain("Phiên đàm phán cấp Bộ trưởng lần thứ 8");
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "timeline-answer-1280.png"), fullPage: true });
  });
});
