import { describe, expect, it } from "vitest";
import { messagesFor, translate, type Locale } from "@/lib/platform/i18n/messages";
import { parseExplanation } from "./explanation";
import { explanationText } from "./explanation-text";

const tr = (locale: Locale) => ({
  t: (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(messagesFor(locale), key, values),
  locale,
});

// As the planner stores it (lib/dispatch/server/explanation.ts): facts only, times in UTC.
const auto = JSON.stringify({
  kind: "auto",
  mode: "assign",
  chosen: {
    courierId: "k1",
    courierCode: "R001",
    cost: 4.5,
    extraMinutes: 6,
    pickupEta: "2026-11-26T03:05:00.000Z",
    dropoffEta: "2026-11-26T03:20:00.000Z",
    lateMinutes: 0,
    stopsBefore: 0,
  },
  alternatives: [
    { courierId: "k2", courierCode: "R002", cost: 9.1, extraMinutes: 11, lateMinutes: 0 },
    { courierId: "k3", courierCode: "R003", cost: 12, extraMinutes: 14, lateMinutes: 3 },
  ],
  considered: 7,
  excludedCourierIds: [],
  decidedAt: "2026-11-26T03:00:00.000Z",
});
const held = { courierCode: "R001", pinned: false };

function say(text: string, locale: Locale, assignment = held) {
  const e = parseExplanation(text);
  if (!e) throw new Error("no explanation");
  const { t } = tr(locale);
  return explanationText(e, assignment, t, locale);
}

describe("why-this-courier line in the viewer's language", () => {
  it("words the planner's choice in Chinese, in local (Shanghai) time", () => {
    expect(say(auto, "zh-CN")).toBe(
      "R001：多骑行 6 分钟，11:05 取餐，11:20 送达，可按承诺时间送达（成本 4.5）；" +
        "次优：R002 成本 9.1、R003 成本 12。",
    );
  });

  it("words the same facts in English", () => {
    expect(say(auto, "en")).toBe(
      "R001: +6 min of riding, pickup 11:05, drop-off 11:20, on time for the promise (cost 4.5); " +
        "next best: R002 cost 9.1, R003 cost 12.",
    );
  });

  it("says when the chosen courier is late, when nobody else could take it, and offers", () => {
    const late = JSON.parse(auto) as { chosen: { lateMinutes: number }; alternatives: unknown[] };
    late.chosen.lateMinutes = 4;
    late.alternatives = [];
    const offer = JSON.stringify({ ...late, mode: "offer" });
    expect(say(offer, "en")).toBe(
      "Offered: R001: +6 min of riding, pickup 11:05, drop-off 11:20, 4 min late (cost 4.5); " +
        "no other courier could take it.",
    );
    expect(say(offer, "zh-CN")).toBe(
      "已发出派单邀请： R001：多骑行 6 分钟，11:05 取餐，11:20 送达，预计迟到 4 分钟（成本 4.5）；" +
        "没有其他骑手能接此单。",
    );
  });

  it("words a dispatcher's choice, pinned or not, including rows from before the change", () => {
    const manual = JSON.stringify({
      kind: "manual",
      mode: "assign",
      chosen: null,
      alternatives: [],
      considered: 1,
      byEmail: "dispatcher@demo.local",
      courierCode: "R009",
      pinned: true,
    });
    expect(say(manual, "en")).toBe("Assigned to R009 by dispatcher@demo.local and pinned");
    expect(say(manual, "zh-CN")).toBe("dispatcher@demo.local 手动指派给 R009 并锁定");
    // Written before: an English summary and no courier code; the assignment row fills in.
    const old = JSON.stringify({
      kind: "manual",
      summary: "Assigned to R004 by x@demo.local.",
      byEmail: "x@demo.local",
    });
    expect(say(old, "zh-CN", { courierCode: "R004", pinned: false })).toBe(
      "x@demo.local 手动指派给 R004",
    );
    expect(say(old, "en", { courierCode: "R004", pinned: false })).toBe(
      "Assigned to R004 by x@demo.local",
    );
  });

  it("words the seed's reason code, old English reasons too, and keeps unknown text as is", () => {
    const seeded = JSON.stringify({ kind: "auto", reasonCode: "nearest", zone: 2 });
    expect(say(seeded, "zh-CN")).toBe("离门店最近的空闲骑手");
    expect(say(seeded, "en")).toBe("The nearest available rider");
    expect(say('{"reason":"nearest available rider","zone":1}', "zh-CN")).toBe(
      "离门店最近的空闲骑手",
    );
    expect(say("handed over at the counter", "zh-CN")).toBe("handed over at the counter");
    expect(say("{}", "en")).toBeNull();
  });
});
