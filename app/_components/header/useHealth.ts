"use client";
/**
 * Loads /api/health (the server's last-known endpoint health, no upstream call), and probes
 * (/api/health?probe=1) only when an endpoint was never checked or its result is stale; re-probes on demand.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { healthReportSchema } from "@/lib/api-schemas";
import type { HealthReport } from "@/lib/types";

export interface HealthState {
  report: HealthReport | null;
  probing: boolean;
  error: boolean;
  reprobe: () => void;
}

/** An endpoint result older than this is checked again when a page loads. */
const STALE_MS = 5 * 60_000;

function needsProbe(report: HealthReport): boolean {
  return report.profiles.some(
    (p) => p.kind !== "offline" && (p.health.reachable === null || !p.health.checkedAt || Date.now() - Date.parse(p.health.checkedAt) > STALE_MS),
  );
}

async function getHealth(probe: boolean, signal: AbortSignal): Promise<HealthReport> {
  const res = await fetch(probe ? "/api/health?probe=1" : "/api/health", { signal, cache: "no-store" });
  // The route may answer 503 with a report when something is down: still a report.
  const parsed = healthReportSchema.safeParse(await res.json());
  if (!parsed.success) throw new Error("bad health report");
  return parsed.data;
}

export function useHealth(): HealthState {
  const [report, setReport] = useState<HealthReport | null>(null);
  const [probing, setProbing] = useState(true);
  const [error, setError] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(async (quickFirst: boolean) => {
    controller.current?.abort();
    const ctl = new AbortController();
    controller.current = ctl;
    setProbing(true);
    try {
      if (quickFirst) {
        const quick = await getHealth(false, ctl.signal);
        setReport((prev) => prev ?? quick);
        setError(false);
        if (!needsProbe(quick)) return;
      }
      const probed = await getHealth(true, ctl.signal);
      setReport(probed);
      setError(false);
    } catch {
      if (!ctl.signal.aborted) setError(true);
    } finally {
      if (!ctl.signal.aborted) setProbing(false);
    }
  }, []);

  useEffect(() => {
    void load(true);
    return () => controller.current?.abort();
  }, [load]);

  const reprobe = useCallback(() => void load(false), [load]);
  return { report, probing, error, reprobe };
}
