/** Composer keys, keyboard-only use with visible focus, Copy with references, and Regenerate. */
import { describe, expect, it } from "vitest";
import { ChatPage } from "./pages/ChatPage";
import { SourcePanel } from "./pages/SourcePanel";
import { sharedBrowser } from "./support/browser";
import { baseUrl, fakeControl } from "./support/helpers";

describe("chat controls", () => {
  const browser = sharedBrowser();

  it("Shift+Enter adds a line, Enter sends; the whole flow works from the keyboard with visible focus", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser(), { profile: "offline" });

    // The first Tab reaches the skip link, which leads to the question box.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the question box");
    await page.keyboard.press("Enter");
    await page.keyboard.type("What was discussed");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("in round 2?");
    expect(await chat.composer.inputValue()).toBe("What was discussed\nin round 2?");
    expect(await chat.userMessages.count()).toBe(0);
    await page.keyboard.press("Enter");
    await chat.waitForAnswer();
    expect(await chat.userMessages.first().innerText()).toBe("What was discussed\nin round 2?");
    expect(await chat.composer.inputValue()).toBe("");

    // Walk back with Shift+Tab to a citation marker; it shows a focus ring and Enter opens the article.
    let onMarker = false;
    for (let i = 0; i < 60 && !onMarker; i++) {
      await page.keyboard.press("Shift+Tab");
      onMarker = await page.evaluate(() => document.activeElement?.hasAttribute("data-citation") ?? false);
    }
    expect(onMarker).toBe(true);
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThan(0);
    // Focus shows the preview; Enter opens the source panel with the span highlighted, Escape closes it
    // and gives focus back to the marker.
    const n = await page.evaluate(() => document.activeElement?.getAttribute("data-citation"));
    await chat.preview(n!).waitFor();
    await page.keyboard.press("Enter");
    const panel = new SourcePanel(page);
    await panel.marks.first().waitFor();
    await page.keyboard.press("Escape");
    await panel.root.waitFor({ state: "detached" });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-citation"))).toBe(n);

    expect(problems).toEqual([]);
    await context.close();
  });

  it("Copy puts the answer and a numbered reference list on the clipboard", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser(), { profile: "offline" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    const answer = await chat.askAndWait("What was discussed in round 2?");
    const firstTitle = (await answer.locator("[data-source-title]").first().innerText()).trim();

    await answer.getByRole("button", { name: "Copy the answer with its references" }).click();
    await answer.getByText("Copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [body, references] = copied.split("\n\nReferences:\n");
    expect(body?.length).toBeGreaterThan(20);
    expect(references).toMatch(/^\[\d+\] /);
    expect(references).toContain(firstTitle);
    expect(references).toMatch(/“.+”/);

    expect(problems).toEqual([]);
    await context.close();
  });

  it("Regenerate asks again and replaces the answer", async () => {
    const fake = fakeControl();
    await fake.start();
    await fake.reset({ reply: "Câu trả lời đầu tiên về thuế quan [1].", intervalMs: 5 });
    const { problems, context, chat } = await ChatPage.open(browser(), { profile: "local" });
    await chat.askAndWait("What was discussed in round 2?");
    expect(await chat.answerText()).toContain("Câu trả lời đầu tiên");

    // The finished answer's actions are in view, above the composer rather than behind it.
    const regenerate = chat.lastAnswer.getByRole("button", { name: "Ask the same question again" });
    await expect
      .poll(() =>
        regenerate.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !!hit && el.contains(hit);
        }),
      )
      .toBe(true);
    await fake.configure({ reply: "Câu trả lời thứ hai về tiếp cận thị trường [1]." });
    await chat.lastAnswer.getByRole("button", { name: "Ask the same question again" }).click();
    await expect.poll(() => chat.answerText(), { timeout: 60_000 }).toContain("Câu trả lời thứ hai");
    await chat.waitForAnswer();
    expect(await chat.answers.count()).toBe(1);
    expect(await chat.userMessages.count()).toBe(1);
    const chats = (await fake.state()).requests.filter((r) => r.path.endsWith("/chat/completions"));
    expect(chats.length).toBeGreaterThanOrEqual(2);

    await fake.reset();
    expect(problems).toEqual([]);
    await context.close();
  });
});
