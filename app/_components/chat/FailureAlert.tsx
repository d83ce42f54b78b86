"use client";
/** Alert shown when the configured model failed: what happened and what to do; the extractive answer follows. */
import { useEffect, useRef } from "react";
import type { ModelFailure } from "@/lib/types";
import { InlineText } from "../InlineText";
import { useLocale } from "../LocaleProvider";

/** `live`: the failure just arrived, so it is brought into view (a long answer would hide it under the header). */
export function FailureAlert({ failure, live = false }: { failure: ModelFailure; live?: boolean }) {
  const { t } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the alert first appears.
  useEffect(() => {
    const el = ref.current;
    if (!live || !el) return;
    const rect = el.getBoundingClientRect();
    if (rect.top < 120 || rect.bottom > window.innerHeight) el.scrollIntoView({ block: "start" });
  }, []);
  return (
    <div
      ref={ref}
      role="alert"
      data-failure={failure.code}
      className="mb-3 scroll-mt-40 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100"
    >
      <p className="font-semibold">{t.failureTitle}</p>
      <p className="mt-1">
        <InlineText text={failure.message} />
      </p>
      {failure.hint && (
        <p className="mt-1">
          <span className="font-medium">{t.whatToDo}</span> <InlineText text={failure.hint} />
        </p>
      )}
    </div>
  );
}
