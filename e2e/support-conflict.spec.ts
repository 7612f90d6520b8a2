import { expect, test } from "@playwright/test";
import { withE2eDb } from "./db";
import { signIn } from "./helpers";
import { placeLiveOrder } from "./orders-db";

// An agent has a ticket open while another agent closes it (its live event not yet arrived):
// every action the first agent then takes is refused with a clear message and changes nothing.
test("actions on a ticket another agent just closed are refused, nothing half-done", async ({
  page,
}) => {
  // a freshly started server on a loaded machine is slow to serve its first pages
  test.setTimeout(120_000);
  const order = await placeLiveOrder("S01");
  await withE2eDb((db) =>
    db.order.update({
      where: { id: order.id },
      data: { status: "DELIVERED", acceptedAt: new Date(), deliveredAt: new Date() },
    }),
  );
  const help = await page.request.post(`/track/${order.trackingToken}/help`, {
    data: { reason: "missing_item", message: "少了一份米饭" },
  });
  expect(help.ok()).toBe(true);
  const { ticketCode } = (await help.json()) as { ticketCode: string };

  await signIn(page, "support@demo.local");
  await page.goto(`/support?view=all&ticket=${ticketCode}`);
  const panel = page.getByTestId("ticket-panel");
  await expect(panel).toHaveAttribute("data-code", ticketCode);
  await expect(panel).toHaveAttribute("data-status", "OPEN");

  // The other agent's close, as their save writes it (status and a new version).
  const before = await withE2eDb(async (db) => {
    const ticket = await db.ticket.update({
      where: { code: ticketCode },
      data: { status: "CLOSED", version: { increment: 1 } },
    });
    return {
      priority: ticket.priority,
      messages: await db.ticketMessage.count({ where: { ticketId: ticket.id } }),
      actions: await db.supportAction.count({ where: { ticketId: ticket.id } }),
    };
  });

  await page.getByTestId("reply-body").fill("马上为您补送");
  await page.getByTestId("reply-send").click();
  await expect(page.getByTestId("reply-error")).toContainText("该工单已被关闭");
  await expect(page.getByTestId("reply-body")).toHaveValue("马上为您补送");

  await page.getByTestId("refund-qty").first().fill("1");
  await page.getByTestId("action-submit").click();
  await expect(page.getByTestId("action-error")).toContainText("该工单已被关闭");

  await page.getByTestId("ticket-priority").selectOption("LOW");
  await page.getByTestId("ticket-save").click();
  await expect(page.getByTestId("controls-error")).toContainText("本次未做任何更改");

  const after = await withE2eDb(async (db) => {
    const ticket = await db.ticket.findUniqueOrThrow({ where: { code: ticketCode } });
    const refunded = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    return {
      status: ticket.status,
      priority: ticket.priority,
      messages: await db.ticketMessage.count({ where: { ticketId: ticket.id } }),
      actions: await db.supportAction.count({ where: { ticketId: ticket.id } }),
      refundedCents: refunded.refundedCents,
    };
  });
  expect(before.priority).not.toBe("LOW");
  expect(after).toEqual({ ...before, status: "CLOSED", refundedCents: 0 });
});
