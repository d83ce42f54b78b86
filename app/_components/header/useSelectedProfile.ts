"use client";
/** The chosen model profile: saved in localStorage, falling back to the server's default profile. */
import { useCallback, useEffect, useState } from "react";
import type { HealthReport } from "@/lib/types";

export const PROFILE_KEY = "vntq.profile";

export function useSelectedProfile(report: HealthReport | null): [string | null, (id: string) => void] {
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    try {
      setSaved(window.localStorage.getItem(PROFILE_KEY));
    } catch {
      // Storage disabled: use the default profile.
    }
  }, []);

  const select = useCallback((id: string) => {
    setSaved(id);
    try {
      window.localStorage.setItem(PROFILE_KEY, id);
    } catch {
      // Storage disabled: the choice lasts for this page.
    }
  }, []);

  if (!report) return [saved, select];
  const known = report.profiles.some((p) => p.id === saved);
  return [known ? saved : report.defaultProfileId, select];
}
