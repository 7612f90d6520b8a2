import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { intakeOrderSchema } from "@/lib/orders/schemas";

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.1 document of both endpoints", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/api/v1/orders", "/api/v1/orders/{id}"]);
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
});
