import type { Locale, MessageKey } from "@/lib/platform/i18n/messages";
import { formatTime } from "@/lib/platform/i18n/format";
import type { ExplainedCandidate, Explanation } from "./explanation";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

function clock(value: string | number | null | undefined, locale: Locale): string {
  if (value == null) return "–";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "–" : formatTime(date, locale);
}

const codeOf = (c: ExplainedCandidate) => c.courierCode || c.courierId;

function autoLine(e: Explanation, chosen: ExplainedCandidate, t: Translate, locale: Locale) {
  const late = chosen.lateMinutes ?? 0;
  const head = t("dispatch.why.auto", {
    courier: codeOf(chosen),
    extra: chosen.extraMinutes ?? 0,
    pickup: clock(chosen.pickupEta, locale),
    dropoff: clock(chosen.dropoffEta, locale),
    timing: late > 0 ? t("dispatch.why.late", { n: late }) : t("dispatch.why.onTime"),
    cost: chosen.cost,
  });
  const next =
    e.alternatives.length === 0
      ? t("dispatch.why.noOther")
      : t("dispatch.why.nextBest", {
          list: e.alternatives
            .map((a) => t("dispatch.why.alternativeCost", { courier: codeOf(a), cost: a.cost }))
            .join(t("dispatch.why.listSeparator")),
        });
  const line = t("dispatch.why.sentence", { head, next });
  return e.mode === "offer" ? `${t("dispatch.why.offered")} ${line}` : line;
}

/**
 * The why-this-courier line in the viewer's language, built from the stored facts (the
 * planner's choice and its runner-ups, or who assigned by hand). Times are shown in the
 * business's local time. Null when there is nothing to say.
 */
export function explanationText(
  e: Explanation,
  assignment: { courierCode: string; pinned: boolean },
  t: Translate,
  locale: Locale,
): string | null {
  if (e.chosen) return autoLine(e, e.chosen, t, locale);
  if (e.kind === "manual") {
    const values = {
      courier: e.courierCode ?? assignment.courierCode,
      by: e.byEmail ?? t("dispatch.why.aDispatcher"),
    };
    const pinned = e.pinned ?? assignment.pinned;
    return t(pinned ? "dispatch.why.manualPinned" : "dispatch.why.manual", values);
  }
  if (e.reasonCode === "nearest") return t("dispatch.why.nearest");
  return e.note;
}
