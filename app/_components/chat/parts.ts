/** Sorts a message's parts by kind, handling every part type explicitly. */
import type { ChatMessage } from "@/lib/types";

type Part = ChatMessage["parts"][number];

/** What an assistant message shows: its text in order; the data parts are read by `messageSources`. */
export interface ClassifiedParts {
  texts: string[];
  hasPassages: boolean;
  hasCitations: boolean;
  sourceDocuments: number;
}

export function classifyParts(parts: ReadonlyArray<Part>): ClassifiedParts {
  const out: ClassifiedParts = { texts: [], hasPassages: false, hasCitations: false, sourceDocuments: 0 };
  for (const part of parts) {
    switch (part.type) {
      case "text":
        out.texts.push(part.text);
        break;
      case "data-passages":
        out.hasPassages = true;
        break;
      case "data-citations":
        out.hasCitations = true;
        break;
      case "source-document":
        out.sourceDocuments += 1;
        break;
      case "step-start":
        // Step boundaries carry nothing to show.
        break;
      case "reasoning":
      case "source-url":
      case "file":
      case "dynamic-tool":
        // Not produced by this app's route; ignored on purpose.
        break;
      default:
        // Tool parts (`tool-*`) and unknown data parts (`data-*`): ignored on purpose.
        break;
    }
  }
  return out;
}
