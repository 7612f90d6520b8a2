import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InstanceParseError, parseInstance } from "./parse-instance";
import { instancePath, instanceText } from "./testing/fixtures";

const tiny = instanceText(2, 10, [
  [0, 0, 0, 0, 100, 0, 0, 0],
  [1, 0, 5, 0, 50, 1, 0, 2],
  [2, 0, -5, 0, 80, 1, 1, 0],
]);

function errorOf(text: string): InstanceParseError {
  try {
    parseInstance(text);
  } catch (e) {
    if (e instanceof InstanceParseError) return e;
    throw e;
  }
  throw new Error("expected a parse error");
}

describe("parseInstance", () => {
  it("parses a Li & Lim file with CRLF and tabs", () => {
    const inst = parseInstance(readFileSync(instancePath("pdp_100", "lc101"), "utf8"), "lc101");
    expect(inst.nodeCount).toBe(107);
    expect(inst.capacity).toBe(200);
    expect(inst.vehicleLimit).toBe(25);
    expect(inst.latest[0]).toBe(1236);
    const pickups = Array.from(inst.deliveryOf).filter((d) => d > 0).length;
    expect(pickups).toBe(53);
    for (let k = 1; k < inst.nodeCount; k++) {
      const d = inst.deliveryOf[k] ?? 0;
      if (d > 0) expect(inst.pickupOf[d]).toBe(k);
    }
  });

  it("accepts a header whose speed field is 0 and ignores blank lines", () => {
    const inst = parseInstance(tiny.replace("\t1\r\n", "\t0\r\n\r\n"));
    expect(inst.nodeCount).toBe(3);
    expect(inst.demand[2]).toBe(-5);
  });

  it("reports a wrong column count with its line number", () => {
    const broken = tiny.replace("2\t2\t0\t-5\t0\t80\t1\t1\t0", "2\t2\t0\t-5\t0\t80\t1\t1");
    const err = errorOf(broken);
    expect(err.line).toBe(4);
    expect(err.message).toMatch(/line 4: .*9 columns, found 8/);
  });

  it("reports non-numeric fields, bad indices and mismatched pairs with line numbers", () => {
    expect(errorOf(tiny.replace("1\t1\t0\t5", "1\t1\tx\t5")).line).toBe(3);
    expect(errorOf(tiny.replace("2\t2\t0\t-5", "7\t2\t0\t-5")).message).toMatch(/line 4: expected/);
    expect(errorOf(tiny.replace("0\t-5\t0\t80", "0\t-4\t0\t80")).line).toBe(3);
    expect(errorOf("1 2\r\n").line).toBe(1);
    expect(errorOf("\r\n\r\n").message).toMatch(/empty/);
  });
});
