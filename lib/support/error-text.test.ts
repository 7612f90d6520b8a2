import { describe, expect, it } from "vitest";
import { messagesFor, translate, type MessageKey } from "@/lib/platform/i18n/messages";
import { checkCompensation } from "./domain/policy";
import { actionErrorText, supportErrorText } from "./error-text";

const zh = (key: MessageKey, values?: Record<string, string | number>) =>
  translate(messagesFor("zh-CN"), key, values);
const en = (key: MessageKey, values?: Record<string, string | number>) =>
  translate(messagesFor("en"), key, values);

describe("support action errors in the reader's language", () => {
  it("says in Chinese that a ticket was just closed and nothing changed", () => {
    const text = supportErrorText(zh, "This ticket was closed; reopen it to act on it.");
    expect(text).toContain("该工单已被关闭");
    expect(text).toContain("未做任何更改");
    expect(supportErrorText(en, "This ticket was closed; reopen it to act on it.")).toContain(
      "Nothing was changed",
    );
  });

  it("translates the refund policy's own reasons, amounts included", () => {
    const over = checkCompensation(
      {
        status: "DELIVERED",
        totalCents: 3_000,
        refundedCents: 2_000,
        deliveryFeeCents: 0,
        deliveryFeeRefunded: false,
      },
      { kind: "REFUND", role: "SUPPORT_AGENT", amountCents: 1_500, includesDeliveryFee: false },
      null,
    );
    if (over.ok) throw new Error("expected a refusal");
    expect(supportErrorText(zh, over.reason)).toBe("该订单最多还可退 ¥10.00。");
    expect(supportErrorText(zh, "Only 2 left to refund on this line.")).toBe(
      "该菜品最多还可退 2 份。",
    );
  });

  it("prefers the first field error, and never shows English it does not know in Chinese", () => {
    expect(
      actionErrorText(zh, {
        message: "Some fields need attention.",
        fieldErrors: { "attachments.0": ["Only PNG, JPEG, GIF or WebP images can be attached."] },
      }),
    ).toBe("只能上传 PNG、JPEG、GIF 或 WebP 图片。");
    expect(supportErrorText(zh, "Something unexpected")).toBe("操作失败，未做任何更改。");
    expect(supportErrorText(zh, undefined)).toBe("操作失败，未做任何更改。");
  });
});
