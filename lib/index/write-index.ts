/**
 * Writing a build: every file of the index beside the live one, each checksummed in the manifest,
 * then the pointer switched atomically; older builds are removed.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import type hnswlib from "hnswlib-node";
import type { Chunk, SourceDocument } from "../types";
import { EVENT_FACTS_FILE, storedEventFacts, type ArticleEventFacts } from "./event-facts";
import { faultPoint } from "./fault";
import { LEXICAL_FILES, serializeLexicalIndex, type LexicalIndex } from "./lexical";
import type { LocalEmbedderState } from "./local-embeddings";
import {
  CATALOG_FILE,
  chunkRef,
  fileChecksum,
  GRAPH_SCRATCH_PREFIX,
  POINTER,
  shardFolder,
  shardRanges,
  VECTOR_FILES,
  type CatalogEntry,
  type Manifest,
} from "./store";
import { vectorStore } from "./vector-search";

/** What a build writes. */
export interface BuildArtifacts {
  manifest: Manifest;
  documents: SourceDocument[];
  catalog: CatalogEntry[];
  chunks: Chunk[];
  /** The HNSW graphs, one per shard (labels = positions in the shard), still being built while the other files are written. */
  graphs: Promise<hnswlib.HierarchicalNSW[]>;
  lexical: LexicalIndex;
  localState: LocalEmbedderState | null;
  /** Every article's event facts (lib/index/event-facts.ts). */
  eventFacts: ArticleEventFacts[];
}

/**
 * Write a complete build beside the live one, then switch the pointer atomically; older builds are
 * removed. Everything but the graph is written while the graph is still being built.
 */
export async function writeIndex(indexDir: string, artifacts: BuildArtifacts, embeddings: Embeddings): Promise<string> {
  await fs.mkdir(indexDir, { recursive: true });
  const name = `build-${Date.now()}-${process.pid}`;
  const dir = path.join(indexDir, name);
  await fs.mkdir(dir);
  const { manifest, chunks } = artifacts;
  const files: NonNullable<Manifest["files"]> = {};
  /** Write a file from its parts, in order, hashing as it goes. */
  const write = async (file: string, ...parts: (string | Uint8Array)[]) => {
    const hash = createHash("sha256");
    let bytes = 0;
    const handle = await fs.open(path.join(dir, file), "w");
    try {
      for (const part of parts) {
        const data = typeof part === "string" ? Buffer.from(part) : part;
        await handle.writeFile(data);
        hash.update(data);
        bytes += data.byteLength;
      }
    } finally {
      await handle.close();
    }
    files[file] = { bytes, sha256: hash.digest("hex") };
  };
  await write("documents.json", JSON.stringify(artifacts.documents));
  await write("chunks.json", JSON.stringify(chunks.map(chunkRef)));
  await write(CATALOG_FILE, JSON.stringify(artifacts.catalog));
  const lexical = serializeLexicalIndex(artifacts.lexical);
  await write(LEXICAL_FILES.meta, lexical.meta);
  await write(LEXICAL_FILES.postings, ...lexical.postings);
  if (artifacts.localState) await write("embedder.json", JSON.stringify(artifacts.localState));
  await write(EVENT_FACTS_FILE, JSON.stringify(storedEventFacts(artifacts.eventFacts)));
  const graphs = await artifacts.graphs;
  const shards = shardRanges(chunks.length, manifest.hnsw.shardSize);
  for (const [s, { start, end }] of shards.entries()) {
    await vectorStore(chunks.slice(start, end), graphs[s]!, embeddings, manifest.embedder.dimensions).save(path.join(dir, shardFolder(s)));
    for (const file of VECTOR_FILES) {
      // Index paths are only known at run time; the comment keeps Turbopack from tracing the whole project for them.
      const name = path.join(/*turbopackIgnore: true*/ shardFolder(s), file);
      const checksum = await fileChecksum(path.join(dir, name));
      if (!checksum) throw new Error(`${name} was not written to ${dir}.`);
      files[name] = checksum;
    }
  }
  // The manifest goes last: a build folder without one was interrupted.
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify({ ...manifest, files: sorted }, null, 2));
  faultPoint("build-written");
  const pointerTmp = path.join(indexDir, `${POINTER}.${process.pid}.tmp`);
  await fs.writeFile(pointerTmp, name);
  await fs.rename(pointerTmp, path.join(indexDir, POINTER));
  await removeStaleBuilds(indexDir, name);
  return dir;
}

async function removeStaleBuilds(indexDir: string, keep: string): Promise<void> {
  for (const entry of await fs.readdir(indexDir)) {
    const leftover = entry.startsWith("build-") || (entry.startsWith(GRAPH_SCRATCH_PREFIX) && entry.endsWith(".tmp"));
    if (leftover && entry !== keep) await fs.rm(path.join(indexDir, entry), { recursive: true, force: true });
  }
}
