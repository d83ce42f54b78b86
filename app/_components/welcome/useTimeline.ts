"use client";
/** Loads the timeline: the archive's events (GET /api/events), or its articles by date when there are none. */
import { useEffect, useState } from "react";
import type { z } from "zod";
import { documentListSchema, eventsResponseSchema } from "@/lib/api-schemas";
import type { DocumentSummary, EventSummary } from "@/lib/types";
import { sortByDate } from "./useDocuments";

export type TimelineState =
  | { status: "loading" }
  | { status: "error" }
  | { status: "events"; events: EventSummary[]; articles: number }
  | { status: "articles"; documents: DocumentSummary[] };

/** A successful response's body validated, or null (not found on an older server, an error, another shape). */
async function getJson<T>(url: string, schema: z.ZodType<T>, signal: AbortSignal): Promise<T | null> {
  const res = await fetch(url, { signal });
  return res.ok ? (schema.safeParse(await res.json()).data ?? null) : null;
}

export function useTimeline(): TimelineState {
  const [state, setState] = useState<TimelineState>({ status: "loading" });
  useEffect(() => {
    const ctl = new AbortController();
    void (async () => {
      try {
        // Events when the archive has them (older servers have no /api/events): articles by date otherwise.
        const [events, docs] = await Promise.all([
          getJson("/api/events", eventsResponseSchema, ctl.signal).catch(() => null),
          getJson("/api/documents", documentListSchema, ctl.signal),
        ]);
        const documents = docs?.documents ?? null;
        if (events && events.events.length > 0) {
          setState({ status: "events", events: events.events, articles: documents?.length ?? 0 });
        } else if (documents) {
          setState({ status: "articles", documents: sortByDate(documents) });
        } else {
          setState({ status: "error" });
        }
      } catch {
        if (!ctl.signal.aborted) setState({ status: "error" });
      }
    })();
    return () => ctl.abort();
  }, []);
  return state;
}

/** Events grouped by month ("2025-05"), in date order; undated ones in a last group keyed "". */
export function byMonth(events: EventSummary[]): Array<{ month: string; events: EventSummary[] }> {
  const groups = new Map<string, EventSummary[]>();
  const sorted = [...events].sort((a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0));
  for (const e of sorted) {
    const key = e.date ? e.date.slice(0, 7) : "";
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.entries()].map(([month, list]) => ({ month, events: list }));
}
