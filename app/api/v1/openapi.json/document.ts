import { components } from "./components";
import { courierPaths } from "./courier-paths";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The OpenAPI 3.1 description of the public order API. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Order intake and courier API",
    version: "1.0.0",
    description:
      'For ordering channels (own storefront, aggregators). Each API key belongs to one store and one channel. Prices are always computed by the server from the menu. Status changes are pushed to the channel\'s webhook endpoint, signed with `X-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`, retried with exponential backoff.',
  },
  servers: [{ url: "/" }],
  security: [{ apiKey: [] }],
  paths: {
    "/api/v1/orders": {
      post: {
        operationId: "placeOrder",
        summary: "Place an order",
        parameters: [{ $ref: "#/components/parameters/IdempotencyKey" }],
        requestBody: {
          required: true,
          description: "At most 64 KiB.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/IntakeOrder" } } },
        },
        responses: {
          "201": {
            description: "Placed (or, with auto-accept for the channel, already accepted).",
            headers: { "Idempotent-Replayed": { $ref: "#/components/headers/IdempotentReplayed" } },
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/PlacedOrder" } },
            },
          },
          "400": problem("Malformed JSON or a missing Idempotency-Key header."),
          "401": problem("Missing, unknown or revoked API key."),
          "409": problem(
            "Store paused or closed, not enough stock, or the same key is still in progress.",
          ),
          "413": problem("Body larger than 64 KiB."),
          "422": problem(
            "Invalid fields (each named in `errors`), unknown or unavailable items, option rules, minimum order, address outside every delivery zone, or an Idempotency-Key reused with a different body.",
          ),
          "429": problem("The store's 15-minute slot is full."),
        },
      },
    },
    "/api/v1/orders/{id}": {
      get: {
        operationId: "getOrder",
        summary: "One order of the API key's store",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "The order.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } },
          },
          "401": problem("Missing, unknown or revoked API key."),
          "404": problem("No such order for this store."),
        },
      },
    },
    ...courierPaths,
  },
  components,
} as const;
