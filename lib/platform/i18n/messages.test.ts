import { describe, expect, it } from "vitest";
import { zhCN } from "./zh-cn";
import { en } from "./en";
import { resolveLocale, translate } from "./messages";

describe("catalogues", () => {
  it("have the same keys and no empty message", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const value of [...Object.values(en), ...Object.values(zhCN)])
      expect(value.trim()).not.toBe("");
  });

  it("keep the same placeholders in both languages", () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(holes(en[key]), key).toEqual(holes(zhCN[key]));
    }
  });
});

describe("resolveLocale", () => {
  it("prefers the saved choice, then the cookie, then the browser", () => {
    expect(resolveLocale({ userLocale: "en", cookie: "zh-CN", acceptLanguage: "zh" })).toBe("en");
    expect(resolveLocale({ cookie: "en", acceptLanguage: "zh-CN,zh;q=0.9" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "en-US,en;q=0.9,zh;q=0.8" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "fr-FR,zh-TW;q=0.8,en;q=0.5" })).toBe("zh-CN");
    expect(resolveLocale({ acceptLanguage: "de;q=0.9,en;q=0.95" })).toBe("en");
  });

  it("falls back to Chinese", () => {
    expect(resolveLocale({})).toBe("zh-CN");
    expect(resolveLocale({ acceptLanguage: "fr, de" })).toBe("zh-CN");
    expect(resolveLocale({ userLocale: "klingon" })).toBe("zh-CN");
  });

  it("fills placeholders", () => {
    expect(translate(en, "common.showing", { shown: 3, total: 10 })).toBe("Showing 3 of 10");
    expect(translate(zhCN, "common.showing", { shown: 3, total: 10 })).toBe("显示 3 / 共 10 条");
  });
});
