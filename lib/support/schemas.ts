import { z } from "zod";
import {
  CostBearer,
  TicketPriority,
  TicketSource,
  TicketStatus,
} from "@/lib/generated/prisma/enums";
import { REASON_CODES } from "./domain/policy";

const id = z.string().trim().min(1).max(64);
const label = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[\p{L}\p{N}_-]+$/u, "Letters, digits, - and _ only.");
const body = z.string().trim().min(1, "Write a message.").max(4000);

/** A ticket filed by another channel through `POST /api/v1/tickets`. */
export const apiTicketSchema = z
  .object({
    subject: z.string().trim().min(1).max(200),
    message: body,
    orderCode: z.string().trim().min(1).max(40).optional(),
    priority: z.enum(TicketPriority).optional(),
    labels: z.array(label).max(10).optional(),
    customer: z
      .object({ name: z.string().trim().min(1).max(60), phone: z.string().trim().min(5).max(20) })
      .strict()
      .optional(),
  })
  .strict();
export type ApiTicketInput = z.infer<typeof apiTicketSchema>;

/** A ticket staff open by hand (a phone call, a walk-in). */
export const staffTicketSchema = z.object({
  subject: z.string().trim().min(1).max(200),
  message: body,
  orderCode: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => v || undefined),
  priority: z.enum(TicketPriority).default("NORMAL"),
});
export type StaffTicketInput = z.infer<typeof staffTicketSchema>;

export const attachmentSchema = z.object({
  name: z.string().trim().min(1).max(120),
  /** base64 of the file; the server checks the real type by its bytes. */
  dataBase64: z.string().min(1).max(3_000_000),
});

/** An agent's reply or internal note. */
export const replySchema = z.object({
  ticketId: id,
  version: z.number().int().min(0),
  body,
  internal: z.boolean().default(false),
  attachments: z.array(attachmentSchema).max(3).default([]),
  /** Status after sending: a reply usually hands the ball to the customer. */
  then: z.enum(["OPEN", "PENDING_CUSTOMER", "RESOLVED"]).optional(),
});
export type ReplyInput = z.infer<typeof replySchema>;

/** Assign, relabel, reprioritise or move a ticket; only the given fields change. */
export const updateTicketSchema = z.object({
  ticketId: id,
  version: z.number().int().min(0),
  status: z.enum(TicketStatus).optional(),
  priority: z.enum(TicketPriority).optional(),
  assigneeId: id.nullable().optional(),
  labels: z.array(label).max(10).optional(),
});
export type UpdateTicketInput = z.infer<typeof updateTicketSchema>;

export const mergeTicketsSchema = z.object({
  ticketId: id,
  intoCode: z.string().trim().min(1).max(40),
});
export type MergeTicketsInput = z.infer<typeof mergeTicketsSchema>;

const refundItems = z
  .array(z.object({ orderItemId: id, quantity: z.number().int().min(1).max(99) }))
  .min(1)
  .max(50);

/** An after-sales action from a ticket. */
export const afterSalesSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("REFUND"),
    ticketId: id,
    reasonCode: z.enum(REASON_CODES),
    bearer: z.enum(CostBearer),
    /** null = refund the rest of the order. */
    items: refundItems.nullable(),
    note: z.string().trim().max(500).optional(),
  }),
  z.object({
    kind: z.literal("COUPON"),
    ticketId: id,
    reasonCode: z.enum(REASON_CODES),
    bearer: z.enum(CostBearer),
    amountCents: z.number().int().min(1).max(100_000),
    note: z.string().trim().max(500).optional(),
  }),
  z.object({
    kind: z.enum(["RESEND", "REDISPATCH", "COURIER_CLAIM"]),
    ticketId: id,
    reasonCode: z.enum(REASON_CODES),
    bearer: z.enum(CostBearer),
    amountCents: z.number().int().min(0).max(100_000).default(0),
    note: z.string().trim().max(500).optional(),
  }),
]);
export type AfterSalesInput = z.infer<typeof afterSalesSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

/**
 * A knowledge-base article in both languages: Chinese and/or English title and body (one
 * language is enough, a started language needs both its title and body) and tags.
 */
export const articleSchema = z
  .object({
    id: id.optional(),
    titleZh: optionalText(120),
    bodyZh: optionalText(8000),
    titleEn: optionalText(120),
    bodyEn: optionalText(8000),
    tags: z.array(label).max(10).default([]),
  })
  .superRefine((v, ctx) => {
    const pairs = [
      ["titleZh", "bodyZh"],
      ["titleEn", "bodyEn"],
    ] as const;
    for (const [title, text] of pairs) {
      if (v[title] && !v[text])
        ctx.addIssue({ code: "custom", path: [text], message: "Write the body." });
      if (v[text] && !v[title])
        ctx.addIssue({ code: "custom", path: [title], message: "Give a title." });
    }
    if (!v.titleZh && !v.titleEn && !v.bodyZh && !v.bodyEn) {
      ctx.addIssue({
        code: "custom",
        path: ["titleZh"],
        message: "Give a title in at least one language.",
      });
    }
  });
export type ArticleInput = z.infer<typeof articleSchema>;

export const retireArticleSchema = z.object({ id, retired: z.boolean() });

/** An agent switches themselves online (takes new tickets) or away. */
export const agentStatusSchema = z.object({ online: z.boolean() });

/** A supervisor sets how many open tickets an agent may hold. */
export const agentCapacitySchema = z.object({
  userId: id,
  capacity: z.coerce
    .number({ error: "Give a number." })
    .int("Whole tickets only.")
    .min(1, "At least 1.")
    .max(50, "At most 50."),
});

/** The customer's one-question survey after resolution. */
export const csatSchema = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).optional(),
});
export type CsatInput = z.infer<typeof csatSchema>;

/** A customer's chat message from the tracking page. */
export const customerMessageSchema = z.object({ message: body.max(1000) });

export const INBOX_VIEWS = ["unassigned", "mine", "team", "all", "breached"] as const;
export const AGES = ["1h", "4h", "24h", "7d"] as const;

/** Inbox view, filters and search, as they live in the URL. */
export const inboxSearchSchema = z.object({
  view: z.enum(INBOX_VIEWS).catch("all"),
  status: z.enum(TicketStatus).optional().catch(undefined),
  priority: z.enum(TicketPriority).optional().catch(undefined),
  channel: z.enum(TicketSource).optional().catch(undefined),
  store: z.string().trim().max(20).optional().catch(undefined),
  label: z.string().trim().max(32).optional().catch(undefined),
  age: z.enum(AGES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  ticket: z.string().trim().max(40).optional().catch(undefined),
});
export type InboxSearch = z.infer<typeof inboxSearchSchema>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The inbox report's period (local days, inclusive) and store, as they live in the URL. */
export const reportSearchSchema = z.object({
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  store: z.string().trim().max(20).optional().catch(undefined),
});
export type ReportSearch = z.infer<typeof reportSearchSchema>;
