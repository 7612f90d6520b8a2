import { z } from "zod";
import {
  courierStatusSchema,
  declineSchema,
  positionsSchema,
  shiftSchema,
  stopSchema,
} from "@/lib/dispatch/courier-schemas";

// The courier app's API. Request bodies are generated from the same zod schemas the routes
// parse with, so the document cannot drift from what is accepted.
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});
const security = [{ courierToken: [] }];
const unauthorized = problem("Missing, unknown or deactivated courier token.");
const ok = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
const body = (schema: z.ZodType, description?: string) => ({
  required: true,
  ...(description ? { description } : {}),
  content: { "application/json": { schema: z.toJSONSchema(schema, { io: "input" }) } },
});
const idParam = (description: string) => ({
  name: "id",
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
});
const post = (
  operationId: string,
  summary: string,
  requestBody: ReturnType<typeof body> | null,
  responses: Record<string, unknown>,
  parameters: unknown[] = [],
) => ({
  post: {
    operationId,
    summary,
    security,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: { ...responses, "401": unauthorized },
  },
});
const offerParam = idParam("The assignment id of the offer, from the task list.");
const orderParam = idParam("The order id, from the task list.");
const stopResponses = {
  "200": ok("The stop is confirmed; the order's new status."),
  "400": problem("Malformed JSON."),
  "404": problem("Not one of this courier's orders."),
  "409": problem("The order is not at that stage (for example, not ready for pickup)."),
  "413": problem("Body too large."),
  "422": problem("Invalid photo (type, size or content not an image of the stated type)."),
};

export const courierPaths = {
  "/api/v1/courier/me": {
    get: {
      operationId: "courierMe",
      summary: "The courier behind the token: id, code, status, bag capacity",
      security,
      responses: { "200": ok("The courier."), "401": unauthorized },
    },
  },
  "/api/v1/courier/tasks": {
    get: {
      operationId: "courierTasks",
      summary: "Open offers, accepted orders and the planned route (stops in order)",
      security,
      responses: { "200": ok("Offers, tasks and the route."), "401": unauthorized },
    },
  },
  "/api/v1/courier/shift": post("courierShift", "Start or end the shift", body(shiftSchema), {
    "200": ok("The courier's new status."),
    "409": problem("Ending a shift with food on board."),
    "422": problem("Invalid action."),
  }),
  "/api/v1/courier/status": post(
    "courierStatus",
    "Go on a break or back to available",
    body(courierStatusSchema),
    {
      "200": ok("The courier's new status; a break moves unpicked orders to others."),
      "409": problem("Not on shift."),
      "422": problem("Invalid status."),
    },
  ),
  "/api/v1/courier/positions": post(
    "courierPositions",
    "Report a batch of GPS fixes",
    body(
      positionsSchema,
      "At most 200 fixes. Duplicate, out-of-order, future and off-shift fixes are dropped; impossible jumps are stored flagged and never move the courier.",
    ),
    {
      "200": ok("Which fixes were stored, flagged or dropped, and why."),
      "400": problem("Malformed JSON."),
      "413": problem("Body larger than 128 KiB."),
      "422": problem("Invalid fields (each named in `errors`)."),
    },
  ),
  "/api/v1/courier/offers/{id}/accept": post(
    "courierAcceptOffer",
    "Accept an offer",
    null,
    {
      "200": ok("Accepted: the order is the courier's."),
      "404": problem("No such offer for this courier."),
      "409": problem("The offer lapsed or was answered, or the courier is off shift or on break."),
    },
    [offerParam],
  ),
  "/api/v1/courier/offers/{id}/decline": post(
    "courierDeclineOffer",
    "Decline an offer, optionally with a reason shown to dispatchers",
    body(declineSchema),
    {
      "200": ok("Declined: the order is offered to someone else."),
      "404": problem("No such offer for this courier."),
      "409": problem("The offer lapsed or was already answered."),
      "422": problem("Reason longer than 200 characters."),
    },
    [offerParam],
  ),
  "/api/v1/courier/orders/{id}/pickup": post(
    "courierPickup",
    "Confirm pickup at the store, with an optional photo",
    body(stopSchema, "Photo: JPEG, PNG or WebP, base64, at most 512 KiB."),
    stopResponses,
    [orderParam],
  ),
  "/api/v1/courier/orders/{id}/deliver": post(
    "courierDeliver",
    "Confirm delivery at the door, with an optional photo",
    body(stopSchema, "Photo: JPEG, PNG or WebP, base64, at most 512 KiB."),
    stopResponses,
    [orderParam],
  ),
};
