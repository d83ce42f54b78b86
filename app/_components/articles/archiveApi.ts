/** The Articles page's calls to the API: list, add (file or pasted text), remove and undo; every failure comes back as a message. */
import { type AddResult, addResponseSchema, apiErrorBodySchema, documentListSchema } from "@/lib/api-schemas";
import type { DocumentSummary } from "@/lib/types";

export type { AddResult };

/** The body as JSON, or null when it is not JSON at all (a proxy's error page). */
async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** The API's error message in a body, or the HTTP status when the body is not an API error. */
const messageOf = (body: unknown, response: Response) => apiErrorBodySchema.safeParse(body).data?.error.message ?? `HTTP ${response.status}`;

export async function listArticles(): Promise<DocumentSummary[]> {
  const response = await fetch("/api/documents", { cache: "no-store" });
  const body = await readJson(response);
  const list = documentListSchema.safeParse(body);
  if (!response.ok || !list.success) throw new Error(messageOf(body, response));
  return list.data.documents;
}

async function add(request: Request, file: string): Promise<AddResult> {
  try {
    const response = await fetch(request);
    const body = await readJson(response);
    const result = addResponseSchema.safeParse(body).data?.results?.[0];
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
  return add(
    new Request("/api/documents", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(article) }),
    article.title ?? "…",
  );
}

export function restoreArticle(id: string): Promise<AddResult> {
  return add(new Request("/api/documents", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ restore: id }) }), id);
}

/** Remove an article; resolves to an error message, or null when it was removed. */
export async function removeArticle(id: string): Promise<string | null> {
  try {
    const response = await fetch(`/api/documents/${encodeURIComponent(id)}`, { method: "DELETE" });
    if (response.ok) return null;
    return messageOf(await readJson(response), response);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
