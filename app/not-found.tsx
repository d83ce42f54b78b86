/** 404 page. */
import { StatusPage } from "./_components/StatusPage";

export default function NotFound() {
  return <StatusPage kind="not-found" />;
}
