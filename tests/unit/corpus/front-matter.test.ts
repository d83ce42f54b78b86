import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FrontMatterError, parseFrontMatter, parseYamlData } from "@/lib/corpus/front-matter";
import { loadCorpus } from "@/lib/corpus/load";

// Each payload would set a global and create a file if any engine evaluated it.
const marker = path.join(os.tmpdir(), `front-matter-ran-${process.pid}`);
const jsPayload = `{ title: (globalThis.__frontMatterRan = true, require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "x") }`;
const codeBlocks: Record<string, string> = {
  "js.md": `---js\n${jsPayload}\n---\nNội dung bài.\n`,
  "javascript.md": `---javascript\n${jsPayload}\n---\nNội dung bài.\n`,
  "padded.md": `--- JS \n${jsPayload}\n---\nNội dung bài.\n`,
  "coffee.md": `---coffee\ntitle: do -> require("fs").writeFileSync(${JSON.stringify(marker)}, "ran")\n---\nNội dung bài.\n`,
};

afterEach(() => {
  expect((globalThis as { __frontMatterRan?: boolean }).__frontMatterRan).toBeUndefined();
  expect(existsSync(marker)).toBe(false);
});

describe("front matter is data, never code", () => {
  it.each(Object.entries(codeBlocks))("refuses %s with a message saying it was not run", (_name, text) => {
    expect(() => parseFrontMatter(text)).toThrow(FrontMatterError);
    expect(() => parseFrontMatter(text)).toThrow(/is code, not data; it was not run/);
  });

  it("refuses an unknown language instead of guessing", () => {
    expect(() => parseFrontMatter("---toml\ntitle = 'x'\n---\nBody\n")).toThrow(/unknown language "toml"/);
  });

  it("reads plain YAML and JSON front matter, and text without any", () => {
    expect(parseFrontMatter("---\ntitle: Vòng 2\ndate: 2025-06-01\n---\nThân bài.\n").data.title).toBe("Vòng 2");
    expect(parseFrontMatter('---json\n{"title": "Round 2"}\n---\nBody\n').data.title).toBe("Round 2");
    const plain = parseFrontMatter("js là một từ, không phải front matter.\n");
    expect(plain).toEqual({ data: {}, content: "js là một từ, không phải front matter.\n" });
  });

  it("reads the sidecar as YAML data only (no custom tags that construct functions)", () => {
    expect(parseYamlData("a:\n  title: Bài A\n")).toEqual({ a: { title: "Bài A" } });
    expect(() => parseYamlData("a: !!js/function 'function () { globalThis.__frontMatterRan = true }'\n")).toThrow();
  });
});

describe("a corpus holding code front matter", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "front-matter-corpus-"));
    for (const [name, text] of Object.entries(codeBlocks)) writeFileSync(path.join(dir, name), text);
    writeFileSync(path.join(dir, "good.md"), "---\ntitle: Bài thử\ndate: 2025-06-01\n---\nĐây là một bài báo thử về đàm phán thương mại.\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("skips each such file with its reason, runs nothing, and still indexes the rest", async () => {
    const corpus = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(corpus.documents.map((d) => d.id)).toEqual(["good"]);
    const reasons = Object.fromEntries(corpus.skipped.map((s) => [s.file, s.reason]));
    for (const name of Object.keys(codeBlocks)) expect(reasons[name]).toMatch(/is code, not data; it was not run/);
  });
});

describe("metadata as a user writes it in front matter and corpus/metadata.yml", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "written-metadata-"));
    writeFileSync(
      path.join(dir, "a.md"),
      "---\ndate: 2025-06-01\npublished: 2025-06-02 09:30:00\n---\nĐây là một bài báo thử về vòng đàm phán thương mại thứ hai.\n",
    );
    writeFileSync(path.join(dir, "b.txt"), "Đây là một bài báo thử khác, về thuế đối ứng và hàng xuất khẩu.\n");
    writeFileSync(
      path.join(dir, "metadata.yml"),
      "a:\n  source: Báo Thử\nb:\n  title: Tiêu đề từ metadata\n  date: 2025-07-04\n  tags: [thuế, đàm phán]\nc: chỉ là một dòng chữ\n",
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads unquoted dates as the day (and minute), keeps the sidecar's fields the front matter leaves out, and ignores what is no field", async () => {
    const corpus = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(corpus.skipped).toEqual([]);
    const byId = Object.fromEntries(corpus.documents.map((d) => [d.id, d]));
    expect(byId.a).toMatchObject({ date: "2025-06-01", published: "2025-06-02T09:30", source: "Báo Thử" });
    expect(byId.b).toMatchObject({ title: "Tiêu đề từ metadata", date: "2025-07-04" });
  });
});
