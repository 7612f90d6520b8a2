"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";

const BEEP_EVERY_MS = 1500;

// Audio may only start after a user gesture; the first click or key on the page unlocks it.
let audio: AudioContext | null = null;
function unlockAudio(): AudioContext | null {
  if (typeof window === "undefined" || !("AudioContext" in window)) return null;
  audio ??= new AudioContext();
  if (audio.state === "suspended") void audio.resume();
  return audio;
}

function beep(ctx: AudioContext): void {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = 880;
  gain.gain.setValueAtTime(0.001, ctx.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.3, ctx.currentTime + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.35);
  osc.connect(gain).connect(ctx.destination);
  osc.start();
  osc.stop(ctx.currentTime + 0.4);
}

/**
 * Rings for new orders nobody here has acknowledged: a beep loop, a flashing banner, and a
 * browser notification per new order while the tab is hidden. Stops when acknowledged or when
 * the orders leave PLACED (someone accepted or rejected them).
 */
export function NewOrderAlert(props: {
  ringingIds: string[];
  codes: string[];
  onAcknowledge: () => void;
}) {
  const { t } = useI18n();
  const count = props.ringingIds.length;
  const notified = useRef(new Set<string>());
  const [, force] = useState(0);

  useEffect(() => {
    const unlock = () => {
      unlockAudio();
      force((n) => n + 1);
    };
    window.addEventListener("pointerdown", unlock, { once: true });
    window.addEventListener("keydown", unlock, { once: true });
    return () => {
      window.removeEventListener("pointerdown", unlock);
      window.removeEventListener("keydown", unlock);
    };
  }, []);

  useEffect(() => {
    if (count === 0) return;
    const ring = () => {
      if (audio && audio.state === "running") beep(audio);
    };
    ring();
    const timer = setInterval(ring, BEEP_EVERY_MS);
    return () => clearInterval(timer);
  }, [count]);

  useEffect(() => {
    if (!document.hidden || !("Notification" in window) || Notification.permission !== "granted")
      return;
    props.ringingIds.forEach((id, index) => {
      if (notified.current.has(id)) return;
      notified.current.add(id);
      new Notification(t("board.notificationTitle"), { body: props.codes[index] ?? "", tag: id });
    });
  }, [props.ringingIds, props.codes, t]);

  if (count === 0) return null;
  return (
    <div className="new-order-banner" role="alert" data-testid="new-order-banner">
      <strong>{t("board.newOrders", { count })}</strong>
      <button
        type="button"
        className="button"
        onClick={() => {
          unlockAudio();
          if ("Notification" in window && Notification.permission === "default") {
            void Notification.requestPermission();
          }
          props.onAcknowledge();
        }}
      >
        {t("board.acknowledge")}
      </button>
    </div>
  );
}
