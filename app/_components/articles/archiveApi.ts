/** The Articles page's calls to the API: list, add (file or pasted text), remove and undo; every failure comes back as a message. */
import type { DocumentSummary } from "@/lib/types";

/** One file's result as the API reports it (lib/index/update.ts AddOutcome). */
export type AddResult =
  | { status: "added"; file: string; id: string; title: string; chunks: number }
  | { status: "duplicate"; file: string; id: string; title: string; duplicateOf: string; duplicateOfTitle: string }
  | { status: "refused"; file: string; reason: string }
  | { status: "failed"; file: string; message: string };

interface ErrorBody {
  error?: { message?: string; hint?: string };
  results?: AddResult[];
}

async function readJson<T>(response: Response): Promise<T | null> {
  try {
    return (await response.json()) as T;
  } catch {
    return null;
  }
}

const messageOf = (body: ErrorBody | null, response: Response) => body?.error?.message ?? `HTTP ${response.status}`;

export async function listArticles(): Promise<DocumentSummary[]> {
  const response = await fetch("/api/documents", { cache: "no-store" });
  const body = await readJson<{ documents?: DocumentSummary[] } & ErrorBody>(response);
  if (!response.ok || !Array.isArray(body?.documents)) throw new Error(messageOf(body, response));
  return body.documents;
}

async function add(request: Request, file: string): Promise<AddResult> {
  try {
    const response = await fetch(request);
    const body = await readJson<ErrorBody>(response);
    const result = body?.results?.[0];
    if (result) return result;
    return { status: "failed", file, message: messageOf(body, response) };
  } catch (error) {
    return { status: "failed", file, message: error instanceof Error ? error.message : String(error) };
  }
}

export function uploadFile(file: File): Promise<AddResult> {
  const form = new FormData();
  form.append("file", file, file.name);
  return add(new Request("/api/documents", { method: "POST", body: form }), file.name);
}

export interface PastedArticle {
  text: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

export function pasteArticle(article: PastedArticle): Promise<AddResult> {
  return add(new Request("/api/documents", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(article) }), article.title ?? "…");
}

export function restoreArticle(id: string): Promise<AddResult> {
  return add(new Request("/api/documents", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ restore: id }) }), id);
}

/** Remove an article; resolves to an error message, or null when it was removed. */
export async function removeArticle(id: string): Promise<string | null> {
  try {
    const response = await fetch(`/api/documents/${encodeURIComponent(id)}`, { method: "DELETE" });
    if (response.ok) return null;
    return messageOf(await readJson<ErrorBody>(response), response);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
