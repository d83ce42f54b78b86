/**
 * Where added articles live: DATA_DIR/articles/, one original file each (kept as given, so
 * `npm run index -- --force` rebuilds the same archive) and a metadata.yml sidecar for what the
 * user said about them. Files arrive by an atomic rename; removed ones wait in a hidden folder for undo.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { documentMetadataSchema, type DocumentMetadata } from "./document";
import { faultPoint } from "../index/fault";
import { readSidecar, SIDECAR_FILE } from "./load";
import { isArticleId, MAX_ARTICLE_ID_CHARS } from "./article-id";
import { ARTICLE_EXTENSIONS, ARTICLE_EXTENSION_LIST } from "./read-article";

export const ARCHIVE_FOLDER = "articles";
/** Removed originals, kept for undo until the next removal of the same id. */
const REMOVED_FOLDER = ".removed";
/** Prefix of a file being written; left behind only by a crash, and removed at the next sync. */
const INCOMING_PREFIX = ".incoming-";

export function archiveDirOf(dataDir: string): string {
  return path.join(dataDir, ARCHIVE_FOLDER);
}

/** The key an archive file has in the index's records ("articles/x.html"), apart from the shipped corpus's names. */
export const archiveKey = (file: string) => `${ARCHIVE_FOLDER}/${file}`;

/** A file name a user gave, checked: its id and extension, or why it cannot be stored. */
export function checkFileName(name: string): { ok: true; id: string; ext: string; file: string } | { ok: false; reason: string } {
  if (/[/\\\0]/.test(name) || name.includes("..")) return { ok: false, reason: `the file name "${name}" contains a path; give a plain file name` };
  const ext = path.extname(name).toLowerCase();
  if (!ARTICLE_EXTENSIONS.has(ext)) return { ok: false, reason: `not an article file (${ext || "no extension"}; accepted: ${ARTICLE_EXTENSION_LIST})` };
  const id = path.basename(name, path.extname(name)).normalize("NFC");
  if (!isArticleId(id))
    return {
      ok: false,
      reason:
        `the file name "${name}" cannot be an article id ` +
        `(letters, digits, "_", "." and "-" only, starting with a letter or digit, at most ${MAX_ARTICLE_ID_CHARS} characters)`,
    };
  return { ok: true, id, ext, file: `${id}${ext}` };
}

/** A safe id from a title, for pasted text ("Vòng đàm phán thứ năm" → "vong-dam-phan-thu-nam"). */
export function idFromTitle(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "bai-viet";
}

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
};

/** The input hash of one archive article: its bytes and its sidecar entry (a metadata change is a change). */
export function articleInputHash(bytes: Uint8Array, metadata: DocumentMetadata | undefined): string {
  return sha256(bytes, "\0", JSON.stringify(metadata ?? null));
}

/** An article file of the archive folder (not hidden, not the sidecar, an article extension). */
const isArticleFile = (name: string) => !name.startsWith(".") && name !== SIDECAR_FILE && ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());

/** Input hash of every article in the archive folder, keyed by archiveKey; empty when the folder does not exist. */
export async function archiveInputs(archiveDir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(archiveDir, { withFileTypes: true }).catch(() => []);
  const sidecar = await readSidecar(archiveDir);
  const out: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile() && isArticleFile(e.name)).sort((a, b) => a.name.localeCompare(b.name))) {
    const bytes = await fs.readFile(path.join(archiveDir, entry.name)).catch(() => null);
    if (!bytes) continue;
    out[archiveKey(entry.name)] = articleInputHash(bytes, sidecar.entries[path.basename(entry.name, path.extname(entry.name))]);
  }
  return out;
}

/** The archive's file for an id, if any (whatever its extension). */
export async function archiveFileOf(archiveDir: string, id: string): Promise<string | null> {
  const entries = await fs.readdir(archiveDir).catch(() => [] as string[]);
  return entries.find((name) => isArticleFile(name) && path.basename(name, path.extname(name)) === id) ?? null;
}

async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `${INCOMING_PREFIX}${path.basename(file)}-${process.pid}-${Date.now()}`);
  await fs.writeFile(tmp, data);
  faultPoint("article-written");
  await fs.rename(tmp, file);
}

/** Store an original under its name; the caller has checked that no article has its id. */
export async function storeArticle(archiveDir: string, file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(archiveDir, { recursive: true });
  await writeAtomically(path.join(archiveDir, file), bytes);
}

const yamlString = (value: string) => JSON.stringify(value); // a JSON string is a YAML double-quoted scalar

/** Set (or, with null, drop) an article's entry in the archive's metadata.yml. */
export async function setArchiveMetadata(archiveDir: string, id: string, metadata: DocumentMetadata | null): Promise<void> {
  const { entries } = await readSidecar(archiveDir);
  const cleaned = metadata ? Object.fromEntries(Object.entries(metadata).filter(([, v]) => typeof v === "string" && v.trim())) : {};
  if (Object.keys(cleaned).length > 0) entries[id] = cleaned;
  else if (!(id in entries)) return;
  else delete entries[id];
  const lines = ["# What users said about the added articles, keyed by id (written by the app; YAML)."];
  for (const [key, value] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${yamlString(key)}:`);
    for (const [field, text] of Object.entries(value)) if (typeof text === "string") lines.push(`  ${field}: ${yamlString(text)}`);
  }
  await fs.mkdir(archiveDir, { recursive: true });
  await writeAtomically(path.join(archiveDir, SIDECAR_FILE), `${lines.join("\n")}\n`);
}

/** The sidecar entry of an id. */
export async function archiveMetadataOf(archiveDir: string, id: string): Promise<DocumentMetadata | undefined> {
  return (await readSidecar(archiveDir)).entries[id];
}

/** Move an article's original (and its metadata) aside, where `restoreArticle` finds it. */
export async function moveToRemoved(archiveDir: string, file: string): Promise<void> {
  const id = path.basename(file, path.extname(file));
  const aside = path.join(archiveDir, REMOVED_FOLDER, id);
  await fs.rm(aside, { recursive: true, force: true });
  await fs.mkdir(aside, { recursive: true });
  const metadata = await archiveMetadataOf(archiveDir, id);
  if (metadata) await fs.writeFile(path.join(aside, "metadata.json"), JSON.stringify(metadata));
  await fs.rename(path.join(archiveDir, file), path.join(aside, file));
  await setArchiveMetadata(archiveDir, id, null);
}

/** A removed article's original and metadata, if it is still kept. */
export async function removedArticle(archiveDir: string, id: string): Promise<{ file: string; bytes: Buffer; metadata: DocumentMetadata | undefined } | null> {
  const aside = path.join(archiveDir, REMOVED_FOLDER, id);
  const names = await fs.readdir(aside).catch(() => [] as string[]);
  const file = names.find(isArticleFile);
  if (!file) return null;
  // Unreadable or not the app's metadata: the article comes back with what its own text says.
  const metadata = await fs.readFile(path.join(aside, "metadata.json"), "utf8").then(
    (text) => documentMetadataSchema.safeParse(JSON.parse(text)).data,
    () => undefined,
  );
  return { file, bytes: await fs.readFile(path.join(aside, file)), metadata };
}

export async function forgetRemoved(archiveDir: string, id: string): Promise<void> {
  await fs.rm(path.join(archiveDir, REMOVED_FOLDER, id), { recursive: true, force: true });
}

/** Remove half-written files a crash left behind; returns their names. */
export async function removeIncoming(archiveDir: string): Promise<string[]> {
  const names = (await fs.readdir(archiveDir).catch(() => [] as string[])).filter((n) => n.startsWith(INCOMING_PREFIX));
  for (const name of names) await fs.rm(path.join(archiveDir, name), { force: true });
  return names;
}
