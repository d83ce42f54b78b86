/**
 * The living archive through the page: upload a saved news page (synthetic fixture), ask a question
 * only it answers and get the answer cited to it, remove it, ask again and get no answer from it.
 * The app's data folder outlives a run, so the article is removed first if an earlier run left it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticlesAdminPage } from "./pages/ArticlesAdminPage";
import { ChatPage } from "./pages/ChatPage";
import { openPage, sharedBrowser } from "./support/browser";
import { baseUrl } from "./support/helpers";
import { SCREENSHOT_DIR } from "./support/env";

const ID = "e2e-vong-dam-phan-thu-nam";
const PAGE = readFileSync(path.resolve(__dirname, "..", "fixtures", "articles", "vn-news-page.html"));
/** Only the uploaded page reports the fifth round; the shipped corpus never does. */
const QUESTION = "Ở vòng thứ năm, bao nhiêu điều khoản đã được thống nhất về câu chữ?";

async function removeLeftover(): Promise<void> {
  const response = await fetch(`${baseUrl()}/api/documents/${ID}`, { method: "DELETE", headers: { origin: baseUrl() } });
  if (![200, 404].includes(response.status)) throw new Error(`could not clear ${ID}: ${response.status} ${await response.text()}`);
}

describe("adding and removing an article from the Articles page", () => {
  const browser = sharedBrowser();
  beforeAll(removeLeftover);
  afterAll(() => removeLeftover().catch(() => undefined));

  it("an uploaded page answers at once with citations to it, and after removal no answer comes from it", async () => {
    const { page, problems } = await openPage(browser());
    const articles = new ArticlesAdminPage(page, baseUrl());
    await articles.goto();
    expect(await articles.row(ID).count()).toBe(0);

    await articles.upload([{ name: `${ID}.html`, mimeType: "text/html", buffer: PAGE }]);
    const result = await articles.resultOf(`${ID}.html`);
    expect(result.status, result.text).toBe("added");
    expect(result.text).toContain("Vòng đàm phán thứ năm về thuế đối ứng kết thúc tại Hà Nội");
    await articles.row(ID).waitFor();
    expect(await articles.row(ID).innerText()).toContain("Báo Thử Nghiệm");
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "articles-page.png"), fullPage: true });

    const chat = new ChatPage(page, baseUrl());
    /** Ask the question offline and return the articles the answer cites. */
    const askOffline = async () => {
      await chat.goto();
      await chat.selectProfile("offline");
      const answer = await chat.askAndWait(QUESTION);
      return { answer, cited: await chat.citedPaths(answer) };
    };
    expect((await askOffline()).cited).toContain(`/documents/${ID}`);

    await articles.goto();
    await articles.remove(ID);
    await articles.notice.waitFor();
    expect(await articles.notice.innerText()).toMatch(/Removed/);

    const after = await askOffline();
    expect(after.cited).not.toContain(`/documents/${ID}`);
    expect(await chat.answerText(after.answer)).not.toContain("hai phần ba");
    expect(problems).toEqual([]);
  });
});
