/** Conversations survive a reload; the UI follows the browser language and the visible language switch. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatPage } from "./pages/ChatPage";
import { launchBrowser, openPage } from "./support/browser";
import { baseUrl } from "./support/helpers";

describe("persistence and language", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps the conversation across a reload, and New chat starts an empty one", async () => {
    const { page, problems, context } = await openPage(browser);
    const chat = new ChatPage(page, baseUrl());
    await chat.goto();
    await chat.selectProfile("offline");
    await chat.ask("Vòng đàm phán thứ hai diễn ra khi nào?");
    await chat.waitForAnswer();
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
    const { page, problems, context } = await openPage(browser, { locale: "en-US" });
    const chat = new ChatPage(page, baseUrl());
    await chat.goto();
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
    const { page, problems, context } = await openPage(browser, { locale: "vi-VN" });
    const chat = new ChatPage(page, baseUrl());
    await chat.goto();
    await page.getByRole("heading", { name: "Câu hỏi gợi ý" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    expect(problems).toEqual([]);
    await context.close();
  });
});
