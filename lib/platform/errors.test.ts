import { describe, expect, it } from "vitest";
import { AppError, toProblem } from "./errors";

describe("problem documents (RFC 9457)", () => {
  it("maps an AppError to its status with each bad field named", () => {
    const problem = toProblem(
      new AppError("validation", "Some fields need attention.", {
        fields: {
          "items.0.quantity": ["Must be at least 1"],
          email: ["Invalid email", "Too long"],
        },
      }),
      "/api/v1/orders",
    );
    expect(problem).toEqual({
      type: "/problems/validation",
      title: "Invalid request",
      status: 422,
      detail: "Some fields need attention.",
      code: "validation",
      instance: "/api/v1/orders",
      errors: [
        { field: "items.0.quantity", message: "Must be at least 1" },
        { field: "email", message: "Invalid email" },
        { field: "email", message: "Too long" },
      ],
    });
  });

  it("gives 403 for forbidden and 429 for rate limits", () => {
    expect(toProblem(new AppError("forbidden", "no")).status).toBe(403);
    expect(toProblem(new AppError("rate_limited", "slow down")).status).toBe(429);
  });

  it("reveals nothing of an unexpected error", () => {
    const problem = toProblem(new Error("SQLITE_CORRUPT at /secret/path"));
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain("secret");
  });
});
