/** Local profile against the fake OpenAI-compatible server: streaming, Stop, model label, linked citations. */
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { ArticlePage } from "./pages/ArticlePage";
import { SourcePanel } from "./pages/SourcePanel";
import { ChatPage } from "./pages/ChatPage";
import { sharedBrowser } from "./support/browser";
import { baseUrl, fakeControl, squash } from "./support/helpers";

const REPLY =
  "Trong vòng đàm phán thứ hai, hai bên thảo luận về thuế quan và tiếp cận thị trường [1]. " +
  "Các nhóm kỹ thuật cũng trao đổi về quy tắc xuất xứ và hàng rào phi thuế quan [1].";

describe("local model endpoint", () => {
  const browser = sharedBrowser();
  const fake = fakeControl();
  beforeEach(async () => {
    await fake.start();
    await fake.reset({ reply: REPLY, chunkChars: 6, intervalMs: 40 });
  });
  afterAll(async () => {
    await fake.reset();
  });

  it("shows the endpoint healthy, streams the model's answer with its name and linked citations", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser(), { profile: "local" });
    await expect.poll(() => chat.profileHealth.innerText(), { timeout: 30_000 }).toMatch(/reachable · model present/);

    await chat.ask("What was discussed in round 2?");
    // While the answer streams, a Stop button replaces Send.
    await chat.stopButton.waitFor({ state: "visible" });
    const answer = await chat.waitForAnswer();
    await chat.sendButton.waitFor({ state: "visible" });

    expect(await chat.modelLabel(answer).innerText()).toContain(inject("fakeModel"));
    expect(await chat.failureAlert(answer).count()).toBe(0);
    const text = await chat.answerText(answer);
    expect(text).toContain("thuế quan");

    // The model's [1] is a button leading to passage 1's span.
    const marker = chat.citationLinks(answer).filter({ hasText: "1" }).first();
    await marker.waitFor();
    expect(await chat.sourceCards(answer).count()).toBeGreaterThan(0);

    const state = await fake.state();
    const chats = state.requests.filter((r) => r.path.endsWith("/chat/completions"));
    expect(chats.length).toBeGreaterThan(0);
    expect(JSON.stringify(chats[0]?.body?.messages)).toContain("What was discussed in round 2?");

    await marker.click();
    const panel = new SourcePanel(page);
    await panel.marks.first().waitFor();
    const cited = await new ArticlePage(page, baseUrl()).cited((await marker.getAttribute("href"))!);
    expect(squash(await panel.markedText())).toBe(squash(cited.text));

    expect(problems).toEqual([]);
    await context.close();
  });

  it("Stop ends the answer in the page and cancels the request to the model", async () => {
    await fake.reset({ reply: REPLY.repeat(4), chunkChars: 4, intervalMs: 250 });
    const { problems, context, chat } = await ChatPage.open(browser(), { profile: "local" });

    await chat.ask("What was discussed in round 2?");
    await chat.waitForStreamed(10);
    await chat.stopButton.click();
    await chat.sendButton.waitFor({ state: "visible" });

    const stoppedText = await chat.answerText();
    expect(stoppedText.length).toBeLessThan(REPLY.repeat(4).length);
    await expect
      .poll(async () => (await fake.state()).requests.some((r) => r.path.endsWith("/chat/completions") && r.aborted), {
        timeout: 15_000,
      })
      .toBe(true);
    // Nothing more arrives after Stop.
    expect(await chat.answerText()).toBe(stoppedText);
    expect(problems).toEqual([]);
    await context.close();
  });
});
