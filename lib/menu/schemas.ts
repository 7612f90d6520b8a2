import { z } from "zod";
import { SOLD_OUT_MODES } from "./domain/sold-out";
import { channelOverridesSchema, scheduleSchema } from "./domain/availability";

const id = z.string().min(1).max(64);

export const setSoldOutSchema = z
  .object({
    target: z.enum(["item", "option"]),
    id,
    mode: z.enum(SOLD_OUT_MODES),
    until: z.coerce.date().optional(),
  })
  .refine((v) => v.mode !== "until" || v.until !== undefined, {
    message: "Pick a time.",
    path: ["until"],
  });
export type SetSoldOutInput = z.output<typeof setSoldOutSchema>;

export const STOCK_ADJUST_REASONS = ["ADJUST", "WASTE"] as const;

export const adjustStockSchema = z.object({
  target: z.enum(["item", "ingredient"]),
  id,
  reason: z.enum(STOCK_ADJUST_REASONS),
  /** Signed change; waste must be negative. */
  delta: z
    .number({ message: "Enter a number." })
    .finite()
    .refine((n) => n !== 0, "Enter a change other than 0.")
    .refine((n) => Math.abs(n) <= 1_000_000, "Too large."),
  note: z.string().trim().min(1, "Say why.").max(300),
});
export type AdjustStockInput = z.output<typeof adjustStockSchema>;

const name = (max: number) => z.string().trim().min(1, "Required.").max(max);
const cents = z
  .number({ message: "Enter a price." })
  .int("Whole fen only.")
  .min(0, "Price cannot be negative.")
  .max(10_000_000);

/** One ingredient a portion (or an option such as "extra beef") consumes. */
export const recipeLineInputSchema = z.object({
  ingredientId: id,
  quantity: z
    .number({ message: "Enter a quantity." })
    .positive("Quantity must be above 0.")
    .max(100_000),
});

export const optionInputSchema = z.object({
  id: id.optional(),
  nameZh: name(60),
  nameEn: name(60),
  priceDeltaCents: cents,
  recipe: z.array(recipeLineInputSchema).max(10).default([]),
});

export const optionGroupInputSchema = z
  .object({
    id: id.optional(),
    nameZh: name(60),
    nameEn: name(60),
    minChoices: z.number().int().min(0, "Minimum must be ≥ 0."),
    maxChoices: z.number().int().min(1, "Maximum must be ≥ 1."),
    options: z.array(optionInputSchema).min(1, "Add at least one option.").max(50),
  })
  .superRefine((g, ctx) => {
    if (g.minChoices > g.maxChoices) {
      ctx.addIssue({
        code: "custom",
        message: "Minimum cannot exceed maximum.",
        path: ["minChoices"],
      });
    } else if (g.minChoices > g.options.length) {
      ctx.addIssue({
        code: "custom",
        message: `Minimum ${g.minChoices} cannot be met with ${g.options.length} option(s).`,
        path: ["minChoices"],
      });
    }
  });

export const menuItemInputSchema = z.object({
  storeId: id,
  categoryId: id.nullable(),
  nameZh: name(80),
  nameEn: name(80),
  descriptionZh: z.string().trim().max(500).default(""),
  descriptionEn: z.string().trim().max(500).default(""),
  priceCents: cents,
  active: z.boolean(),
  stockTracked: z.boolean(),
  stockQty: z.number().int("Whole portions only.").min(0, "Stock cannot be negative.").nullable(),
  lowStockThreshold: z.number().int().min(0, "Threshold cannot be negative.").nullable(),
  sortOrder: z.number().int().default(0),
  availability: scheduleSchema.nullable(),
  channelOverrides: channelOverridesSchema,
  optionGroups: z.array(optionGroupInputSchema).max(20),
  /** An uploaded photo of this store (app/api/menu/photos), or null for none. */
  photoId: id.nullable().default(null),
});
export type MenuItemInput = z.output<typeof menuItemInputSchema>;

/** Update carries the `updatedAt` the editor loaded, so a concurrent change is detected. */
export const updateMenuItemSchema = menuItemInputSchema.extend({
  id,
  expectedUpdatedAt: z.coerce.date(),
});
export type UpdateMenuItemInput = z.output<typeof updateMenuItemSchema>;

export const categoryInputSchema = z.object({
  storeId: id,
  id: id.optional(),
  parentId: id.nullable(),
  nameZh: name(40),
  nameEn: name(40),
  active: z.boolean().default(true),
  availability: scheduleSchema.nullable().default(null),
});
export type CategoryInput = z.output<typeof categoryInputSchema>;

export const moveCategorySchema = z.object({
  storeId: id,
  id,
  direction: z.enum(["up", "down"]),
});
export type MoveCategoryInput = z.output<typeof moveCategorySchema>;

export const supplierInputSchema = z.object({
  storeId: id,
  id: id.optional(),
  name: name(80),
  contactName: z.string().trim().max(60).default(""),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-\s]{0,20}$/, "Digits, spaces, + and - only.")
    .default(""),
  leadTimeDays: z
    .number({ message: "Enter a number of days." })
    .int("Whole days only.")
    .min(0, "Lead time cannot be negative.")
    .max(90, "At most 90 days."),
  ingredientIds: z.array(id).max(200).default([]),
});
export type SupplierInput = z.output<typeof supplierInputSchema>;

export const bulkEditSchema = z.object({
  storeId: id,
  itemIds: z.array(id).min(1, "Select at least one item.").max(500),
  edit: z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("price_percent"),
      // −100 % takes a price to 0; anything lower would make it negative.
      percent: z
        .number({ message: "Enter a percentage." })
        .finite("Enter a percentage.")
        .min(-100, "A price cannot go below 0.")
        .max(500, "At most +500 %.")
        .refine((n) => n !== 0, "Enter a change other than 0."),
    }),
    z.object({ kind: z.literal("move"), categoryId: id.nullable() }),
    z.object({ kind: z.literal("enable"), active: z.boolean() }),
  ]),
});
export type BulkEditInput = z.output<typeof bulkEditSchema>;

export const importMenuSchema = z.object({
  storeId: id,
  csv: z.string().min(1, "Choose a CSV file.").max(2_000_000, "The file is too large (2 MB)."),
  skipBadRows: z.boolean().default(false),
});
export type ImportMenuInput = z.output<typeof importMenuSchema>;

export const createPurchaseOrderSchema = z.object({
  storeId: id,
  supplierId: id,
  lines: z
    .array(
      z.object({
        ingredientId: id,
        quantity: z.number().positive("Quantity must be above 0.").max(1_000_000),
        unitCostCents: z.number().int().min(0, "Cost cannot be negative.").max(10_000_000),
      }),
    )
    .min(1, "Add at least one line."),
});
export type CreatePurchaseOrderInput = z.output<typeof createPurchaseOrderSchema>;

export const sendPurchaseOrderSchema = z.object({ purchaseOrderId: id });

export const receivePurchaseOrderSchema = z.object({
  purchaseOrderId: id,
  lines: z.array(z.object({ lineId: id, qty: z.number().min(0, "Cannot be negative.") })).min(1),
});
export type ReceivePurchaseOrderInput = z.output<typeof receivePurchaseOrderSchema>;

export const replyToReviewSchema = z.object({
  reviewId: id,
  reply: z.string().trim().min(2, "Write a reply.").max(500, "At most 500 characters."),
  /** The reply the editor saw (null when none), so a concurrent reply is not overwritten. */
  expectedReply: z.string().nullable(),
});
export type ReplyToReviewInput = z.output<typeof replyToReviewSchema>;
