/** Rehype plugin: turns [n] markers in answer text into `<cite data-n>` elements when n is a known source. */
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { findMarkers } from "@/lib/answer/markers";

/** Elements whose text is left alone: markers inside links or code stay literal. */
const SKIP = new Set(["a", "code", "pre", "cite"]);

function citeElement(n: number): Element {
  return {
    type: "element",
    tagName: "cite",
    properties: { dataN: String(n) },
    children: [{ type: "text", value: `[${n}]` }],
  };
}

/** Split one text node into text and cite elements; returns null when nothing changes. */
function splitText(node: Text, valid: ReadonlySet<number>): ElementContent[] | null {
  const out: ElementContent[] = [];
  let last = 0;
  let changed = false;
  for (const marker of findMarkers(node.value)) {
    if (!marker.numbers.some((n) => valid.has(n))) continue;
    changed = true;
    if (marker.start > last) out.push({ type: "text", value: node.value.slice(last, marker.start) });
    for (const n of marker.numbers) out.push(valid.has(n) ? citeElement(n) : { type: "text", value: `[${n}]` });
    last = marker.end;
  }
  if (!changed) return null;
  if (last < node.value.length) out.push({ type: "text", value: node.value.slice(last) });
  return out;
}

function walk(parent: Root | Element, valid: ReadonlySet<number>): void {
  const next: Array<RootContent | ElementContent> = [];
  for (const child of parent.children) {
    if (child.type === "text") {
      const parts = splitText(child, valid);
      if (parts) next.push(...parts);
      else next.push(child);
      continue;
    }
    if (child.type === "element" && !SKIP.has(child.tagName)) walk(child, valid);
    next.push(child);
  }
  parent.children = next as typeof parent.children;
}

/** `rehypePlugins={[[rehypeCitations, { valid }]]}`; numbers not in `valid` stay plain text. */
export function rehypeCitations(options: { valid: ReadonlySet<number> }) {
  return (tree: Root) => {
    walk(tree, options.valid);
  };
}
