"use server";

import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import { createZoneSchema, deleteZoneSchema, updateZoneSchema } from "@/lib/dispatch/zones/schemas";
import { createZone, deleteZone, updateZone } from "./zone-mutations";

export const createZoneAction = defineAction(
  "dispatch.zones",
  createZoneSchema,
  (actor, input, meta) => createZone(db, actor, input, meta),
);

export const updateZoneAction = defineAction(
  "dispatch.zones",
  updateZoneSchema,
  (actor, input, meta) => updateZone(db, actor, input, meta),
);

export const deleteZoneAction = defineAction(
  "dispatch.zones",
  deleteZoneSchema,
  (actor, input, meta) => deleteZone(db, actor, input, meta),
);
