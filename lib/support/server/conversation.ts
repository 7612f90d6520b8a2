import "server-only";
import type { Actor } from "@/lib/platform/actor";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import { recordAudit } from "@/lib/platform/audit";
import { checkAttachment } from "../domain/attachment";
import type { ReplyInput } from "../schemas";
import type { Attachment } from "./messages-write";
import { claimVersion, getWritableTicket } from "./scope";
import { statusColumns } from "./status-change";
import { slaColumns } from "./sla-columns";

const REASON_TEXT = {
  too_large: "The image is larger than 2 MB.",
  empty: "The file is empty.",
  not_an_image: "Only PNG, JPEG, GIF or WebP images can be attached.",
} as const;

/** Decodes and checks attachments by their bytes; stored as data URLs of the sniffed type. */
export function readAttachments(files: ReplyInput["attachments"]): Attachment[] {
  return files.map((file, i) => {
    const bytes = Buffer.from(file.dataBase64, "base64");
    const check = checkAttachment(bytes);
    if (!check.ok) {
      throw new AppError("validation", REASON_TEXT[check.reason], {
        fields: { [`attachments.${i}`]: [REASON_TEXT[check.reason]] },
      });
    }
    return {
      name: file.name,
      type: check.type,
      size: bytes.byteLength,
      url: `data:${check.type};base64,${bytes.toString("base64")}`,
    };
  });
}

/**
 * An agent's reply (visible to the customer) or internal note. A reply stops the first- and
 * next-response clocks; `then` moves the ticket on (usually to pending the customer).
 */
export async function replyToTicket(db: Db, actor: Actor, input: ReplyInput, now = new Date()) {
  const attachments = readAttachments(input.attachments);
  return db.$transaction(async (tx) => {
    const t = await getWritableTicket(tx, actor, input.ticketId, input.version);
    const message = await tx.ticketMessage.create({
      data: {
        ticketId: t.id,
        authorType: "AGENT",
        authorId: actor.id,
        body: input.body,
        internal: input.internal,
        attachments: JSON.stringify(attachments),
        createdAt: now,
      },
      select: { id: true },
    });
    let data = {};
    if (!input.internal) {
      const answered = { ...t, firstRespondedAt: t.firstRespondedAt ?? now, awaitingSince: null };
      data = {
        firstRespondedAt: answered.firstRespondedAt,
        awaitingSince: null,
        assigneeId: t.assigneeId ?? actor.id,
        ...(input.then ? statusColumns(answered, input.then, now) : slaColumns(answered, now)),
      };
    } else if (input.then) {
      data = statusColumns(t, input.then, now);
    }
    await claimVersion(tx, t, data);
    await recordAudit(tx, actor, {
      action: input.internal ? "ticket.note" : "ticket.reply",
      entityType: "Ticket",
      entityId: t.id,
      storeId: t.storeId,
      after: { messageId: message.id, then: input.then ?? null, attachments: attachments.length },
    });
    await publishEvent(tx, {
      topic: "ticket.message",
      storeId: t.storeId,
      payload: {
        id: t.id,
        code: t.code,
        messageId: message.id,
        author: "AGENT",
        internal: input.internal,
      },
    });
    return { messageId: message.id, version: t.version + 1 };
  });
}
