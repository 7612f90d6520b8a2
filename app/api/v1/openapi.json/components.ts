import { ORDER_STATUSES } from "@/lib/orders/domain/lifecycle";

// Hand-written schemas of the public order API; kept next to the route that serves them and
// checked by lib/orders/server/openapi.test.ts.
const money = { type: "integer", minimum: 0, description: "Integer fen (CNY minor units)." };
const status = { type: "string", enum: ORDER_STATUSES };

export const components = {
  securitySchemes: {
    apiKey: {
      type: "http",
      scheme: "bearer",
      description: "A per-store, per-channel API key: `Authorization: Bearer wk_...`.",
    },
    courierToken: {
      type: "http",
      scheme: "bearer",
      description: "A courier's own app token: `Authorization: Bearer <token>`.",
    },
  },
  parameters: {
    IdempotencyKey: {
      name: "Idempotency-Key",
      in: "header",
      required: true,
      description:
        "Unique per order attempt (1–200 characters). A retry with the same key and body returns the first response; the same key with another body is a 422.",
      schema: { type: "string", minLength: 1, maxLength: 200 },
    },
  },
  headers: {
    IdempotentReplayed: {
      description: "Present (`true`) when this response is a replay of an earlier request.",
      schema: { type: "string", enum: ["true"] },
    },
  },
  schemas: {
    OrderStatus: status,
    IntakeOrder: {
      type: "object",
      additionalProperties: false,
      required: ["customer", "address", "items"],
      properties: {
        channelOrderRef: {
          type: "string",
          maxLength: 64,
          description: "The channel's own order id.",
        },
        customer: {
          type: "object",
          additionalProperties: false,
          required: ["name", "phone"],
          properties: {
            name: { type: "string", minLength: 1, maxLength: 60 },
            phone: { type: "string", pattern: "^\\+?[0-9 -]{6,20}$" },
          },
        },
        address: {
          type: "object",
          additionalProperties: false,
          required: ["line", "lat", "lng"],
          properties: {
            line: { type: "string", minLength: 1, maxLength: 200 },
            lat: { type: "number", minimum: -90, maximum: 90 },
            lng: { type: "number", minimum: -180, maximum: 180 },
          },
        },
        items: {
          type: "array",
          minItems: 1,
          maxItems: 50,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["itemId", "quantity"],
            properties: {
              itemId: { type: "string" },
              quantity: { type: "integer", minimum: 1, maximum: 99 },
              optionIds: { type: "array", items: { type: "string" }, maxItems: 20 },
            },
          },
        },
        note: { type: "string", maxLength: 300 },
        expectedTotalCents: {
          ...money,
          description:
            "What the channel showed the customer. Compared and reported in `priceCheck`, never charged.",
        },
        couponCode: {
          type: "string",
          maxLength: 40,
          description:
            "A coupon the customer presents. Unknown, expired, not yet valid, issued to another customer or used up: 422 with a field error on `couponCode`.",
        },
      },
    },
    PlacedOrder: {
      type: "object",
      required: ["id", "code", "status", "version", "totalCents", "trackingUrl", "promisedAt"],
      properties: {
        id: { type: "string" },
        code: { type: "string", example: "S01-7KQ2M9X" },
        status: { type: "string", enum: ["PLACED", "ACCEPTED"] },
        version: { type: "integer" },
        subtotalCents: money,
        discountCents: money,
        packagingFeeCents: money,
        deliveryFeeCents: money,
        totalCents: money,
        priceCheck: {
          type: ["object", "null"],
          properties: { expectedTotalCents: money, matches: { type: "boolean" } },
        },
        placedAt: { type: "string", format: "date-time" },
        promisedAt: { type: "string", format: "date-time" },
        prepMinutes: { type: "integer" },
        trackingUrl: { type: "string", format: "uri" },
      },
    },
    Order: {
      type: "object",
      required: ["id", "code", "status", "version", "totalCents", "items", "trackingUrl"],
      properties: {
        id: { type: "string" },
        code: { type: "string" },
        channel: { type: "string", enum: ["STOREFRONT", "MEITUAN", "ELEME", "PHONE"] },
        channelOrderRef: { type: ["string", "null"] },
        status,
        version: { type: "integer" },
        subtotalCents: money,
        discountCents: money,
        packagingFeeCents: money,
        deliveryFeeCents: money,
        totalCents: money,
        refundedCents: money,
        currency: { type: "string", example: "CNY" },
        placedAt: { type: "string", format: "date-time" },
        acceptedAt: { type: ["string", "null"], format: "date-time" },
        readyAt: { type: ["string", "null"], format: "date-time" },
        pickedUpAt: { type: ["string", "null"], format: "date-time" },
        deliveredAt: { type: ["string", "null"], format: "date-time" },
        cancelledAt: { type: ["string", "null"], format: "date-time" },
        cancelReason: { type: ["string", "null"] },
        promisedAt: { type: "string", format: "date-time" },
        estimatedAt: { type: ["string", "null"], format: "date-time" },
        trackingUrl: { type: "string", format: "uri" },
        items: {
          type: "array",
          items: {
            type: "object",
            properties: {
              id: { type: "string" },
              itemId: { type: ["string", "null"] },
              nameZh: { type: "string" },
              nameEn: { type: "string" },
              quantity: { type: "integer" },
              unitPriceCents: money,
              lineTotalCents: money,
              refundedQty: { type: "integer" },
            },
          },
        },
      },
    },
    Problem: {
      type: "object",
      description: "RFC 9457 problem details.",
      required: ["type", "title", "status", "detail", "code"],
      properties: {
        type: { type: "string" },
        title: { type: "string" },
        status: { type: "integer" },
        detail: { type: "string" },
        instance: { type: "string" },
        code: { type: "string" },
        errors: {
          type: "array",
          description: "One entry per bad field, e.g. `items[0].quantity`.",
          items: {
            type: "object",
            required: ["field", "message"],
            properties: { field: { type: "string" }, message: { type: "string" } },
          },
        },
      },
    },
  },
} as const;
