"use client";
/** A question the user asked, shown as plain text. */
import type { ChatMessage } from "@/lib/types";
import { useLocale } from "../LocaleProvider";
import { messageText } from "./citations";

export function UserMessage({ message }: { message: ChatMessage }) {
  const { t } = useLocale();
  return (
    <div data-role="user" role="group" aria-label={t.you} className="flex justify-end">
      <p
        className="max-w-[85%] rounded-2xl rounded-br-sm bg-sky-700 px-4 py-2 whitespace-pre-wrap break-words text-white dark:bg-sky-800"
      >
        {messageText(message)}
      </p>
    </div>
  );
}
