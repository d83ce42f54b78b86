/** Server messages and hints as text, with `backticked` commands shown as code instead of literal backticks. */
import type { ReactNode } from "react";

export function InlineText({ text }: { text: string }): ReactNode {
  const parts = text.split(/`([^`\n]+)`/g);
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one immutable string; their position is their identity.
      <code key={i} className="rounded bg-slate-500/15 px-1 font-mono text-[0.9em]">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
