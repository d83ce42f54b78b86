import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/index/build";
import { indexDirOf } from "@/lib/index/store";
import { readConfig } from "@/lib/config";
import { PROJECT_CORPUS } from "../../support/test-index";

let corpusDir: string;
let dataDir: string;
beforeAll(() => {
  corpusDir = mkdtempSync(path.join(os.tmpdir(), "bad-corpus-"));
  dataDir = mkdtempSync(path.join(os.tmpdir(), "bad-data-"));
  copyFileSync(path.join(PROJECT_CORPUS, "hop-thuong-truc-chinh-phu.txt"), path.join(corpusDir, "good.txt"));
  copyFileSync(path.join(PROJECT_CORPUS, "hop-thuong-truc-chinh-phu.txt"), path.join(corpusDir, "same-body.txt"));
  writeFileSync(
    path.join(corpusDir, "also-good.md"),
    "---\ntitle: Bài thử\ndate: 2025-06-01\nsource: Thử nghiệm\n---\nĐây là một bài báo thử về đàm phán thương mại Việt Nam - Hoa Kỳ.\n",
  );
  writeFileSync(path.join(corpusDir, "empty.txt"), "");
  writeFileSync(path.join(corpusDir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x01]));
  writeFileSync(path.join(corpusDir, "latin1.txt"), Buffer.from("Vi\xeat Nam v\xe0 Hoa K\xfd th\xfac \xf0\xe2\xf9y", "latin1"));
  writeFileSync(path.join(corpusDir, "huge.txt"), Buffer.alloc(20 * 1024 * 1024, "a"));
  writeFileSync(path.join(corpusDir, "broken-front.md"), "---\ntitle: [unclosed\ndate: : :\n---\nNội dung bài.\n");
  writeFileSync(path.join(corpusDir, "notes.pdf"), "%PDF-1.4");
  writeFileSync(path.join(corpusDir, "slides.pptx"), "PK");
});
afterAll(() => {
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe("indexing a folder with bad files", () => {
  it("names each skipped file with its reason and still indexes the good ones", async () => {
    const config = readConfig({ DATA_DIR: dataDir, CORPUS_DIR: corpusDir });
    const summary = await buildIndex({ config, corpusDir, indexDir: indexDirOf(dataDir) });
    const reasons = Object.fromEntries(summary.skipped.map((s) => [s.file, s.reason]));
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["binary.txt"]).toMatch(/binary/);
    expect(reasons["latin1.txt"]).toMatch(/not UTF-8/);
    expect(reasons["huge.txt"]).toMatch(/too large \(20\.0 MB/);
    expect(reasons["broken-front.md"]).toMatch(/front matter/);
    expect(reasons["same-body.txt"]).toMatch(/duplicate of good\.txt/);
    expect(reasons["notes.pdf"]).toMatch(/not a readable PDF/);
    expect(reasons["slides.pptx"]).toMatch(/not an article file .*\.html.*\.pdf/);
    expect(summary.documents).toBe(2);
    expect(summary.upToDate).toBe(false);
  });
});
