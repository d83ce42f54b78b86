/** Page object for the Articles page: the list, the upload picker and its per-file results, removal with confirmation and undo. */
import type { Locator, Page } from "playwright-core";

export class ArticlesAdminPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/articles`);
    await this.rows.first().waitFor();
  }

  get rows(): Locator {
    return this.page.locator('[data-testid="article-row"]');
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="article-row"][data-id="${id}"]`);
  }

  /** Upload files through the picker, as a user choosing them does. */
  async upload(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.page.locator('[data-testid="file-input"]').setInputFiles(files);
  }

  /** The result line of an uploaded file, once it has one. */
  async resultOf(name: string, timeout = 60_000): Promise<{ status: string; text: string }> {
    const line = this.page.locator('[data-testid="upload-result"]', { hasText: name }).first();
    await line.and(this.page.locator(':not([data-status="uploading"])')).waitFor({ timeout });
    return { status: (await line.getAttribute("data-status")) ?? "", text: await line.innerText() };
  }

  async remove(id: string): Promise<void> {
    await this.row(id).locator('[data-testid="remove"]').click();
    await this.row(id).locator('[data-testid="confirm-remove"]').click();
    await this.row(id).waitFor({ state: "detached" });
  }

  get notice(): Locator {
    return this.page.locator('[data-testid="archive-notice"]');
  }
}
