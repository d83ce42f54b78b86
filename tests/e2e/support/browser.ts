/** Launches the system Chromium (never a downloaded browser) and opens pages with a chosen size and language. */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * One browser for the tests of a describe block: launched before them, closed after. Call it in the
 * block; the tests read the browser through the returned function.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is launched in beforeAll: read it inside a test");
    return browser;
  };
}

export interface PageOptions {
  width?: number;
  height?: number;
  /** Browser language (navigator.language), e.g. "en-US" or "vi-VN". */
  locale?: string;
  colorScheme?: "light" | "dark";
}

/** A fresh context (empty localStorage) and page; page errors and dialogs are collected for assertions. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? "en-US",
    colorScheme: options.colorScheme ?? "light",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  // React reports hydration mismatches and render errors on the console.
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, problems };
}

/** Phone and desktop widths, each light and dark: the views the accessibility and screenshot tests walk through. */
export const VIEWS = ([390, 1280] as const).flatMap((width) =>
  (["light", "dark"] as const).map((colorScheme) => ({ width, height: width < 600 ? 844 : 900, colorScheme })),
);
