/** The source panel beside the chat (bottom sheet on phones) with next/previous, the 404 article page and the question limit. */
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_CHARS } from "../../lib/limits";
import { ArticlePage } from "./pages/ArticlePage";
import { ChatPage } from "./pages/ChatPage";
import { SourcePanel } from "./pages/SourcePanel";
import { openPage, sharedBrowser } from "./support/browser";
import { baseUrl, sharedFakeModel, squash } from "./support/helpers";

/** Synthetic reply citing three passages, so the panel has somewhere to step. */
const REPLY = "Vòng hai bàn về thuế quan [1]. Hai bên trao đổi về tiếp cận thị trường [2]. Lịch vòng tiếp theo đã được nêu [3].";

describe("source panel", () => {
  const browser = sharedBrowser();
  const fake = sharedFakeModel({ reply: REPLY, chunkChars: 40, intervalMs: 5 });

  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    it(`opens the cited article at ${width}px, steps through citations and closes`, async () => {
      const { page, problems, context, chat } = await ChatPage.open(browser(), { width, height, profile: "local" });
      const answer = await chat.askAndWait("What was discussed in round 2?");
      const markers = chat.citationLinks(answer);
      expect(await markers.count()).toBe(3);

      const spans = await markers.evaluateAll((els) => els.map((a) => a.getAttribute("href")!));
      const article = new ArticlePage(page, baseUrl());
      const citedText = async (href: string) => (await article.cited(href)).text;

      await markers.nth(1).click();
      const panel = new SourcePanel(page);
      await panel.marks.first().waitFor();
      expect(await panel.position.innerText()).toBe("Citation 2 of 3");
      expect(squash(await panel.markedText())).toBe(squash(await citedText(spans[1]!)));
      await expect.poll(() => panel.markInView()).toBe(true);

      await panel.next.click();
      await expect.poll(() => panel.position.innerText()).toBe("Citation 3 of 3");
      await expect.poll(async () => squash(await panel.markedText())).toBe(squash(await citedText(spans[2]!)));
      await panel.previous.click();
      await panel.previous.click();
      await expect.poll(() => panel.position.innerText()).toBe("Citation 1 of 3");
      await expect.poll(async () => squash(await panel.markedText())).toBe(squash(await citedText(spans[0]!)));

      const box = (await panel.root.boundingBox())!;
      const chatBox = (await answer.boundingBox())!;
      if (width >= 1024) {
        // Beside the chat: the answer stays fully visible to its left.
        expect(box.x).toBeGreaterThanOrEqual(chatBox.x + chatBox.width - 1);
        expect(box.height).toBeGreaterThan(height * 0.9);
      } else {
        // A bottom sheet: full width, anchored to the bottom, leaving part of the chat visible above.
        expect(box.width).toBeGreaterThanOrEqual(width - 1);
        expect(Math.round(box.y + box.height)).toBe(height);
        expect(box.y).toBeGreaterThan(height * 0.2);
      }
      await page.screenshot({ path: `artifacts/screenshots/panel-${width}.png` });

      await panel.close.click();
      await panel.root.waitFor({ state: "detached" });
      expect(page.url()).toBe(`${baseUrl()}/`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("numbers citations in reading order while the model streams, after it finishes and after a reload, each linking to its passage", async () => {
    // Synthetic reply citing the prompt's passage 3 first, then passage 1; the trailing text keeps the stream going long enough to look at it.
    const tail = " Phần còn lại của câu trả lời vẫn đang được viết ra từng chữ một.".repeat(6);
    await fake.reset({ reply: `Vòng hai bàn về thuế quan [3]. Hai bên trao đổi về tiếp cận thị trường [1].${tail}`, chunkChars: 6, intervalMs: 40 });
    const { page, problems, context, chat } = await ChatPage.open(browser(), { profile: "local" });
    await chat.ask("Vòng đàm phán thứ hai diễn ra khi nào?");

    // Mid-stream: both markers are drawn and the answer is still streaming, in one look at the page.
    await page.waitForFunction(() => {
      const last = [...document.querySelectorAll('article[data-role="assistant"]')].at(-1);
      return last?.getAttribute("data-status") === "streaming" && last.querySelectorAll("a[data-citation]").length === 2;
    });
    const seen = await chat.lastAnswer.evaluate((el) => ({
      status: el.getAttribute("data-status"),
      markers: [...el.querySelectorAll("a[data-citation]")].map((a) => ({ text: (a as HTMLElement).innerText.trim(), href: a.getAttribute("href")! })),
    }));
    expect(seen.status).toBe("streaming");
    expect(seen.markers.map((m) => m.text)).toEqual(["1", "2"]);

    // The passages exactly as the model was shown them, by the numbers it cited.
    const streamed = (await fake.state()).requests.filter((r) => r.body?.stream === true).at(-1)!;
    const prompt = String(streamed.body!.messages!.at(-1)!.content);
    const passageText = (n: number) => squash(new RegExp(`<passage n="${n}"[^>]*>\\n([\\s\\S]*?)\\n</passage>`).exec(prompt)![1]!);
    const [modelThird, modelFirst] = [passageText(3), passageText(1)];
    expect(modelThird).not.toBe(modelFirst);
    const article = new ArticlePage(page, baseUrl());
    const linkedText = async (href: string) => squash((await article.cited(href)).text);
    const expectLinksToModelPassages = async (hrefs: string[]) => {
      const one = await linkedText(hrefs[0]!);
      const two = await linkedText(hrefs[1]!);
      expect(one.length).toBeGreaterThan(0);
      expect(two.length).toBeGreaterThan(0);
      expect(modelThird).toContain(one);
      expect(modelFirst).toContain(two);
    };
    await expectLinksToModelPassages(seen.markers.map((m) => m.href));

    const markersNow = async () => {
      const answer = chat.lastAnswer;
      const links = chat.citationLinks(answer);
      return {
        texts: (await links.allInnerTexts()).map((x) => x.trim()),
        hrefs: await links.evaluateAll((els) => els.map((a) => a.getAttribute("href")!)),
        text: await chat.answerText(answer),
      };
    };
    await chat.waitForAnswer();
    const done = await markersNow();
    expect(done.texts).toEqual(["1", "2"]);
    expect(done.text).toContain("Hai bên trao đổi về tiếp cận thị trường");
    await expectLinksToModelPassages(done.hrefs);

    await page.reload();
    await chat.composer.waitFor();
    await chat.citationLinks().first().waitFor();
    const reloaded = await markersNow();
    expect(reloaded.texts).toEqual(["1", "2"]);
    await expectLinksToModelPassages(reloaded.hrefs);

    // The panel opened from [1] shows the passage the model cited as [3].
    await chat.citationLinks().first().click();
    const panel = new SourcePanel(page);
    await panel.marks.first().waitFor();
    expect(modelThird).toContain(squash(await panel.markedText()));
    expect(problems).toEqual([]);
    await context.close();
  });

  it("answers an unknown article with a 404 page that leads back to the chat", async () => {
    const { page, context } = await openPage(browser());
    const response = await page.goto(`${baseUrl()}/documents/no-such-article`);
    expect(response?.status()).toBe(404);
    await page.getByText("This article is not in the corpus.").waitFor();
    await page.getByRole("link", { name: "Go to the chat" }).click();
    await page.locator("textarea#composer").waitFor();
    await context.close();
  });

  it("shows the question limit and refuses to send a longer question instead of cutting it", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser());
    const long = "thuế quan ".repeat(Math.ceil((MAX_QUESTION_CHARS + 100) / 10)).trim();
    await chat.composer.fill(long);
    expect((await chat.composer.inputValue()).length).toBe(long.length);
    const counter = page.locator("[data-composer-counter]");
    expect(await counter.innerText()).toBe(`${long.length.toLocaleString("en")} / ${MAX_QUESTION_CHARS.toLocaleString("en")}`);
    expect(await chat.sendButton.isDisabled()).toBe(true);
    await page.getByRole("alert").filter({ hasText: "limited to 2,000 characters" }).waitFor();
    await chat.composer.press("Enter");
    expect(await chat.userMessages.count()).toBe(0);

    await chat.composer.fill(long.slice(0, MAX_QUESTION_CHARS));
    expect(await chat.sendButton.isDisabled()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});
