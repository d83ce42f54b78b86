/** Citations that survive rebuilds: the article view checks a link's offsets against its quote and version. */
import { describe, expect, it } from "vitest";
import { checkSpan } from "@/app/_components/article/highlight";
import { articleHref } from "@/app/_components/chat/citations";

// Synthetic article text (written for this test).
const QUOTE = "Vòng đàm phán thứ hai diễn ra tại Washington.";
const BEFORE = `Mở đầu bài viết. ${QUOTE} Kết thúc.`;
const start = BEFORE.indexOf(QUOTE);
const span = { start, end: start + QUOTE.length };

describe("checkSpan", () => {
  it("keeps offsets that still hold the quote", () => {
    expect(checkSpan(BEFORE, span, QUOTE, "v1", "v1")).toEqual({ kind: "holds", span });
  });

  it("re-finds a quote the rebuild moved, and highlights it where it is now", () => {
    const after = `Một đoạn mới được thêm vào đầu bài. ${BEFORE}`;
    const check = checkSpan(after, span, QUOTE, "v1", "v2");
    expect(check.kind).toBe("refound");
    if (check.kind !== "refound") return;
    expect(after.slice(check.span.start, check.span.end)).toBe(QUOTE);
  });

  it("re-finds from the first characters a link carries, keeping the cited length", () => {
    const after = `Thêm. ${BEFORE}`;
    const check = checkSpan(after, span, QUOTE.slice(0, 20), "v1", "v2");
    expect(check.kind === "refound" && after.slice(check.span.start, check.span.end)).toBe(QUOTE);
  });

  it("says the article changed when the quote is gone, or when only the version tells (no quote in the link)", () => {
    const edited = BEFORE.replace("Washington", "Hà Nội");
    expect(checkSpan(edited, span, QUOTE, "v1", "v2")).toEqual({ kind: "changed" });
    expect(checkSpan(edited, span, undefined, "v1", "v2")).toEqual({ kind: "changed" });
    expect(checkSpan(BEFORE, span, undefined, undefined, "v2")).toEqual({ kind: "holds", span });
  });
});

describe("articleHref", () => {
  it("carries the version and the start of the quote, encoded", () => {
    const href = articleHref("bai-1", 10, 60, { quote: QUOTE + " ".repeat(10) + "x".repeat(300), version: "abc123" });
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/documents/bai-1");
    expect(url.searchParams.get("start")).toBe("10");
    expect(url.searchParams.get("v")).toBe("abc123");
    expect(url.searchParams.get("q")!.startsWith(QUOTE)).toBe(true);
    expect(url.searchParams.get("q")!.length).toBe(160);
    expect(articleHref("bai-1", null, null, { quote: QUOTE })).toBe("/documents/bai-1");
  });
});
