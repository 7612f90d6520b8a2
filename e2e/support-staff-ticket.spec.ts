import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { placeLiveOrder } from "./orders-db";

test("an agent opens a ticket by hand for a caller: field errors first, then the ticket", async ({
  page,
}) => {
  // a freshly started server on a loaded machine is slow to serve its first pages
  test.setTimeout(120_000);
  const order = await placeLiveOrder("S01");
  await signIn(page, "support@demo.local");
  await page.goto("/support");
  await page.getByTestId("new-ticket").click();
  const form = page.getByTestId("new-ticket-form");

  // The shared schema refuses an empty subject and message, by field, before any request.
  await page.getByTestId("new-ticket-save").click();
  await expect(page.getByTestId("new-ticket-subject-error")).toBeVisible();
  await expect(page.getByTestId("new-ticket-message-error")).toHaveText("请输入消息内容。");

  // An unknown order code is the server's field error.
  await page.getByTestId("new-ticket-subject").fill("电话：汤洒了");
  await page
    .getByTestId("new-ticket-message")
    .fill("顾客来电：汤洒了一半 <img src=x onerror=alert(1)>");
  await page.getByTestId("new-ticket-orderCode").fill("NO-SUCH-ORDER");
  await page.getByTestId("new-ticket-save").click();
  await expect(page.getByTestId("new-ticket-orderCode-error")).toHaveText(
    "您负责的门店中没有这个订单号。",
  );

  await page.getByTestId("new-ticket-orderCode").fill(order.code);
  await page.getByTestId("new-ticket-priority").selectOption("HIGH");
  await page.getByTestId("new-ticket-save").click();
  await expect(form).toHaveCount(0);
  const panel = page.getByTestId("ticket-panel");
  await expect(panel).toHaveAttribute("data-status", "OPEN");
  await expect(panel).toContainText("电话：汤洒了");
  await expect(panel).toContainText("高");
  await expect(page.getByTestId("ticket-thread")).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.getByTestId("order-context")).toContainText(order.code);
});
