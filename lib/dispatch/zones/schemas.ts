import { z } from "zod";
import { polygonIssues, type Vertex } from "./polygon";

// Messages are catalogue keys, so the form shows each field error in the user's language.
const vertexSchema = z.tuple([z.number(), z.number()]);

/** A zone outline: [lng, lat] vertices, closed implicitly, that pass `polygonIssues`. */
export const zonePolygonSchema = z
  .array(vertexSchema, { error: "dispatch.zoneErrPolygon" })
  .max(200, { error: "dispatch.zoneErrTooMany" })
  .superRefine((polygon, ctx) => {
    for (const issue of polygonIssues(polygon as Vertex[])) {
      ctx.addIssue({ code: "custom", message: `dispatch.zoneErr.${issue}` });
    }
  });

const centsSchema = z
  .number({ error: "dispatch.zoneErrAmount" })
  .int({ error: "dispatch.zoneErrAmount" })
  .min(0, { error: "dispatch.zoneErrNegative" })
  .max(100_000_00, { error: "dispatch.zoneErrAmount" });

const zoneFields = {
  name: z
    .string()
    .trim()
    .min(1, { error: "dispatch.zoneErrName" })
    .max(80, { error: "dispatch.zoneErrName" }),
  deliveryFeeCents: centsSchema,
  minOrderCents: centsSchema,
  polygon: zonePolygonSchema,
  active: z.boolean().default(true),
};

/** A new zone; `storeId` null makes it platform-wide (only for unscoped staff). */
export const createZoneSchema = z.object({
  ...zoneFields,
  storeId: z.string().min(1).max(64).nullable(),
});
export type CreateZoneInput = z.output<typeof createZoneSchema>;

/** Edits of an existing zone; its store does not change. */
export const updateZoneSchema = z.object({ id: z.string().min(1).max(64), ...zoneFields });
export type UpdateZoneInput = z.output<typeof updateZoneSchema>;

export const deleteZoneSchema = z.object({ id: z.string().min(1).max(64) });
