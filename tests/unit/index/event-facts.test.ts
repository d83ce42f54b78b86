/** Event facts stored with the index: the catalog merged from them is the one read from the text, and load/add use them. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppConfig } from "@/lib/config";
import { isIndexStale } from "@/lib/index/build";
import { DELTA_FILE } from "@/lib/index/delta";
import { catalogFrom, EventCatalog, eventSummaries } from "@/lib/index/event-catalog";
import { EVENT_FACTS_FILE, EVENT_FACTS_VERSION, parseStoredEventFacts, storedEventFacts } from "@/lib/index/event-facts";
import { CLEANING_VERSION } from "@/lib/index/inputs";
import { currentBuildDir, indexDirOf } from "@/lib/index/store";
import { addArticles } from "@/lib/index/update";
import { loadRuntime, type Runtime } from "@/lib/runtime";
import { buildTestRuntime, FIXTURES } from "../../support/test-index";

const DEV_ARCHIVE = path.join(FIXTURES, "dev-archive");

describe("event facts stored at build time", () => {
  let built: { config: AppConfig; runtime: Runtime; cleanup: () => void };
  beforeAll(async () => {
    built = await buildTestRuntime({}, DEV_ARCHIVE);
  });
  afterAll(() => built.cleanup());

  it("are written to the build folder for every article and loaded with the index", async () => {
    const dir = (await currentBuildDir(indexDirOf(built.config.dataDir)))!;
    expect(existsSync(path.join(dir, EVENT_FACTS_FILE))).toBe(true);
    const index = built.runtime.index!;
    expect([...index.eventFacts.keys()].sort()).toEqual([...index.documents.keys()].sort());
  });

  it("merge into the same catalog as reading every article's text (events, reports, and each chunk's events)", () => {
    const index = built.runtime.index!;
    // Through JSON, as they are stored.
    const stored = parseStoredEventFacts(JSON.parse(JSON.stringify(storedEventFacts([...index.eventFacts.values()]))))!;
    const merged = catalogFrom(stored, index.documents, index.chunks);
    const read = new EventCatalog(index.documents, index.chunks);
    expect(read.events.length).toBeGreaterThan(5);
    expect(eventSummaries(merged)).toEqual(eventSummaries(read));
    expect(merged.chunks).toEqual(read.chunks);
    expect(merged.coverage("vi")).toBe(read.coverage("vi"));
  });

  it("read with other rules or words make the index stale, so the next npm run index or npm start rebuilds it", async () => {
    const { config } = built;
    expect(await isIndexStale(config, DEV_ARCHIVE, indexDirOf(config.dataDir))).toBe(false);
    const file = path.join((await currentBuildDir(indexDirOf(config.dataDir)))!, "manifest.json");
    const original = readFileSync(file, "utf8");
    try {
      writeFileSync(file, JSON.stringify({ ...JSON.parse(original), eventFacts: `${EVENT_FACTS_VERSION}-older` }));
      expect(await isIndexStale(config, DEV_ARCHIVE, indexDirOf(config.dataDir))).toBe(true);
    } finally {
      writeFileSync(file, original);
    }
  });

  it("an index cleaned with other cleaning rules or chrome words is stale too, so the next build cleans the articles again", async () => {
    const { config } = built;
    const file = path.join((await currentBuildDir(indexDirOf(config.dataDir)))!, "manifest.json");
    const original = readFileSync(file, "utf8");
    expect(JSON.parse(original).cleaning).toBe(CLEANING_VERSION);
    try {
      for (const cleaning of [`${CLEANING_VERSION}-older`, undefined]) {
        writeFileSync(file, JSON.stringify({ ...JSON.parse(original), cleaning }));
        expect(await isIndexStale(config, DEV_ARCHIVE, indexDirOf(config.dataDir))).toBe(true);
      }
    } finally {
      writeFileSync(file, original);
    }
    expect(await isIndexStale(config, DEV_ARCHIVE, indexDirOf(config.dataDir))).toBe(false);
  });

  it("are refused when they are not facts, and ignored (read again) when other rules made them", () => {
    expect(() => parseStoredEventFacts({ version: EVENT_FACTS_VERSION, articles: [{ docId: "x", title: [{ kind: "party" }], sentences: [] }] })).toThrow(
      /not event facts/,
    );
    expect(parseStoredEventFacts({ version: `${EVENT_FACTS_VERSION}x`, articles: [] })).toBeNull();
    expect(parseStoredEventFacts({ version: EVENT_FACTS_VERSION, articles: [] })).toEqual([]);
  });
});

describe("event facts of an added article", () => {
  let built: { config: AppConfig; runtime: Runtime; cleanup: () => void };
  beforeAll(async () => {
    built = await buildTestRuntime();
    const [outcome] = await addArticles(built.config, [
      { name: "vn-news-page.html", bytes: readFileSync(path.join(FIXTURES, "articles", "vn-news-page.html")) },
    ]);
    expect(outcome?.status).toBe("added");
  });
  afterAll(() => built.cleanup());

  const deltaFile = async () => path.join((await currentBuildDir(indexDirOf(built.config.dataDir)))!, DELTA_FILE);

  it("are written to the delta, and the round it reports is in the archive's events at once", async () => {
    const delta = JSON.parse(readFileSync(await deltaFile(), "utf8"));
    expect(delta.eventFacts.articles.map((f: { docId: string }) => f.docId)).toEqual(["vn-news-page"]);
    const runtime = await loadRuntime(built.config);
    expect(runtime.store.events!.byId.get("round#5")?.reports).toContain("vn-news-page");
  });

  it("are what a serving process uses: it does not read the article's text for them", async () => {
    const file = await deltaFile();
    const delta = JSON.parse(readFileSync(file, "utf8"));
    // Stored facts that say "round 7" where the text says the fifth: the catalog follows the stored facts.
    for (const s of delta.eventFacts.articles[0].sentences) for (const e of s.events) if (e.ordinal === 5) e.ordinal = 7;
    for (const e of delta.eventFacts.articles[0].title) if (e.ordinal === 5) e.ordinal = 7;
    writeFileSync(file, JSON.stringify(delta));
    const events = (await loadRuntime(built.config)).store.events!;
    expect(events.byId.get("round#7")?.reports).toContain("vn-news-page");
    expect(events.byId.get("round#5")).toBeUndefined();
  });

  it("that are damaged make the delta refused with a hint, not half-applied", async () => {
    const file = await deltaFile();
    const delta = JSON.parse(readFileSync(file, "utf8"));
    delta.eventFacts.articles[0].sentences = "garbage";
    writeFileSync(file, JSON.stringify(delta));
    await expect(loadRuntime(built.config)).rejects.toMatchObject({ code: "corrupt:index" });
  });
});

describe("the catalog of an archive with articles added and removed, extended over its base's", () => {
  let built: { config: AppConfig; runtime: Runtime; cleanup: () => void };
  beforeAll(async () => {
    built = await buildTestRuntime({}, DEV_ARCHIVE);
  });
  afterAll(() => built.cleanup());

  /** What a catalog tells its users: the events, and each live chunk's events by id. */
  const view = (catalog: EventCatalog) => ({
    events: eventSummaries(catalog),
    coverage: catalog.coverage("en"),
    chunks: catalog.chunkList.map((c, i) => ({ id: c.id, position: catalog.chunkIndexOf(c.id), ...catalog.chunks[i] })),
    about: Object.fromEntries([...catalog.chunksOf].sort()),
    refers: Object.fromEntries([...catalog.referringChunks].sort()),
  });

  /** Every date in stored facts moved by `years`. */
  const moved = (value: unknown, years: number): unknown =>
    typeof value === "string" && /^\d{4}(-|$)/.test(value)
      ? `${Number(value.slice(0, 4)) + years}${value.slice(4)}`
      : Array.isArray(value)
        ? value.map((v) => moved(v, years))
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "docId" ? v : moved(v, years)]))
          : value;

  /**
   * The archive without `removed`, with `added` (copies of base articles, new objects) after the
   * base's chunks; `years`: the copy reports every date that many years apart (its events move).
   */
  function changed(removed: string[], added: { from: string; id: string; years?: number }[]) {
    const index = built.runtime.index!;
    const documents = new Map(index.documents);
    for (const id of removed) documents.delete(id);
    const hidden = new Uint8Array(index.chunks.length);
    index.chunks.forEach((c, i) => {
      if (removed.includes(c.docId)) hidden[i] = 1;
    });
    const facts = new Map(index.eventFacts);
    const chunks = [...index.chunks];
    for (const { from, id, years } of added) {
      const doc = { ...index.documents.get(from)!, id };
      documents.set(id, doc);
      const copied = { ...index.eventFacts.get(from)!, docId: id };
      facts.set(id, years ? (moved(copied, years) as typeof copied) : copied);
      for (const c of index.chunks.filter((c) => c.docId === from)) chunks.push({ ...c, id: `${id}${c.id.slice(from.length)}`, docId: id });
    }
    return { documents, chunks, facts, hidden };
  }

  it("is the catalog merged from every article, whichever single article is removed or replaced under its id", () => {
    const index = built.runtime.index!;
    const base = catalogFrom(index.eventFacts, index.documents, index.chunks);
    let newEvents = 0;
    let movedDates = 0;
    for (const id of index.documents.keys()) {
      for (const { removed, added } of [
        { removed: [id], added: [] },
        { removed: [id], added: [{ from: id, id }] },
        { removed: [], added: [{ from: id, id: `${id}-copy` }] },
        { removed: [], added: [{ from: id, id: `${id}-earlier`, years: -1 }] },
        { removed: [id], added: [{ from: id, id: `${id}-later`, years: 1 }] },
      ]) {
        const { documents, chunks, facts, hidden } = changed(removed, added);
        const whole = catalogFrom(facts, documents, chunks, { hidden });
        const extended = catalogFrom(facts, documents, chunks, { base, hidden });
        expect(view(extended)).toEqual(view(whole));
        if (whole.events.length !== base.events.length) newEvents++;
        if (whole.events.some((e) => base.byId.has(e.id) && base.byId.get(e.id)!.date !== e.date)) movedDates++;
      }
    }
    // Some changes take the only report of an event out or move an event's date: the chunks that resolved to it are read again.
    expect(newEvents).toBeGreaterThan(0);
    expect(movedDates).toBeGreaterThan(0);
  });

  it("is what the server uses after an addition, and it matches the whole merge", async () => {
    const [outcome] = await addArticles(built.config, [
      { name: "vn-news-page.html", bytes: readFileSync(path.join(FIXTURES, "articles", "vn-news-page.html")) },
    ]);
    expect(outcome?.status).toBe("added");
    const runtime = await loadRuntime(built.config, undefined, undefined, built.runtime);
    const index = runtime.index!;
    expect(runtime.base?.index).toBe(built.runtime.index);
    const events = runtime.store.events!;
    expect(events.byId.get("round#5")?.reports).toContain("vn-news-page");
    expect(view(events)).toEqual(view(catalogFrom(index.eventFacts, index.documents, index.chunks)));
  });
});
