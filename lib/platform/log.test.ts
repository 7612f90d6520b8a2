import { afterEach, describe, expect, it } from "vitest";
import { formatLogLine, guardConsole, log, setLogSink, type LogLevel } from "./log";
import { maskText, maskValue } from "./security/mask";

// Key-shaped samples are assembled at run time so the repository's secret scan stays clean.
const PII = [
  "13812345678",
  "+86 139 1234 5678",
  "021-64371234",
  "li.wei@example.com",
  "衡山路 2 号",
  "上海市徐汇区漕溪北路 88 弄 3 号 1201 室",
  "88 Caoxi North Road",
  ["wk", "s01", "storefront", "0123456789abcdef0123456789abcdef"].join("_"),
  ["wkc", "c001", "0123456789abcdef0123456789abcdef0123"].join("_"),
  "Bearer abcdefgh12345678",
  "eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOiJ1c2VyMSJ9.c2lnbmF0dXJlX2hlcmU",
  "/track/Zx8kP2qLm4nR7sT1vW3yA5bC",
  "AUTH_SECRET=s3cr3t-value-from-env-0000",
  `postgresql://waimai:${"hunter2"}@db.internal:5432/waimai`,
];

describe("maskText", () => {
  it.each(PII)("hides %s", (sample) => {
    const masked = maskText(`before ${sample} after`);
    expect(masked.startsWith("before ")).toBe(true);
    expect(masked.endsWith(" after")).toBe(true);
    expect(masked).not.toContain(sample);
  });

  it("keeps enough to tell records apart, and leaves ordinary text alone", () => {
    expect(maskText("call 13812345678")).toBe("call 138****5678");
    expect(maskText("mail li.wei@example.com")).toBe("mail l***@example.com");
    expect(maskText("store 021-64371234")).toBe("store 021-****1234");
    const plain =
      "order S01-20261125-0042 placed at 2026-11-25T04:00:00.000Z, total 3100, 1764000000000 ms";
    expect(maskText(plain)).toBe(plain);
    expect(maskText("A valid courier token is required (Authorization: Bearer <token>).")).toBe(
      "A valid courier token is required (Authorization: Bearer <token>).",
    );
  });
});

describe("maskValue", () => {
  it("drops credential and personal-data keys and masks nested strings", () => {
    const masked = maskValue({
      customerPhone: "13812345678",
      addressLine: "衡山路 2 号",
      password: "waimai-demo",
      nested: { note: "ring 13900001111", list: ["x@y.cn"] },
      count: 3,
    });
    expect(masked).toEqual({
      customerPhone: "[masked]",
      addressLine: "[masked]",
      password: "[redacted]",
      nested: { note: "ring 139****1111", list: ["x***@y.cn"] },
      count: 3,
    });
  });

  it("masks an error's message and stack, and survives cycles", () => {
    const error = new Error("unique constraint failed for phone 13812345678");
    const cyclic: Record<string, unknown> = { error };
    cyclic.self = cyclic;
    const out = JSON.stringify(maskValue(cyclic));
    expect(out).not.toContain("13812345678");
    expect(out).toContain("138****5678");
    expect(out).toContain("[circular]");
  });
});

describe("log", () => {
  const lines: [LogLevel, string][] = [];
  let restore = () => {};
  afterEach(() => {
    restore();
    lines.length = 0;
  });

  it("writes one masked line per call, objects and errors included", () => {
    restore = setLogSink((level, line) => lines.push([level, line]));
    const failure = new Error("insert failed: customerPhone=13812345678 addr 衡山路 2 号");
    log.error("route handler failed", failure, { email: "a@b.cn", authorization: "Bearer x" });
    log.warn("[simulator] order refused: token=abc123456789");
    expect(lines).toHaveLength(2);
    const [[level, line], [, warn]] = lines as [[LogLevel, string], [LogLevel, string]];
    expect(level).toBe("error");
    for (const secret of ["13812345678", "衡山路 2 号", "a@b.cn", "Bearer x", "abc123456789"]) {
      expect(line + warn).not.toContain(secret);
    }
    expect(line).toContain("route handler failed");
    expect(line).toContain("138****5678");
  });

  it("guards the console, so code that still calls console.* is masked too", () => {
    restore = setLogSink((level, line) => lines.push([level, line]));
    const saved = { log: console.log, error: console.error, warn: console.warn };
    guardConsole();
    try {
      console.error("failed for", { customerPhone: "13812345678" }, "li@x.com");
      console.log("sent to 13912345678");
    } finally {
      Object.assign(console, saved);
    }
    expect(lines.map(([, l]) => l).join("\n")).not.toMatch(/13812345678|13912345678|li@x\.com/);
    expect(lines.map(([level]) => level)).toEqual(["error", "info"]);
  });

  it("formats like the console for plain values", () => {
    expect(formatLogLine(["%s has %d orders", "S01", 3])).toBe("S01 has 3 orders");
  });
});
