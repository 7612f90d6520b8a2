import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/platform/db-client";
import { DEMO_PASSWORD } from "./helpers";
import { placeLiveOrder } from "./orders-db";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

// The customer's own order, delivered (two bowls of noodles at ¥15, as the courier app would
// have left it), so one missing bowl is a partial, item-level refund within the agent's limit.
async function deliveredOrder() {
  const order = await placeLiveOrder("S01");
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const now = new Date();
    await db.order.update({
      where: { id: order.id },
      data: { status: "DELIVERED", acceptedAt: now, pickedUpAt: now, deliveredAt: now },
    });
  } finally {
    await db.$disconnect();
  }
  return order;
}

// The shared sign-in helper waits 10 s for the console; the first page of a freshly started
// server (this spec may run first in a sandbox) can take longer on a loaded machine.
async function signInAgent(page: Page) {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill("support@demo.local");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 60_000 });
}

test("help on the tracking page → live inbox → canned reply and partial refund → CSAT", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const order = await deliveredOrder();
  const agentContext = await browser.newContext();
  const customerContext = await browser.newContext();
  const agent = await agentContext.newPage();
  const customer = await customerContext.newPage();

  // The agent watches the inbox, searched for this order, before the ticket exists.
  await signInAgent(agent);
  await agent.goto(`/support?view=all&q=${order.code}`);
  await expect(agent.getByTestId("inbox-live")).toHaveAttribute("data-connected", "true");
  await expect(agent.locator("tr", { hasText: order.code })).toHaveCount(0);

  // The customer asks for help, then writes in the chat; an empty message is refused.
  await customer.goto(`/track/${order.trackingToken}`);
  // the page is on its live stream (and so not polling)
  await expect(customer.getByTestId("tracking")).toHaveAttribute("data-live", "true");
  await customer.getByTestId("help-open").click();
  await customer.getByTestId("help-reason").selectOption("missing_item");
  await customer.getByTestId("help-message").fill("少了一碗牛肉面");
  await customer.getByTestId("help-form").locator('button[type="submit"]').click();
  const chat = customer.getByTestId("chat");
  await expect(chat).toBeVisible();
  const ticketCode = (await chat.getAttribute("data-ticket")) ?? "";
  expect(ticketCode).toMatch(/^T\d+$/);
  await customer.getByTestId("chat-send").click();
  await expect(customer.getByTestId("chat-error")).toHaveText("请先输入消息内容");
  const script = "<script>window.__pwned = 1</script>";
  await customer.getByTestId("chat-message").fill(script);
  await customer.getByTestId("chat-send").click();
  const thread = customer.getByTestId("chat-thread");
  await expect(thread.locator('[data-from="customer"]').last()).toContainText(script);
  expect(await customer.evaluate(() => "__pwned" in window)).toBe(false);

  // The ticket appears in the inbox without a reload, with the customer's messages as text.
  const row = agent.locator("tr", { hasText: order.code });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row).toContainText(ticketCode);
  await row.getByTestId("inbox-open").click();
  const panel = agent.getByTestId("ticket-panel");
  await expect(panel).toHaveAttribute("data-code", ticketCode);
  await expect(agent.getByTestId("ticket-thread")).toContainText(script);

  // A further customer message reaches the open ticket without a reload; its script is text.
  await customer.getByTestId("chat-message").fill("还有一杯饮料<b>也</b>没到");
  await customer.getByTestId("chat-send").click();
  await expect(agent.getByTestId("ticket-thread")).toContainText("还有一杯饮料<b>也</b>没到", {
    timeout: 5_000,
  });
  expect(await agent.evaluate(() => "__pwned" in window)).toBe(false);

  // Canned reply with its variables filled in, sent to the customer.
  await agent.getByTestId("canned-select").selectOption({ label: "核实中 Checking" });
  const body = agent.getByTestId("reply-body");
  await expect(body).toHaveValue(`您好，正在为您核实订单 ${order.code}，请稍候。`);
  await agent.getByTestId("reply-send").click();
  await expect(body).toHaveValue("");
  await expect(panel).toHaveAttribute("data-status", "PENDING_CUSTOMER");

  // The customer sees the reply pushed over the stream: no reload, within a few seconds.
  await expect(customer.getByTestId("tracking")).toHaveAttribute("data-live", "true");
  await expect(thread.locator('[data-from="agent"]')).toContainText(
    `正在为您核实订单 ${order.code}`,
    { timeout: 5_000 },
  );
  await expect(customer.getByTestId("chat-ticket")).toContainText("待顾客回复");

  // Partial refund: one of the two bowls (¥15), within the agent's own limit.
  await agent.getByTestId("refund-qty").first().fill("1");
  await agent.getByTestId("action-submit").click();
  await expect(agent.getByTestId("action-result")).toContainText("15.00");

  // ...and the refund, pushed the same way.
  const refund = customer.getByTestId("refund");
  await expect(refund).toHaveCount(1, { timeout: 5_000 });
  await expect(refund).toContainText("15.00");
  await expect(refund).toContainText("牛肉面 ×1");

  // The agent resolves; the customer gets the survey and answers it once.
  await agent.getByTestId("ticket-status").selectOption("RESOLVED");
  await agent.getByTestId("ticket-save").click();
  await expect(panel).toHaveAttribute("data-status", "RESOLVED");
  await expect(customer.getByTestId("csat-form")).toBeVisible({ timeout: 5_000 });
  await customer.getByTestId("csat-score-5").click();
  await customer.getByTestId("csat-comment").fill("处理很快");
  await customer.getByTestId("csat-submit").click();
  await expect(customer.getByTestId("csat-done")).toContainText("5/5");
  const again = await customer.request.post(`/track/${order.trackingToken}/csat`, {
    data: { score: 1 },
  });
  expect(again.status()).toBe(409);
  expect((await again.json()) as { code: string }).toMatchObject({ code: "conflict" });

  // The inbox shows the score, live.
  await expect(agent.getByTestId("ticket-csat")).toHaveAttribute("data-score", "5");
  await expect(agent.getByTestId("ticket-csat")).toContainText("处理很快");

  await agentContext.close();
  await customerContext.close();
});

test("the chat API refuses empty, oversized and unknown-token messages with problem JSON", async ({
  request,
}) => {
  const order = await placeLiveOrder("S01");
  const url = `/track/${order.trackingToken}/messages`;
  // no ticket yet: nothing to write into
  expect((await request.post(url, { data: { message: "hi" } })).status()).toBe(409);
  await request.post(`/track/${order.trackingToken}/help`, {
    data: { reason: "other", message: "请联系我" },
  });
  const empty = await request.post(url, { data: { message: "   " } });
  expect(empty.status()).toBe(422);
  expect(empty.headers()["content-type"]).toContain("application/problem+json");
  expect((await request.post(url, { data: { message: "长".repeat(1001) } })).status()).toBe(422);
  expect((await request.post(url, { data: { message: "x".repeat(5000) } })).status()).toBe(413);
  expect((await request.post(url, { data: { message: "好的" } })).status()).toBe(201);
  const unknown = await request.post(`/track/${"N".repeat(22)}/messages`, {
    data: { message: "hi" },
  });
  expect(unknown.status()).toBe(404);
  expect((await request.get(`/track/${"N".repeat(22)}`)).status()).toBe(404);
});
