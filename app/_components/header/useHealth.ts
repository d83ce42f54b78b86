"use client";
/** Loads /api/health quickly, then /api/health?probe=1 for endpoint reachability; can re-probe on demand. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { HealthReport } from "@/lib/types";

export interface HealthState {
  report: HealthReport | null;
  probing: boolean;
  error: boolean;
  reprobe: () => void;
}

async function getHealth(probe: boolean, signal: AbortSignal): Promise<HealthReport> {
  const res = await fetch(probe ? "/api/health?probe=1" : "/api/health", { signal, cache: "no-store" });
  // The route may answer 503 with a report when something is down: still a report.
  const body = (await res.json()) as HealthReport;
  if (!body || !Array.isArray(body.profiles)) throw new Error("bad health report");
  return body;
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
