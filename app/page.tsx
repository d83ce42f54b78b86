/** Home: the chat assistant. */
import { ChatApp } from "./_components/ChatApp";

export default function HomePage() {
  return <ChatApp />;
}
