"use client";
/** Renders answer markdown safely (no raw HTML, default URL filtering, no images) with [n] markers as citation links. */
import type { Element, ElementContent } from "hast";
import { useMemo } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { CitationLink } from "../sources/CitationLink";
import { rehypeCitations } from "./rehypeCitations";
import { findMarkers } from "@/lib/answer/markers";
import type { CitationTarget } from "./citations";

const SAFE_IMAGE_URL = /^https?:\/\//i;

/** The text of a hast node and its descendants. */
function textOf(node: Element | ElementContent | undefined): string {
  if (!node) return "";
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

/** A link whose text reads like a citation ("see [1]") would pass for one: it is shown as plain text. */
function looksLikeCitation(text: string): boolean {
  return findMarkers(text).length > 0;
}

interface Props {
  text: string;
  targets: Map<number, CitationTarget>;
  onOpenCitation: (n: number, from: HTMLElement) => void;
}

export function AnswerMarkdown({ text, targets, onOpenCitation }: Props) {
  const valid = useMemo(() => new Set(targets.keys()), [targets]);

  const components = useMemo<Components>(
    () => ({
      cite: ({ node, children }) => {
        const n = Number(node?.properties?.dataN);
        const target = targets.get(n);
        return target ? <CitationLink target={target} onOpen={onOpenCitation} /> : children;
      },
      a: ({ node, href, children }) =>
        href && !looksLikeCitation(textOf(node)) ? (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            {children}
          </a>
        ) : (
          <span data-inert-link>{children}</span>
        ),
      // Images are never loaded: show a link to an http(s) image, or just its alt text.
      img: ({ src, alt }) => {
        const label = alt || (typeof src === "string" ? src : "");
        return typeof src === "string" && SAFE_IMAGE_URL.test(src) ? (
          <a href={src} target="_blank" rel="noopener noreferrer nofollow">
            {label}
          </a>
        ) : (
          <span>{label}</span>
        );
      },
    }),
    [targets, onOpenCitation],
  );

  return (
    <div className="answer-md break-words leading-relaxed">
      <ReactMarkdown skipHtml={false} rehypePlugins={[[rehypeCitations, { valid }]]} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}

/** A long answer as plain text: while it streams only its tail is drawn, so the page stays responsive. */
export function PlainAnswer({ text, tail }: { text: string; tail?: number }) {
  const shown = tail !== undefined && text.length > tail ? `…${text.slice(-tail)}` : text;
  return (
    <div className="answer-md leading-relaxed break-words whitespace-pre-wrap" data-plain-answer>
      {shown}
    </div>
  );
}
