/** Offline profile: a suggested question gets a streamed, cited answer whose citations open the highlighted span. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticlePage } from "./pages/ArticlePage";
import { ChatPage } from "./pages/ChatPage";
import { launchBrowser, openPage } from "./support/browser";
import { baseUrl, squash } from "./support/helpers";

describe("offline answers with citations", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("answers 'What was discussed in round 2?' with [n] citations that open the cited span", async () => {
    const { page, problems, context } = await openPage(browser);
    const chat = new ChatPage(page, baseUrl());
    await chat.goto();
    await chat.selectProfile("offline");

    // The first screen offers the question; clicking it asks it.
    await chat.suggestion("What was discussed in round 2?").click();
    await expect.poll(() => chat.userMessages.count()).toBe(1);
    const answer = await chat.waitForAnswer();

    const text = await chat.answerText(answer);
    expect(text.length).toBeGreaterThan(20);
    expect(await chat.modelLabel(answer).innerText()).not.toBe("");
    const markers = chat.citationButtons(answer);
    expect(await markers.count()).toBeGreaterThan(0);
    expect(await chat.sourceCards(answer).count()).toBeGreaterThan(0);
    // Every marker is a button, never a link.
    expect(await answer.locator(".answer-md a[href*='/documents/']").count()).toBe(0);

    const n = await markers.first().getAttribute("data-citation");
    expect(await markers.first().getAttribute("aria-label")).toMatch(new RegExp(`^Source ${n}: `));
    await markers.first().click();

    const article = new ArticlePage(page, baseUrl());
    await article.waitForArticle();
    const { id, start, end } = article.location();
    expect(start).not.toBeNull();
    expect(end).not.toBeNull();
    await article.marks.first().waitFor();

    const doc = await article.fetchDocument(id);
    const cited = doc.body.slice(start!, end!);
    expect(cited.trim().length).toBeGreaterThan(0);
    expect(squash(await article.markedText())).toBe(squash(cited));
    expect(await article.title.innerText()).toBe(doc.title);
    expect(await article.markInView()).toBe(true);

    // The article view is its own URL: opening it afresh shows the same highlight.
    const fresh = await context.newPage();
    await fresh.goto(page.url());
    const again = new ArticlePage(fresh, baseUrl());
    await again.marks.first().waitFor();
    expect(squash(await again.markedText())).toBe(squash(cited));

    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows a timeline of the corpus whose entries open the article view", async () => {
    const { page, problems, context } = await openPage(browser);
    const chat = new ChatPage(page, baseUrl());
    await chat.goto();
    await chat.suggestion("Vòng đàm phán thứ hai diễn ra khi nào?").waitFor();
    await chat.timelineLinks.first().waitFor();
    const count = await chat.timelineLinks.count();
    const res = await page.request.get(`${baseUrl()}/api/documents`);
    const { documents } = (await res.json()) as { documents: Array<{ title: string }> };
    expect(count).toBe(documents.length);

    const title = (await chat.timelineLinks.first().innerText()).trim();
    await chat.timelineLinks.first().click();
    const article = new ArticlePage(page, baseUrl());
    await article.waitForArticle();
    expect((await article.title.innerText()).trim()).toBe(title);
    expect(await article.marks.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
