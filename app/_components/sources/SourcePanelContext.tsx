"use client";
/** Which citation the source panel shows: the answer's citations in order and the one in view. */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { CitationTarget } from "../chat/citations";

export interface PanelState {
  /** The answer's citations, in marker order; next/previous walk through them. */
  targets: CitationTarget[];
  index: number;
}

interface PanelApi {
  state: PanelState | null;
  /** Show `targets[index]`; focus returns to `from` when the panel closes. */
  open: (targets: CitationTarget[], index: number, from?: HTMLElement | null) => void;
  go: (delta: number) => void;
  close: () => void;
}

const PanelContext = createContext<PanelApi>({ state: null, open: () => {}, go: () => {}, close: () => {} });

export function SourcePanelProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<PanelState | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const open = useCallback((targets: CitationTarget[], index: number, from?: HTMLElement | null) => {
    if (targets.length === 0) return;
    returnFocus.current = from ?? null;
    setState({ targets, index: Math.max(0, Math.min(index, targets.length - 1)) });
  }, []);
  const go = useCallback((delta: number) => {
    setState((s) => (s ? { ...s, index: (s.index + delta + s.targets.length) % s.targets.length } : s));
  }, []);
  const close = useCallback(() => {
    // Focus goes back before the panel unmounts, so it never falls to <body> in between.
    const el = returnFocus.current;
    returnFocus.current = null;
    if (el?.isConnected) el.focus();
    setState(null);
  }, []);

  const value = useMemo(() => ({ state, open, go, close }), [state, open, go, close]);
  return <PanelContext.Provider value={value}>{children}</PanelContext.Provider>;
}

export function useSourcePanel(): PanelApi {
  return useContext(PanelContext);
}

/** A plain left click (no modifier, main button): the panel opens; anything else keeps the link's own behaviour (new tab…). */
export function isPlainClick(e: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
