/** Page object for the chat screen: composer, model switch, answers, citations and language toggle. */
import type { Locator, Page } from "playwright-core";

export class ChatPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.composer.waitFor();
  }

  get composer(): Locator {
    return this.page.locator("textarea#composer");
  }

  get sendButton(): Locator {
    return this.page.locator('form button[type="submit"]');
  }

  get stopButton(): Locator {
    return this.page.locator("form button", { hasText: /Stop|Dừng/ });
  }

  get profileSelect(): Locator {
    return this.page.locator("select[data-profile-select]");
  }

  get profileHealth(): Locator {
    return this.page.locator("[data-profile-health]");
  }

  get languageToggle(): Locator {
    return this.page.locator("button[data-language-toggle]");
  }

  get newChatButton(): Locator {
    return this.page.locator("button[data-new-chat]");
  }

  get welcome(): Locator {
    return this.page.locator("[data-welcome]");
  }

  /** The first screen's timeline (events, or articles by date). */
  get timeline(): Locator {
    return this.page.locator("[data-timeline]");
  }

  get timelineLinks(): Locator {
    return this.page.locator("[data-timeline] a");
  }

  suggestion(text: string): Locator {
    return this.page.locator("button[data-suggestion]", { hasText: text });
  }

  get userMessages(): Locator {
    return this.page.locator('[data-role="user"] [data-question]');
  }

  get answers(): Locator {
    return this.page.locator('article[data-role="assistant"]');
  }

  get lastAnswer(): Locator {
    return this.answers.last();
  }

  /** Choose a model profile once /api/health has listed it. */
  async selectProfile(id: string): Promise<void> {
    await this.profileSelect.locator(`option[value="${id}"]`).waitFor({ state: "attached" });
    await this.profileSelect.selectOption(id);
  }

  /** Type a question and press Enter, as a user does. */
  async ask(question: string): Promise<void> {
    await this.composer.fill(question);
    await this.composer.press("Enter");
  }

  /** Wait until the last answer has finished streaming and return it. */
  async waitForAnswer(timeout = 90_000): Promise<Locator> {
    const answer = this.page.locator('article[data-role="assistant"][data-status="done"]').last();
    await this.page.waitForFunction(
      () => {
        const all = document.querySelectorAll('article[data-role="assistant"]');
        const last = all[all.length - 1];
        return !!last && last.getAttribute("data-status") === "done";
      },
      undefined,
      { timeout },
    );
    return answer;
  }

  /** Answer text as a user reads it. */
  async answerText(answer: Locator = this.lastAnswer): Promise<string> {
    return (await answer.locator(".answer-md").innerText()).trim();
  }

  /** The [n] markers of an answer: links to the cited span that open the source panel. */
  citationLinks(answer: Locator = this.lastAnswer): Locator {
    return answer.locator("a[data-citation]");
  }

  /** The hover/focus preview of marker n. */
  preview(n: string | number): Locator {
    return this.page.locator(`[data-citation-preview="${n}"]`);
  }

  sourceCards(answer: Locator = this.lastAnswer): Locator {
    return answer.locator("[data-source-card]");
  }

  modelLabel(answer: Locator = this.lastAnswer): Locator {
    return answer.locator("[data-model-label]");
  }

  failureAlert(answer: Locator = this.lastAnswer): Locator {
    return answer.locator('[role="alert"][data-failure]');
  }
}
