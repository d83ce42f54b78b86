/** A configured endpoint that is down: health says so before asking; the answer shows what to do and the extractive answer. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatPage } from "./pages/ChatPage";
import { sharedBrowser } from "./support/browser";
import { SCREENSHOT_DIR } from "./support/env";
import { fakeControl } from "./support/helpers";

describe("local endpoint stopped", () => {
  const browser = sharedBrowser();
  const fake = fakeControl();
  beforeAll(async () => {
    await fake.reset();
    await fake.stop();
  });
  afterAll(async () => {
    await fake.start();
  });

  it("shows a visible error that says what to do, with the extractive answer beneath", async () => {
    const { page, problems, context, chat } = await ChatPage.open(browser(), { profile: "local" });
    // An earlier test saw the endpoint up, and the page does not probe on every load (issue 12):
    // "Check again" is how a user learns it went down. The server caches probes for
    // HEALTH_CACHE_MS (1 s under test), so a click soon after the previous probe may still read
    // the cached result; the poll clicks again until the fresh one arrives.
    await expect
      .poll(
        async () => {
          const recheck = chat.profileHealth.getByRole("button");
          if (await recheck.isEnabled()) await recheck.click();
          return chat.profileHealth.innerText();
        },
        { timeout: 30_000, interval: 1_500 },
      )
      .toMatch(/unreachable/);

    const answer = await chat.askAndWait("What was discussed in round 2?");

    const alert = chat.failureAlert(answer);
    await alert.waitFor({ state: "visible" });
    const alertText = await alert.innerText();
    expect(alertText).toContain("Model error");
    // The reason is said once: the alert and the answer's own notice do not repeat the same sentence.
    expect((await answer.innerText()).match(/could not answer/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(alertText).toMatch(/What to do:\s*\S+/);
    // Commands in the hint are shown as code, not as literal backticks.
    expect(alertText).not.toContain("`");

    // The extractive answer follows the alert, with working citations.
    const text = await chat.answerText(answer);
    expect(text.length).toBeGreaterThan(20);
    expect(await chat.citationLinks(answer).count()).toBeGreaterThan(0);
    const alertBeforeText = await answer.evaluate((el) => {
      const a = el.querySelector("[data-failure]");
      const md = el.querySelector(".answer-md");
      return !!a && !!md && !!(a.compareDocumentPosition(md) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(alertBeforeText).toBe(true);
    expect(await chat.modelLabel(answer).innerText()).not.toBe("");

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await answer.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "endpoint-down-1280.png") });

    expect(problems).toEqual([]);
    await context.close();
  });
});
