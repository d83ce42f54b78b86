"use client";
/** The model switch: configured profiles from /api/health with each endpoint's health shown before asking. */
import { useId } from "react";
import type { HealthReport } from "@/lib/types";
import { InlineText } from "../InlineText";
import { useLocale } from "../LocaleProvider";
import { TONE_DOT, summarizeHealth } from "./profileHealth";
import { LabelledControl } from "../LabelledControl";

/** "Label (model) — health", without repeating a model name the label already shows. */
function profileOptionText(label: string, model: string | null, health: string | null): string {
  const name = model && !label.includes(model) ? `${label} (${model})` : label;
  return health ? `${name} — ${health}` : name;
}

interface Props {
  report: HealthReport | null;
  probing: boolean;
  error: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onReprobe: () => void;
}

export function ProfileSelector({ report, probing, error, selectedId, onSelect, onReprobe }: Props) {
  const { t } = useLocale();
  const id = useId();
  const profiles = report?.profiles ?? [];
  const selected = profiles.find((p) => p.id === selectedId) ?? null;
  const summary = selected ? summarizeHealth(selected, t, probing) : null;

  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className="flex items-center gap-2">
        <LabelledControl id={id} label={t.model} className="text-xs font-medium text-slate-600 dark:text-slate-400">
          <select
            id={id}
            data-profile-select
            aria-label={t.modelSelectLabel}
            value={selected?.id ?? ""}
            disabled={profiles.length === 0}
            onChange={(e) => onSelect(e.target.value)}
            className="min-w-0 max-w-[14rem] truncate rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-sky-500 sm:max-w-[18rem] lg:max-w-[28rem] dark:border-slate-700 dark:bg-slate-900"
          >
            {profiles.length === 0 && <option value="">{error ? t.healthUnavailable : t.healthChecking}</option>}
            {profiles.map((p) => {
              const s = summarizeHealth(p, t, probing);
              return (
                <option key={p.id} value={p.id}>
                  {p.kind === "offline" ? t.profileOffline : profileOptionText(p.label, p.model, s.text)}
                </option>
              );
            })}
          </select>
        </LabelledControl>
      </div>
      {summary && selected && (
        <p data-profile-health={summary.tone} aria-live="polite" className="flex items-start gap-1.5 text-xs text-slate-600 dark:text-slate-400">
          <span aria-hidden="true" className={`mt-1 inline-block size-2 shrink-0 rounded-full ${TONE_DOT[summary.tone]}`} />
          <span className="min-w-0">
            <span className="font-medium">{summary.text}</span>
            {summary.detail && (
              <span className="block">
                <InlineText text={summary.detail} />
              </span>
            )}
          </span>
          {selected.kind !== "offline" && (
            <button
              type="button"
              onClick={onReprobe}
              disabled={probing}
              className="ml-1 shrink-0 rounded underline underline-offset-2 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:no-underline disabled:opacity-60 dark:hover:text-slate-100"
            >
              {probing ? t.healthChecking : t.recheck}
            </button>
          )}
        </p>
      )}
      {report && !report.index.ok && (
        <p role="status" className="text-xs text-amber-700 dark:text-amber-300">
          {t.indexMissing} {report.index.message}
        </p>
      )}
    </div>
  );
}
