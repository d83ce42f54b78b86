/** Reads a corpus folder: article files (.txt, .md, .html, .pdf) and a metadata.yml sidecar; names every file it skips and why. */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { SourceDocument } from "../types";
import { writtenMetadataSchema, type DocumentMetadata } from "./document";
import { parseYamlData } from "./front-matter";
import { ARTICLE_EXTENSIONS, ARTICLE_EXTENSION_LIST, readArticle } from "./read-article";

/** File names in the corpus folder that describe it rather than belong to it. */
export const SIDECAR_FILE = "metadata.yml";
const NOT_ARTICLES = new Set(["readme.md", SIDECAR_FILE]);

/** A corpus file that was not indexed, and why, in words a user can act on. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** Everything read from a corpus folder. */
export interface LoadedCorpus {
  documents: SourceDocument[];
  skipped: SkippedFile[];
  /** sha256 of each indexed file's bytes (and of the sidecar), for change detection. */
  fileHashes: Record<string, string>;
  /** The file each document was read from, by id. */
  fileOf: Record<string, string>;
  droppedLines: number;
}

export interface LoadOptions {
  maxFileBytes: number;
  /** Called as each file is read, for progress output. */
  onFile?: (file: string, index: number, total: number) => void;
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

export async function readSidecar(corpusDir: string): Promise<{ entries: Record<string, DocumentMetadata>; hash: string | null; problem?: SkippedFile }> {
  const file = path.join(corpusDir, SIDECAR_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return { entries: {}, hash: null };
  }
  try {
    const parsed = parseYamlData(text);
    const entries: Record<string, DocumentMetadata> = {};
    for (const [id, value] of Object.entries(parsed)) {
      const metadata = writtenMetadataSchema.safeParse(value);
      if (metadata.success) entries[id] = metadata.data;
    }
    return { entries, hash: sha256(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { entries: {}, hash: sha256(text), problem: { file: SIDECAR_FILE, reason: `unreadable YAML (${detail}); its metadata is ignored` } };
  }
}

const READ_AHEAD = 16;

type FileRead = { bytes: Buffer; ext: string } | { skip: string };

/** An article file's bytes, or why it is not read; never rejects. */
async function readArticleFile(full: string, maxFileBytes: number): Promise<FileRead> {
  const ext = path.extname(full).toLowerCase();
  if (!ARTICLE_EXTENSIONS.has(ext)) return { skip: `not an article file (accepted: ${ARTICLE_EXTENSION_LIST})` };
  try {
    const stat = await fs.stat(full);
    if (stat.size > maxFileBytes) {
      return { skip: `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${(maxFileBytes / 1048576).toFixed(1)} MB, MAX_FILE_BYTES)` };
    }
    return { bytes: await fs.readFile(full), ext };
  } catch (error) {
    return { skip: `unreadable (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/** Load every article of `corpusDir`. Never throws for a bad file: it is skipped with a reason. */
export async function loadCorpus(corpusDir: string, options: LoadOptions): Promise<LoadedCorpus> {
  const entries = await fs.readdir(corpusDir, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith(".") && !NOT_ARTICLES.has(e.name.toLowerCase()))
    .map((e) => e.name)
    .sort();
  const sidecar = await readSidecar(corpusDir);
  const skipped: SkippedFile[] = sidecar.problem ? [sidecar.problem] : [];
  const documents: SourceDocument[] = [];
  const fileHashes: Record<string, string> = sidecar.hash ? { [SIDECAR_FILE]: sidecar.hash } : {};
  const bodies = new Map<string, string>();
  const fileOf: Record<string, string> = {};
  let droppedLines = 0;

  const ids = new Set<string>();
  // Files are read a few ahead of the one being cleaned, so the disk is never waited on one file at a time.
  const reads = new Map<number, Promise<FileRead>>();
  const readAhead = (i: number) => {
    if (i < files.length && !reads.has(i)) reads.set(i, readArticleFile(path.join(corpusDir, files[i]!), options.maxFileBytes));
  };

  for (const [index, file] of files.entries()) {
    options.onFile?.(file, index, files.length);
    for (let ahead = index; ahead < index + READ_AHEAD; ahead++) readAhead(ahead);
    const read = await reads.get(index)!;
    reads.delete(index);
    if ("skip" in read) {
      skipped.push({ file, reason: read.skip });
      continue;
    }
    const { bytes, ext } = read;
    const id = path.basename(file, ext);
    const built = await readArticle({ name: file, bytes }, { maxFileBytes: options.maxFileBytes, metadata: sidecar.entries[id] });
    if (!built.ok) {
      skipped.push({ file, reason: built.reason });
      continue;
    }
    const bodyHash = sha256(built.document.body);
    const original = bodies.get(bodyHash);
    if (original) {
      skipped.push({ file, reason: `duplicate of ${original} (same article text)` });
      continue;
    }
    if (ids.has(id)) {
      skipped.push({ file, reason: `another file already has the id "${id}"` });
      continue;
    }
    bodies.set(bodyHash, file);
    ids.add(id);
    fileHashes[file] = sha256(bytes);
    documents.push(built.document);
    fileOf[id] = file;
    droppedLines += built.droppedLines;
  }
  return { documents, skipped, fileHashes, fileOf, droppedLines };
}
