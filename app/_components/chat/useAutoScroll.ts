"use client";
/** Keeps the newest message in view while an answer streams, unless the user has scrolled up. */
import { useEffect, useRef } from "react";

export function useAutoScroll(trigger: unknown, count: number): void {
  const stick = useRef(true);
  const lastCount = useRef(count);

  useEffect(() => {
    const onScroll = () => {
      const doc = document.documentElement;
      stick.current = window.innerHeight + window.scrollY >= doc.scrollHeight - 160;
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `trigger` changes with every streamed part; that is when to scroll.
  useEffect(() => {
    const added = count > lastCount.current;
    lastCount.current = count;
    if (added || stick.current) {
      window.scrollTo({ top: document.documentElement.scrollHeight });
      if (added) stick.current = true;
    }
  }, [trigger, count]);
}
