/** Page object for the article view: /documents/<id>?start=&end= with the cited span in <mark>. */
import type { Locator, Page } from "playwright-core";
import type { SourceDocument } from "../../../lib/types";

export class ArticlePage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Document id and span from the current URL. */
  location(): { id: string; start: number | null; end: number | null } {
    const url = new URL(this.page.url());
    const match = /^\/documents\/([^/]+)$/.exec(url.pathname);
    if (!match?.[1]) throw new Error(`not an article URL: ${url.href}`);
    const num = (v: string | null) => (v === null ? null : Number(v));
    return { id: decodeURIComponent(match[1]), start: num(url.searchParams.get("start")), end: num(url.searchParams.get("end")) };
  }

  async waitForArticle(): Promise<void> {
    await this.page.waitForURL(/\/documents\/[^/?]+/);
    await this.body.waitFor();
  }

  get title(): Locator {
    return this.page.locator("h1#article-title");
  }

  get body(): Locator {
    return this.page.locator("[data-article-body]");
  }

  get marks(): Locator {
    return this.body.locator("mark");
  }

  /** Text of all highlighted parts, joined with paragraph breaks. */
  async markedText(): Promise<string> {
    return (await this.marks.allTextContents()).join("\n\n");
  }

  /** The document as the API serves it (what citation offsets index into). */
  async fetchDocument(id: string): Promise<SourceDocument> {
    const res = await this.page.request.get(`${this.baseUrl}/api/documents/${encodeURIComponent(id)}`);
    if (!res.ok()) throw new Error(`GET /api/documents/${id}: ${res.status()}`);
    return ((await res.json()) as { document: SourceDocument }).document;
  }

  /** What a citation link (`/documents/<id>?start&end…`) points at: the article as the API serves it, and the text of that span. */
  async cited(href: string): Promise<{ doc: SourceDocument; text: string }> {
    const url = new URL(href, this.baseUrl);
    const doc = await this.fetchDocument(decodeURIComponent(url.pathname.replace(/^\/documents\//, "")));
    return { doc, text: doc.body.slice(Number(url.searchParams.get("start")), Number(url.searchParams.get("end"))) };
  }

  /** Whether the first <mark> is inside the viewport. */
  async markInView(): Promise<boolean> {
    return this.marks.first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
  }
}
