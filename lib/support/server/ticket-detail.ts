import "server-only";
import type { Actor } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { DEFAULT_BUSINESS_HOURS } from "../domain/business-hours";
import { ticketSla } from "../domain/sla";
import { renderCannedReply } from "../domain/canned";
import { parseLabels } from "./inbox-queries";
import { ticketWhere } from "./scope";
import { suggestFor } from "./suggestions";

/** Everything the conversation and the order context panel show, for one ticket. */
export async function getTicketDetail(
  actor: Actor,
  code: string,
  locale: string,
  now = new Date(),
) {
  const t = await db.ticket.findFirst({
    where: { code, ...ticketWhere(actor) },
    include: {
      messages: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      actions: { orderBy: { createdAt: "asc" } },
      assignee: { select: { id: true, name: true } },
      store: { select: { code: true, nameZh: true, nameEn: true } },
      customer: { select: { id: true, name: true } },
      order: {
        include: {
          items: true,
          courier: {
            select: { name: true, phone: true, lastLat: true, lastLng: true, lastPingAt: true },
          },
          events: {
            orderBy: { createdAt: "asc" },
            select: { id: true, type: true, toStatus: true, reason: true, createdAt: true },
          },
        },
      },
    },
  });
  if (!t) throw new AppError("not_found", "Ticket not found.");
  const customerId = t.customerId;
  const [history, refunds, canned] = await Promise.all([
    customerId
      ? db.ticket.findMany({
          where: { customerId, id: { not: t.id } },
          orderBy: { createdAt: "desc" },
          take: 10,
          select: { code: true, subject: true, status: true, createdAt: true },
        })
      : [],
    t.orderId || customerId
      ? db.refund.findMany({
          where: customerId ? { order: { customerId } } : { orderId: t.orderId ?? "" },
          orderBy: { createdAt: "desc" },
          take: 10,
          select: {
            id: true,
            amountCents: true,
            reasonCode: true,
            createdAt: true,
            order: { select: { code: true } },
          },
        })
      : [],
    db.cannedReply.findMany({ orderBy: { createdAt: "asc" } }),
  ]);
  const vars = {
    orderCode: t.order?.code ?? null,
    customerName: t.order?.customerName ?? t.customer?.name ?? null,
    eta: t.order?.estimatedAt
      ? t.order.estimatedAt.toLocaleTimeString(locale === "en" ? "en-GB" : "zh-CN", {
          hour: "2-digit",
          minute: "2-digit",
          timeZone: "Asia/Shanghai",
        })
      : null,
    storeName: t.store ? (locale === "en" ? t.store.nameEn : t.store.nameZh) : null,
  };
  const conversation = [
    t.subject,
    ...t.messages.filter((m) => m.authorType === "CUSTOMER").map((m) => m.body),
  ].join("\n");
  return {
    ticket: {
      id: t.id,
      code: t.code,
      version: t.version,
      subject: t.subject,
      status: t.status,
      priority: t.priority,
      source: t.source,
      labels: parseLabels(t.labels),
      assigneeId: t.assignee?.id ?? null,
      storeLabel: t.store ? `${t.store.code} · ${vars.storeName}` : null,
      csatScore: t.csatScore,
      csatComment: t.csatComment,
      sla: ticketSla(t, now, DEFAULT_BUSINESS_HOURS),
    },
    messages: t.messages.map((m) => ({
      id: m.id,
      authorType: m.authorType,
      authorName: m.author?.name ?? null,
      body: m.body,
      internal: m.internal,
      attachments: parseAttachments(m.attachments),
      createdAt: m.createdAt,
    })),
    actions: t.actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      status: a.status,
      reasonCode: a.reasonCode,
      amountCents: a.amountCents,
      bearer: a.bearer,
      createdAt: a.createdAt,
    })),
    order: t.order
      ? {
          code: t.order.code,
          status: t.order.status,
          totalCents: t.order.totalCents,
          refundedCents: t.order.refundedCents,
          deliveryFeeCents: t.order.deliveryFeeCents,
          customerName: t.order.customerName,
          promisedAt: t.order.promisedAt,
          estimatedAt: t.order.estimatedAt,
          items: t.order.items.map((i) => ({
            id: i.id,
            name: locale === "en" ? i.nameEn : i.nameZh,
            quantity: i.quantity,
            refundedQty: i.refundedQty,
            lineTotalCents: i.lineTotalCents,
          })),
          courier: t.order.courier,
          events: t.order.events,
        }
      : null,
    history,
    refunds,
    canned: canned.map((c) => ({
      id: c.id,
      title: c.title,
      zh: renderCannedReply(c.bodyZh, vars),
      en: renderCannedReply(c.bodyEn, vars),
    })),
    suggestions: await suggestFor(conversation, t.id, 3, locale),
  };
}

export type TicketDetail = Awaited<ReturnType<typeof getTicketDetail>>;

function parseAttachments(json: string): { name: string; type: string; url: string }[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (a): a is { name: string; type: string; url: string } =>
        typeof a === "object" &&
        a !== null &&
        typeof a.url === "string" &&
        a.url.startsWith("data:image/"),
    );
  } catch {
    return [];
  }
}
