/** Model output with HTML, scripts, javascript: links and images renders as inert text. */
import { describe, expect, it } from "vitest";
import { ChatPage } from "./pages/ChatPage";
import { openPage, sharedBrowser } from "./support/browser";
import { baseUrl, sharedFakeModel } from "./support/helpers";

const HOSTILE = [
  "Vòng hai bàn về thuế quan [1].",
  '<script>window.__pwned = "script"</script>',
  "<img src=x onerror=\"window.__pwned = 'img'\">",
  "[bấm vào đây](javascript:window.__pwned='link')",
  "![ảnh](javascript:window.__pwned='image')",
  "![ảnh mạng](http://127.0.0.1:9/x.png)",
  "<a href=\"javascript:window.__pwned='anchor'\">liên kết</a>",
  "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe>",
  "Nguồn không tồn tại [99].",
  "[xem [1]](http://127.0.0.1:9/gia-mao)",
].join("\n\n");

describe("hostile model output", () => {
  const browser = sharedBrowser();
  sharedFakeModel({ reply: HOSTILE, chunkChars: 16, intervalMs: 5 });

  it("runs no script, keeps no javascript: URL and loads no image", async () => {
    const { page, problems, context } = await openPage(browser());
    const imageRequests: string[] = [];
    page.on("request", (req) => {
      if (req.resourceType() === "image") imageRequests.push(req.url());
    });
    const chat = new ChatPage(page, baseUrl());
    await chat.goto();
    await chat.selectProfile("local");
    const answer = await chat.askAndWait("What was discussed in round 2?");

    // Whatever the server kept of the text, it is shown as text.
    const md = answer.locator(".answer-md");
    expect(await md.locator("script, img, iframe, object, embed").count()).toBe(0);
    expect(await page.locator('[href^="javascript:" i], [src^="javascript:" i]').count()).toBe(0);
    // Clicking what looked like links does nothing harmful.
    for (const label of ["bấm vào đây", "liên kết", "ảnh"]) {
      const el = md.getByText(label, { exact: true }).first();
      if (await el.count()) await el.click();
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    // A marker that matches no passage stays plain text.
    expect(await md.innerText()).toContain("[99]");
    expect(await md.locator('a[data-citation="99"], a:has-text("[99]")').count()).toBe(0);
    // While a marker that matches a passage is a link to the cited span.
    expect(await md.locator('a[data-citation="1"]').count()).toBeGreaterThan(0);
    // A model link whose text reads like a citation is plain text, never a live link.
    expect(await md.innerText()).toContain("xem [1]");
    expect(await md.locator('a[href*="gia-mao"]').count()).toBe(0);
    // Every link into the corpus is a real citation marker.
    const links = await md.locator("a[href]").evaluateAll((els) => els.map((a) => ({ href: a.getAttribute("href"), marker: a.hasAttribute("data-citation") })));
    for (const link of links) if (link.href?.startsWith("/documents/")) expect(link.marker).toBe(true);
    expect(imageRequests).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
