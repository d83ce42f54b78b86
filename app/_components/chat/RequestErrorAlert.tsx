"use client";
/** Shows a failed chat request (JSON error from the route, or a network error) with what to do and a retry. */
import { apiErrorBodySchema } from "@/lib/api-schemas";
import { InlineText } from "../InlineText";
import { useLocale } from "../LocaleProvider";

/** Pull {code, message, hint} out of the transport's error (its message is the response body). */
export function parseRequestError(error: Error): { message: string; hint?: string } {
  try {
    const body = apiErrorBodySchema.safeParse(JSON.parse(error.message));
    if (body.success) return { message: body.data.error.message, hint: body.data.error.hint };
  } catch {
    // Not JSON: a network error or a streamed error text.
  }
  return { message: error.message || "Error" };
}

export function RequestErrorAlert({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useLocale();
  const { message, hint } = parseRequestError(error);
  return (
    <div
      role="alert"
      data-request-error
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100"
    >
      <p className="font-semibold">{t.requestFailed}</p>
      <p className="mt-1 break-words">
        <InlineText text={message} />
      </p>
      {hint && (
        <p className="mt-1">
          <span className="font-medium">{t.whatToDo}</span> <InlineText text={hint} />
        </p>
      )}
      <button type="button" onClick={onRetry} className="action-btn mt-2">
        {t.retry}
      </button>
    </div>
  );
}
