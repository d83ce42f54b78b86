"use client";
/** Loads one document (GET /api/documents/<id>). */
import { useEffect, useState } from "react";
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
        const body = (await res.json()) as { document?: SourceDocument; version?: string; alsoReportedBy?: AlsoReportedBy[]; error?: { message?: string } };
        if (!res.ok || !body.document) throw new Error(body.error?.message ?? String(res.status));
        setState({ status: "ready", document: body.document, version: body.version, alsoReportedBy: body.alsoReportedBy ?? [] });
      })
      .catch((e: unknown) => {
        if (!ctl.signal.aborted) setState({ status: "error", message: e instanceof Error ? e.message : String(e) });
      });
    return () => ctl.abort();
  }, [id]);
  return state;
}
