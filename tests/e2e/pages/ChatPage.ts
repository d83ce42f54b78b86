/** Page object for the chat screen: composer, model switch, answers, citations and language toggle. */
import type { Browser, Locator, Page } from "playwright-core";
import { openPage, type PageOptions } from "../support/browser";
import { baseUrl } from "../support/helpers";

export class ChatPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** A fresh page (empty localStorage) on the chat, with `profile` chosen when given; `problems` collects the page's errors. */
  static async open(browser: Browser, { profile, ...options }: PageOptions & { profile?: string } = {}) {
    const opened = await openPage(browser, options);
    const chat = new ChatPage(opened.page, baseUrl());
    await chat.goto();
    if (profile) await chat.selectProfile(profile);
    return { ...opened, chat };
  }

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

  /** Ask as a user does and wait for the whole answer. */
  async askAndWait(question: string, timeout?: number): Promise<Locator> {
    await this.ask(question);
    return this.waitForAnswer(timeout);
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

  /** How many characters of the last answer the page shows so far, while it streams too. */
  streamedChars(): Promise<number> {
    return this.page.evaluate(() => (document.querySelector('article[data-role="assistant"] .answer-md')?.textContent ?? "").length);
  }

  /** Wait until the last answer shows more than `chars` characters: it is streaming. */
  async waitForStreamed(chars: number): Promise<void> {
    await this.page.waitForFunction((n) => (document.querySelector('article[data-role="assistant"] .answer-md')?.textContent ?? "").length > n, chars);
  }

  /** Answer text as a user reads it. */
  async answerText(answer: Locator = this.lastAnswer): Promise<string> {
    return (await answer.locator(".answer-md").innerText()).trim();
  }

  /** The [n] markers of an answer: links to the cited span that open the source panel. */
  citationLinks(answer: Locator = this.lastAnswer): Locator {
    return answer.locator("a[data-citation]");
  }

  /** The paths of the articles an answer's markers lead to (`/documents/<id>`, decoded). */
  citedPaths(answer: Locator = this.lastAnswer): Promise<string[]> {
    return this.citationLinks(answer).evaluateAll((links) => links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)));
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
