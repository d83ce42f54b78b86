"use client";
/** Error boundary for pages: a message and a retry, never the error's internals. */
import { StatusPage } from "./_components/StatusPage";

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return <StatusPage kind="error" onRetry={retry} />;
}
