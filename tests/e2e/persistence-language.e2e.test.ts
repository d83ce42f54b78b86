/** Conversations survive a reload; the UI follows the browser language and the visible language switch. */
import { describe, expect, it } from "vitest";
import { ChatPage } from "./pages/ChatPage";
import { sharedBrowser } from "./support/browser";

describe("persistence and language", () => {
  const browser = sharedBrowser();

  it("keeps the conversation across a reload, and New chat starts an empty one", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser(), { profile: "offline" });
    await chat.askAndWait("Vòng đàm phán thứ hai diễn ra khi nào?");
    const before = await chat.answerText();
    const markersBefore = await chat.citationLinks().count();

    await page.reload();
    await chat.userMessages.first().waitFor();
    expect(await chat.userMessages.first().innerText()).toBe("Vòng đàm phán thứ hai diễn ra khi nào?");
    expect(await chat.answerText()).toBe(before);
    expect(await chat.citationLinks().count()).toBe(markersBefore);

    await chat.newChatButton.click();
    await chat.welcome.waitFor();
    expect(await chat.userMessages.count()).toBe(0);

    // The earlier conversation is listed and can be reopened.
    const saved = page.getByRole("button", { name: "Vòng đàm phán thứ hai diễn ra khi nào?" }).first();
    if (!(await saved.isVisible())) await page.getByRole("button", { name: "Conversations" }).click();
    await saved.click();
    await chat.userMessages.first().waitFor();
    expect(await chat.answerText()).toBe(before);

    expect(problems).toEqual([]);
    await context.close();
  });

  it("switches the UI between English and Vietnamese and remembers the choice", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser(), { locale: "en-US" });
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("heading", { name: "Suggested questions" }).waitFor();
    expect(await chat.composer.getAttribute("placeholder")).toBe("Ask about the trade talks…");

    await chat.languageToggle.click();
    await page.getByRole("heading", { name: "Câu hỏi gợi ý" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    expect(await chat.composer.getAttribute("placeholder")).toBe("Hỏi về đàm phán thương mại…");
    expect(await chat.newChatButton.textContent()).toContain("Cuộc trò chuyện mới");
    // Suggested questions stay in both languages.
    await chat.suggestion("What was discussed in round 2?").waitFor();

    await page.reload();
    await page.getByRole("heading", { name: "Câu hỏi gợi ý" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");

    await chat.languageToggle.click();
    await page.getByRole("heading", { name: "Suggested questions" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("follows a Vietnamese browser language when no choice was made", async () => {
    const { page, problems, context } = await ChatPage.open(browser(), { locale: "vi-VN" });
    await page.getByRole("heading", { name: "Câu hỏi gợi ý" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    expect(problems).toEqual([]);
    await context.close();
  });
});
