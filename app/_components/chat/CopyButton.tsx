"use client";
/** Copies an answer and its numbered references to the clipboard, with a short confirmation. */
import { useEffect, useState } from "react";
import { useLocale } from "../LocaleProvider";

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy failed");
}

export function CopyButton({ getText }: { getText: () => string }) {
  const { t } = useLocale();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  return (
    <button
      type="button"
      aria-label={t.copyLabel}
      onClick={() =>
        writeClipboard(getText()).then(
          () => setState("copied"),
          () => setState("failed"),
        )
      }
      className="action-btn"
    >
      <span aria-live="polite">{state === "copied" ? t.copied : state === "failed" ? t.copyFailed : t.copy}</span>
    </button>
  );
}
