import { describe, expect, it } from "vitest";
import { buildIndex, search } from "./bm25";
import { tokenize } from "./tokenize";
import { renderCannedReply } from "./canned";
import { checkAttachment } from "./attachment";

describe("tokenizer", () => {
  it("splits Chinese into characters and bigrams and stems English", () => {
    expect(tokenize("退款到账")).toEqual(["退", "退款", "款", "款到", "到", "到账", "账"]);
    expect(tokenize("My refunds were delayed")).toEqual(["refund", "were", "delay"]);
  });
});

describe("BM25", () => {
  const index = buildIndex([
    { id: "refund", text: "退款多久到账 How long does a refund take to arrive" },
    { id: "late", text: "订单超时未送达 怎么办 My order is late" },
    { id: "missing", text: "漏送餐品 少了一份菜 Missing item in my order" },
  ]);

  it("finds the article sharing the question's words in either language", () => {
    expect(search(index, "退款什么时候到账")[0]?.id).toBe("refund");
    expect(search(index, "the courier is late, order still not here")[0]?.id).toBe("late");
    expect(search(index, "少了一个菜")[0]?.id).toBe("missing");
  });

  it("returns nothing for a question sharing no term", () => {
    expect(search(index, "xyzzy")).toEqual([]);
  });
});

describe("canned replies", () => {
  it("fills variables and marks missing ones", () => {
    expect(
      renderCannedReply("您好 {{customer.name}}，订单 {{order.code}} 预计 {{eta}} 送达", {
        customerName: "王女士",
        orderCode: "A123",
      }),
    ).toBe("您好 王女士，订单 A123 预计 — 送达");
    expect(renderCannedReply("{{unknown}}", {})).toBe("{{unknown}}");
  });
});

describe("attachments", () => {
  it("accepts a PNG by its bytes and refuses a script named .png or an oversized file", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(checkAttachment(png)).toEqual({ ok: true, type: "image/png" });
    expect(checkAttachment(new TextEncoder().encode("<script>alert(1)</script>"))).toEqual({
      ok: false,
      reason: "not_an_image",
    });
    expect(checkAttachment(png, 4)).toEqual({ ok: false, reason: "too_large" });
  });
});
