/** Offline profile: a suggested question gets a streamed, cited answer whose citations open the highlighted span. */
import { describe, expect, it } from "vitest";
import { ArticlePage } from "./pages/ArticlePage";
import { SourcePanel } from "./pages/SourcePanel";
import { ChatPage } from "./pages/ChatPage";
import { openPage, sharedBrowser } from "./support/browser";
import { baseUrl, squash } from "./support/helpers";

describe("offline answers with citations", () => {
  const browser = sharedBrowser();

  it("answers 'What was discussed in round 2?' with [n] citations that open the cited span", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser(), { profile: "offline" });

    // The first screen offers the question; clicking it asks it.
    await chat.suggestion("What was discussed in round 2?").click();
    await expect.poll(() => chat.userMessages.count()).toBe(1);
    const answer = await chat.waitForAnswer();

    const text = await chat.answerText(answer);
    expect(text.length).toBeGreaterThan(20);
    expect(await chat.modelLabel(answer).innerText()).not.toBe("");
    const markers = chat.citationLinks(answer);
    expect(await markers.count()).toBeGreaterThan(0);
    expect(await chat.sourceCards(answer).count()).toBeGreaterThan(0);
    // Every link into the corpus in the answer text is a citation marker.
    const corpusLinks = answer.locator(".answer-md a[href*='/documents/']");
    expect(await corpusLinks.count()).toBe(await markers.count());

    const first = markers.first();
    const n = await first.getAttribute("data-citation");
    expect(await first.getAttribute("aria-label")).toMatch(new RegExp(`^Source ${n}: `));
    const href = new URL((await first.getAttribute("href"))!, baseUrl());
    const { doc, text: cited } = await new ArticlePage(page, baseUrl()).cited(href.href);
    expect(cited.trim().length).toBeGreaterThan(0);

    // Hover: a preview with the quoted sentence and the outlet.
    await first.hover();
    const preview = chat.preview(n!);
    await preview.waitFor();
    expect(squash(await preview.innerText())).toContain(squash(cited).slice(0, 40));
    if (doc.source) expect(await preview.innerText()).toContain(doc.source);

    // Click: the article opens in the side panel, the chat stays, the span is highlighted and in view.
    await first.click();
    const panel = new SourcePanel(page);
    await panel.marks.first().waitFor();
    expect(page.url()).toBe(`${baseUrl()}/`);
    expect(squash(await panel.markedText())).toBe(squash(cited));
    await expect.poll(() => panel.markInView()).toBe(true);
    expect(await chat.lastAnswer.isVisible()).toBe(true);

    // The marker is a real link: opened in a new tab it is the full-page view with the same highlight.
    const fresh = await context.newPage();
    await fresh.goto(href.href);
    const again = new ArticlePage(fresh, baseUrl());
    await again.marks.first().waitFor();
    expect(squash(await again.markedText())).toBe(squash(cited));
    expect(await again.title.innerText()).toBe(doc.title);
    expect(await again.markInView()).toBe(true);

    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the archive's events on a timeline, each with its reports and a question to ask", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser(), { profile: "offline" });
    const res = await page.request.get(`${baseUrl()}/api/events`);
    const { events } = (await res.json()) as {
      events: Array<{ id: string; label: string; labelEn?: string; reports: Array<{ docId: string; title: string }> }>;
    };
    expect(events.length).toBeGreaterThan(0);
    const cards = page.locator("[data-timeline] [data-event]");
    await cards.first().waitFor();
    expect(await cards.count()).toBe(events.length);

    // Each event lists its reports, which open the article view.
    const first = events[0]!;
    const card = page.locator(`[data-event="${first.id}"]`);
    expect(await card.locator("[data-event-label]").innerText()).toBe(first.labelEn ?? first.label);
    await card.locator("summary").click();
    expect(await card.locator("[data-event-report]").count()).toBe(first.reports.length);

    // "Ask about it" asks a question naming the event.
    await card.locator("button[data-ask-event]").click();
    await expect.poll(() => chat.userMessages.count()).toBe(1);
    expect(await chat.userMessages.first().innerText()).toContain(first.labelEn ?? first.label);
    await chat.waitForAnswer();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("falls back to the articles by date when the server has no events, and they open the article view", async () => {
    const { page, problems, context } = await openPage(browser());
    await page.route("**/api/events", (route) =>
      route.fulfill({ status: 404, contentType: "application/json", body: '{"error":{"code":"not_found","message":"no"}}' }),
    );
    const chat = new ChatPage(page, baseUrl());
    await chat.goto();
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
    // The 404 of the intercepted /api/events is the only console error, and it is expected.
    expect(problems.filter((p) => !p.includes("404"))).toEqual([]);
    await context.close();
  });
});
