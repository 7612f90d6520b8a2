"use client";

import { useEffect, useRef } from "react";

/** Keys the board answers to; `help` lists them for the hint line. */
export type BoardKeyHandlers = {
  next: () => void;
  previous: () => void;
  accept: () => void;
  preparing: () => void;
  ready: () => void;
  open: () => void;
  close: () => void;
  search: () => void;
};

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** Single-key shortcuts, ignored while typing in a field or with a modifier held. */
export function useBoardKeys(handlers: BoardKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "Escape") return latest.current.close();
      if (typing(e.target)) return;
      if (e.key === "Enter" && e.target instanceof HTMLElement && e.target.closest("button, a")) {
        return;
      }
      const h = latest.current;
      const map: Record<string, () => void> = {
        j: h.next,
        k: h.previous,
        a: h.accept,
        p: h.preparing,
        r: h.ready,
        Enter: h.open,
        "/": h.search,
      };
      const action = map[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
