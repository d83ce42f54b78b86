"use client";
/** Loads the corpus list (GET /api/documents) for the timeline. */
import { useEffect, useState } from "react";
import { documentListSchema } from "@/lib/api-schemas";
import type { DocumentSummary } from "@/lib/types";

export type DocumentsState = { status: "loading" } | { status: "error" } | { status: "ready"; documents: DocumentSummary[] };

export function useDocuments(): DocumentsState {
  const [state, setState] = useState<DocumentsState>({ status: "loading" });
  useEffect(() => {
    const ctl = new AbortController();
    fetch("/api/documents", { signal: ctl.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const { documents } = documentListSchema.parse(await res.json());
        setState({ status: "ready", documents });
      })
      .catch(() => {
        if (!ctl.signal.aborted) setState({ status: "error" });
      });
    return () => ctl.abort();
  }, []);
  return state;
}

/** Documents oldest first; undated ones last, by title. */
export function sortByDate(documents: DocumentSummary[]): DocumentSummary[] {
  return [...documents].sort((a, b) => {
    if (a.date && b.date) return a.date.localeCompare(b.date) || a.title.localeCompare(b.title);
    if (a.date) return -1;
    if (b.date) return 1;
    return a.title.localeCompare(b.title);
  });
}
