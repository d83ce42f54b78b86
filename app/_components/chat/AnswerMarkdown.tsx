"use client";
/** Renders answer markdown safely (no raw HTML, default URL filtering, no images) with clickable [n] markers. */
import { useMemo } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { rehypeCitations } from "./rehypeCitations";
import { CitationMarker } from "./CitationMarker";
import type { CitationTarget } from "./citations";

const SAFE_IMAGE_URL = /^https?:\/\//i;

export function AnswerMarkdown({ text, targets }: { text: string; targets: Map<number, CitationTarget> }) {
  const valid = useMemo(() => new Set(targets.keys()), [targets]);

  const components = useMemo<Components>(
    () => ({
      cite: ({ node, children }) => {
        const n = Number(node?.properties?.dataN);
        const target = targets.get(n);
        return target ? <CitationMarker target={target} /> : <>{children}</>;
      },
      a: ({ href, children }) =>
        href ? (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            {children}
          </a>
        ) : (
          <span>{children}</span>
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
    [targets],
  );

  return (
    <div className="answer-md break-words leading-relaxed">
      <ReactMarkdown skipHtml={false} rehypePlugins={[[rehypeCitations, { valid }]]} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
