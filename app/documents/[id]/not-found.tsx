/** 404 for /documents/<id> when no article has that id. */
import { StatusPage } from "@/app/_components/StatusPage";

export default function ArticleNotFound() {
  return <StatusPage kind="no-article" />;
}
