import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { intakeOrderSchema } from "@/lib/orders/schemas";

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.1 document of the order endpoints", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/orders", "/api/v1/orders/{id}"]),
    );
    expect(Object.keys(doc.paths["/api/v1/orders"].post.responses)).toEqual(
      expect.arrayContaining(["201", "400", "401", "413", "422"]),
    );
  });

  it("documents exactly the fields the intake schema accepts", async () => {
    const doc = await GET().json();
    const documented = Object.keys(doc.components.schemas.IntakeOrder.properties).sort();
    expect(documented).toEqual(Object.keys(intakeOrderSchema.shape).sort());
    const item = doc.components.schemas.IntakeOrder.properties.items.items.properties;
    expect(Object.keys(item).sort()).toEqual(
      Object.keys(intakeOrderSchema.shape.items.element.shape).sort(),
    );
  });

  it("documents every courier route and method found in app/api/v1/courier", async () => {
    const doc = await GET().json();
    const root = path.join(process.cwd(), "app/api/v1/courier");
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("route.ts"))
      .map((file) => {
        const dir = path.dirname(file).split(path.sep).join("/");
        const url = `/api/v1/courier/${dir}`.replace(/\[(\w+)\]/g, "{$1}");
        const source = readFileSync(path.join(root, file), "utf8");
        const methods = [
          ...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/g),
        ]
          .map((m) => (m[1] ?? "").toLowerCase())
          .sort();
        return { url, methods };
      });
    expect(routes.length).toBeGreaterThanOrEqual(9);
    const documentedCourier = Object.keys(doc.paths).filter((p) =>
      p.startsWith("/api/v1/courier/"),
    );
    expect(documentedCourier.sort()).toEqual(routes.map((r) => r.url).sort());
    for (const { url, methods } of routes) {
      expect(methods.length, url).toBeGreaterThan(0);
      expect(Object.keys(doc.paths[url]).sort(), url).toEqual(methods);
      for (const method of methods) {
        expect(doc.paths[url][method].security, url).toEqual([{ courierToken: [] }]);
      }
    }
  });

  it("documents the courier position batch from the schema the route parses with", async () => {
    const doc = await GET().json();
    const schema =
      doc.paths["/api/v1/courier/positions"].post.requestBody.content["application/json"].schema;
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties)).toContain("pings");
    expect(schema.properties.pings.maxItems).toBe(200);
  });
});
