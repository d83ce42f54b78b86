/** Article view route: /documents/<id>?start=<s>&end=<e> opens a document with the cited span highlighted. */
import { notFound } from "next/navigation";
import { ArticleView } from "@/app/_components/article/ArticleView";
import { serverRuntime } from "@/lib/server/context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const docId = safeDecode(id);
  // An unknown article is a real 404 (status and page), not a 200 that says so; without a usable index the view reports it.
  const known = await serverRuntime().then(
    async ({ store }) => (await store.document(docId)) !== null,
    () => true,
  );
  if (!known) notFound();
  return <ArticleView id={docId} start={first(query.start)} end={first(query.end)} quote={first(query.q)} version={first(query.v)} />;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
