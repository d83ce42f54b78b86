import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { paragraphs, parseSpan } from "@/app/_components/article/highlight";
import { rehypeCitations } from "@/app/_components/chat/rehypeCitations";
import { localeFromLanguages, resolveLocale } from "@/lib/i18n/detect";

function run(tree: Root, valid: number[]): Root {
  rehypeCitations({ valid: new Set(valid) })(tree);
  return tree;
}

describe("citation markers in rendered answers", () => {
  it("turns a marker into a citation only when it points at a passage", () => {
    const tree = run(
      { type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: "Vòng hai [1] và bịa [7]." }] }] },
      [1, 2],
    );
    const p = tree.children[0] as { children: { type: string; tagName?: string; value?: string }[] };
    expect(p.children.map((c) => c.tagName ?? c.value)).toEqual(["Vòng hai ", "cite", " và bịa [7]."]);
  });

  it("links every number of a list, a range and adjacent markers (the shared parser)", () => {
    const tree = run(
      { type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: "A [1–3]. B [1][2]." }] }] },
      [1, 2, 3],
    );
    const p = tree.children[0] as { children: { type: string; tagName?: string; properties?: { dataN?: string }; value?: string }[] };
    expect(p.children.map((c) => c.properties?.dataN ?? c.value)).toEqual(["A ", "1", "2", "3", ". B ", "1", "2", "."]);
  });

  it("leaves markers inside links and code alone", () => {
    const tree = run({ type: "root", children: [{ type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: "[1]" }] }] }, [1]);
    expect(JSON.stringify(tree)).not.toContain('"cite"');
  });
});

describe("the article view's highlight", () => {
  const body = "Đoạn một.\n\nVòng đàm phán thứ hai diễn ra từ ngày 19 đến 22 tháng 5.\n\nĐoạn ba.";
  it("marks exactly the cited span, with paragraph offsets", () => {
    const start = body.indexOf("từ ngày");
    const span = parseSpan(String(start), String(start + "từ ngày 19 đến 22 tháng 5".length), body.length);
    expect(span).not.toBe("invalid");
    const paras = paragraphs(body, span as { start: number; end: number });
    expect(paras.map((p) => p.start)).toEqual([0, 11, body.indexOf("Đoạn ba")]);
    expect(paras[1]!.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(["từ ngày 19 đến 22 tháng 5"]);
  });
  it("rejects spans outside the body", () => {
    expect(parseSpan("5", "999", body.length)).toBe("invalid");
    expect(parseSpan("-1", "3", body.length)).toBe("invalid");
    expect(parseSpan(undefined, undefined, body.length)).toBeNull();
  });
});

describe("UI language", () => {
  it("follows the browser, and a saved choice wins", () => {
    expect(localeFromLanguages(["en-US", "vi"])).toBe("en");
    expect(localeFromLanguages(["vi-VN"])).toBe("vi");
    expect(resolveLocale("en", ["vi-VN"])).toBe("en");
  });
});
