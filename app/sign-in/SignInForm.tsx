"use client";
/** The sign-in form: posts the token as JSON to /api/session, then returns to the page the visitor asked for. */
import { useState, type FormEvent } from "react";
import { useLocale } from "../_components/LocaleProvider";
import type { Locale } from "@/lib/i18n";
import { LabelledControl } from "../_components/LabelledControl";

const TEXT: Record<Locale, { title: string; body: string; label: string; submit: string; wrong: string; failed: string }> = {
  vi: {
    title: "Đăng nhập",
    body: "Ứng dụng này được chia sẻ trong mạng nội bộ. Nhập mã truy cập do người vận hành máy chủ cung cấp.",
    label: "Mã truy cập",
    submit: "Đăng nhập",
    wrong: "Mã truy cập không đúng.",
    failed: "Không đăng nhập được. Hãy thử lại.",
  },
  en: {
    title: "Sign in",
    body: "This app is shared on a network. Enter the access token from whoever runs the server.",
    label: "Access token",
    submit: "Sign in",
    wrong: "That token is not right.",
    failed: "Could not sign in. Try again.",
  },
};

/** Only a path on this site: never an absolute or protocol-relative URL (no open redirect). */
function safeNext(next: string | undefined): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export function SignInForm({ next }: { next?: string }) {
  const { locale } = useLocale();
  const t = TEXT[locale];
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget).get("token") ?? "");
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token }) });
      if (response.ok) {
        window.location.assign(safeNext(next));
        return;
      }
      setError(response.status === 401 ? t.wrong : t.failed);
    } catch {
      setError(t.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.body}</p>
      <form onSubmit={submit} className="mt-6 flex flex-col gap-3">
        <LabelledControl id="token" label={t.label} className="text-sm font-medium">
          <input
            id="token"
            name="token"
            type="password"
            autoComplete="current-password"
            required
            className="rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          />
        </LabelledControl>
        {error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy} className="action-btn self-start">
          {t.submit}
        </button>
      </form>
    </main>
  );
}
