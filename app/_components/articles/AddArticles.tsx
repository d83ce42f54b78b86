"use client";
/** Adding articles: drop files or pick them (several at once), or paste text with its title, date, outlet and link; a line per file says how it went. */
import { useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import type { UiStrings } from "@/lib/i18n";
import { useLocale } from "../LocaleProvider";
import { pasteArticle, uploadFile, type AddResult } from "./archiveApi";

interface Progress {
  key: number;
  name: string;
  result: AddResult | null;
}

const ACCEPT = ".html,.htm,.pdf,.txt,.md,text/html,application/pdf,text/plain,text/markdown";

function describe(result: AddResult, t: UiStrings): string {
  switch (result.status) {
    case "added":
      return t.added(result.title, result.chunks);
    case "duplicate":
      return t.duplicate(result.duplicateOfTitle);
    case "refused":
      return t.refused(result.reason);
    case "failed":
      return t.failed(result.message);
  }
}

const TONE: Record<AddResult["status"], string> = {
  added: "text-emerald-800 dark:text-emerald-300",
  duplicate: "text-amber-800 dark:text-amber-300",
  refused: "text-red-800 dark:text-red-300",
  failed: "text-red-800 dark:text-red-300",
};

const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";

/** The pasted article's metadata fields, in the order shown; the form's field names are what the documents API reads. */
const pasteFields = (t: UiStrings) => [
  { name: "title", label: t.pasteTitleField },
  { name: "date", label: t.pasteDate, pattern: "\\d{4}-\\d{2}-\\d{2}" },
  { name: "source", label: t.pasteOutlet },
  { name: "url", label: t.pasteLink, type: "url" },
];

export function AddArticles({ onChanged }: { onChanged: () => void }) {
  const { t } = useLocale();
  const [progress, setProgress] = useState<Progress[]>([]);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const next = useRef(0);
  const inputId = useId();

  const record = (key: number, result: AddResult) => setProgress((list) => list.map((p) => (p.key === key ? { ...p, result } : p)));

  /** Files go one after another: each line turns from "adding…" into its result, and the list follows. */
  async function addFiles(files: File[]) {
    const queued = files.map((file) => ({ key: next.current++, name: file.name, result: null }));
    setProgress((list) => [...queued, ...list]);
    setBusy(true);
    for (const [i, file] of files.entries()) {
      record(queued[i]!.key, await uploadFile(file));
      onChanged();
    }
    setBusy(false);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length) void addFiles(files);
  }

  async function onPaste(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? "").trim() || undefined;
    const title = value("title");
    const key = next.current++;
    setProgress((list) => [{ key, name: title ?? t.pasteTitle, result: null }, ...list]);
    const result = await pasteArticle({ text: String(data.get("text") ?? ""), title, date: value("date"), source: value("source"), url: value("url") });
    record(key, result);
    if (result.status === "added") form.reset();
    onChanged();
  }

  return (
    <section aria-labelledby="add-articles" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="add-articles" className="mb-3 text-base font-semibold">
        {t.addTitle}
      </h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the file picker inside it is the keyboard way. */}
      <div
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-col items-center gap-2 rounded-md border-2 border-dashed px-4 py-6 text-center text-sm ${dragging ? "border-sky-500 bg-sky-50 dark:bg-sky-950" : "border-slate-300 dark:border-slate-700"}`}
      >
        <p>{t.dropHere}</p>
        <label
          htmlFor={inputId}
          className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 focus-within:outline-2 focus-within:outline-sky-500 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t.orPick}
          <input
            id={inputId}
            data-testid="file-input"
            type="file"
            multiple
            accept={ACCEPT}
            className="sr-only"
            disabled={busy}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = "";
              if (files.length) void addFiles(files);
            }}
          />
        </label>
      </div>
      {progress.length > 0 && (
        <ul aria-live="polite" className="mt-3 space-y-1 text-sm" data-testid="upload-results">
          {progress.map((p) => (
            <li key={p.key} data-testid="upload-result" data-status={p.result?.status ?? "uploading"}>
              <span className="font-medium">{p.name}</span>:{" "}
              <span className={p.result ? TONE[p.result.status] : "text-slate-500"}>{p.result ? describe(p.result, t) : t.uploading}</span>
            </li>
          ))}
        </ul>
      )}
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium">{t.pasteTitle}</summary>
        <form onSubmit={onPaste} className="mt-3 grid gap-2 sm:grid-cols-2" data-testid="paste-form">
          <label className="text-sm sm:col-span-2">
            {t.pasteText}
            <textarea name="text" required rows={6} className={field} />
          </label>
          {pasteFields(t).map(({ name, label, ...input }) => (
            <label key={name} className="text-sm">
              {label}
              <input name={name} {...input} className={field} />
            </label>
          ))}
          <div className="sm:col-span-2">
            <button
              type="submit"
              className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-sky-500"
            >
              {t.pasteSubmit}
            </button>
          </div>
        </form>
      </details>
    </section>
  );
}
