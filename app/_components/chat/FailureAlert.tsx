"use client";
/** Alert shown when the configured model failed: what happened and what to do; the extractive answer follows. */
import type { ModelFailure } from "@/lib/types";
import { useLocale } from "../LocaleProvider";

export function FailureAlert({ failure }: { failure: ModelFailure }) {
  const { t } = useLocale();
  return (
    <div
      role="alert"
      data-failure={failure.code}
      className="mb-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100"
    >
      <p className="font-semibold">{t.failureTitle}</p>
      <p className="mt-1">{failure.message}</p>
      {failure.hint && (
        <p className="mt-1">
          <span className="font-medium">{t.whatToDo}</span> {failure.hint}
        </p>
      )}
    </div>
  );
}
