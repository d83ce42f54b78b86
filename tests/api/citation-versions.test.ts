/** Each citation carries its article's content version, the one GET /api/documents/:id reports; a rebuild that changes the article changes it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import { buildIndex } from "@/lib/index/build";
import { indexDirOf } from "@/lib/index/store";
import type { Citation } from "@/lib/types";
import { chatBody, loadRoutes, type Routes } from "../support/routes";
import { PROJECT_CORPUS } from "../support/test-index";
import { dataPart, readUIChunks } from "@/lib/ai/ui-stream";

const QUESTION = "Vòng đàm phán thứ hai diễn ra khi nào?";
let corpus: string;
let routes: Routes;

beforeAll(async () => {
  corpus = mkdtempSync(path.join(os.tmpdir(), "vntrade-versions-"));
  cpSync(PROJECT_CORPUS, corpus, { recursive: true });
  routes = await loadRoutes({}, corpus);
});
afterAll(() => {
  routes.cleanup();
  rmSync(corpus, { recursive: true, force: true });
});

async function citations(): Promise<Citation[]> {
  return dataPart<{ citations: Citation[] }>(await readUIChunks(await routes.chat(chatBody(QUESTION))), "citations")!.citations;
}

async function versionOf(docId: string): Promise<string> {
  return ((await (await routes.document(docId)).json()) as { version: string }).version;
}

describe("citation content versions", () => {
  it("every citation carries the version of its article; editing the article and rebuilding changes it", async () => {
    const before = await citations();
    expect(before.length).toBeGreaterThan(0);
    for (const c of before) expect(c.version).toBe(await versionOf(c.docId));

    const cited = before[0]!;
    const file = ["txt", "md"]
      .map((ext) => path.join(corpus, `${cited.docId}.${ext}`))
      .find((f) => {
        try {
          readFileSync(f);
          return true;
        } catch {
          return false;
        }
      })!;
    const text = readFileSync(file, "utf8");
    // Synthetic edit: a sentence added just before the quoted one shifts its offsets.
    expect(text.normalize("NFC")).toContain(cited.quote);
    writeFileSync(file, text.normalize("NFC").replace(cited.quote, `Một câu được thêm vào khi biên tập lại bài báo này. ${cited.quote}`));
    await buildIndex({ config: readConfig({ DATA_DIR: routes.dataDir, CORPUS_DIR: corpus }), corpusDir: corpus, indexDir: indexDirOf(routes.dataDir) });

    const now = await versionOf(cited.docId);
    expect(now).not.toBe(cited.version);
    const body = ((await (await routes.document(cited.docId)).json()) as { document: { body: string } }).document.body;
    expect(body.slice(cited.start, cited.end)).not.toBe(cited.quote); // the saved offsets no longer hold the quote…
    expect(body.includes(cited.quote)).toBe(true); // …which the article view finds again
  });
});
