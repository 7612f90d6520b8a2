import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";
import { AppError, toProblem } from "./errors";

describe("database unavailable → 503", () => {
  it("recognises cut connections, a restarting server and an exhausted pool", () => {
    const cases: unknown[] = [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("Connection terminated unexpectedly"),
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
      Object.assign(new Error("pool"), { code: "P2024" }),
      new Error("outer", { cause: Object.assign(new Error("x"), { code: "08006" }) }),
      Object.assign(new Error("adapter"), { cause: { kind: "DatabaseNotReachable" } }),
    ];
    for (const error of cases) expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("leaves other failures alone", () => {
    for (const error of [
      new Error("boom"),
      Object.assign(new Error("unique"), { code: "P2002" }),
      "text",
      null,
      new AppError("validation", "bad"),
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });

  it("maps to a 503 problem that reveals nothing, other errors stay 500", () => {
    const problem = toProblem(new Error("Connection terminated unexpectedly"), "/api/v1/orders");
    expect(problem).toMatchObject({ status: 503, code: "unavailable", instance: "/api/v1/orders" });
    expect(problem.detail).not.toContain("terminated");
    expect(toProblem(new Error("boom")).status).toBe(500);
  });
});
