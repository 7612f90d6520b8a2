import type { MessageKey, Translate } from "@/lib/platform/i18n/messages";
import { menuZh } from "@/lib/menu/messages";

/** A field error from the shared zod schema (or the server) in the reader's language. */
export function errorText(t: Translate, message: string): string {
  const unmet = /^Minimum (\d+) cannot be met with (\d+) option/.exec(message);
  if (unmet) return t("menu.err.minUnmet", { min: unmet[1] ?? "", n: unmet[2] ?? "" });
  const left = /^Only ([\d.]+) still to come\.$/.exec(message);
  if (left) return t("menu.err.stillToCome", { n: left[1] ?? "" });
  const key = `menu.err.${message}`;
  return key in menuZh ? t(key as MessageKey) : message;
}

/** Yuan typed by a person as integer fen (NaN when empty or not a number, for zod to refuse). */
export function toFen(text: string): number {
  if (text.trim() === "") return Number.NaN;
  const fen = Number(text) * 100;
  return Math.abs(fen - Math.round(fen)) < 1e-6 ? Math.round(fen) : fen;
}

export const toYuan = (fen: number | undefined | null) =>
  fen === undefined || fen === null ? "" : String(fen / 100);
