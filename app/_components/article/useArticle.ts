"use client";
/** Loads one document (GET /api/documents/<id>). */
import { useEffect, useState } from "react";
import { apiErrorBodySchema, documentResponseSchema } from "@/lib/api-schemas";
import type { AlsoReportedBy, SourceDocument } from "@/lib/types";

export type ArticleState =
  | { status: "loading" }
  | { status: "not-found" }
  | { status: "error"; message: string }
  | { status: "ready"; document: SourceDocument; version?: string; alsoReportedBy: AlsoReportedBy[] };

export function useArticle(id: string): ArticleState {
  const [state, setState] = useState<ArticleState>({ status: "loading" });
  useEffect(() => {
    const ctl = new AbortController();
    setState({ status: "loading" });
    fetch(`/api/documents/${encodeURIComponent(id)}`, { signal: ctl.signal })
      .then(async (res) => {
        if (res.status === 404) return setState({ status: "not-found" });
        const body: unknown = await res.json();
        if (!res.ok) throw new Error(apiErrorBodySchema.safeParse(body).data?.error.message ?? String(res.status));
        const { document, version, alsoReportedBy } = documentResponseSchema.parse(body);
        setState({ status: "ready", document, version, alsoReportedBy: alsoReportedBy ?? [] });
      })
      .catch((e: unknown) => {
        if (!ctl.signal.aborted) setState({ status: "error", message: e instanceof Error ? e.message : String(e) });
      });
    return () => ctl.abort();
  }, [id]);
  return state;
}
