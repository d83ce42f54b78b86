/** /articles: the archive's articles — list, add, remove. */
import { ArticlesPage } from "../_components/articles/ArticlesPage";

export const dynamic = "force-dynamic";

export default function Articles() {
  return <ArticlesPage />;
}
