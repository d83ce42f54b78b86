/** Article view route: /documents/<id>?start=<s>&end=<e> opens a document with the cited span highlighted. */
import { ArticleView } from "@/app/_components/article/ArticleView";

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
  return <ArticleView id={safeDecode(id)} start={first(query.start)} end={first(query.end)} />;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
