import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The audit log is append-only through the app: no code path may change or remove a row. The
// only writer is `recordAudit` (create); seeding's database reset is a developer tool, not the app.
const root = path.resolve(__dirname, "../../..");
const skip = new Set(["node_modules", ".next", "generated", "testing", "seed"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("audit log is read-only through the app", () => {
  it("has no code that updates or deletes audit rows, and no write route on the audit pages", () => {
    const files = [...sources(path.join(root, "app")), ...sources(path.join(root, "lib"))];
    expect(files.length).toBeGreaterThan(100);
    const mutation =
      /auditLog\s*\.\s*(update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\b/;
    const rawSql = /(UPDATE|DELETE\s+FROM)\s+"?AuditLog"?/i;
    const offenders = files.filter((file) => {
      const text = readFileSync(file, "utf8");
      return mutation.test(text) || rawSql.test(text);
    });
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);

    const auditRoutes = sources(path.join(root, "app/(console)/team/audit")).filter((f) =>
      f.endsWith("route.ts"),
    );
    expect(auditRoutes.length).toBeGreaterThan(0);
    for (const file of auditRoutes) {
      expect(readFileSync(file, "utf8")).not.toMatch(
        /export\s+(async\s+)?function\s+(POST|PUT|PATCH|DELETE)/,
      );
    }
  });
});
