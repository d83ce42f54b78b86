/** Page object for the source panel: the cited article beside the chat (a bottom sheet on phones). */
import type { Locator, Page } from "playwright-core";

export class SourcePanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator("aside[data-source-panel]");
  }

  get position(): Locator {
    return this.root.locator("[data-panel-position]");
  }

  get marks(): Locator {
    return this.root.locator("[data-article-body] mark");
  }

  get next(): Locator {
    return this.root.locator("button[data-panel-next]");
  }

  get previous(): Locator {
    return this.root.locator("button[data-panel-prev]");
  }

  get close(): Locator {
    return this.root.locator("button[data-panel-close]");
  }

  async markedText(): Promise<string> {
    return (await this.marks.allTextContents()).join("\n\n");
  }

  /** Whether the first <mark> is inside the panel's visible area. */
  async markInView(): Promise<boolean> {
    return this.marks.first().evaluate((el) => {
      const box = el.closest("[data-panel-body]")!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
    });
  }
}
