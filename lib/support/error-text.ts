import type { MessageKey, Translate } from "@/lib/platform/i18n/messages";

// Server and schema messages (English, stable) → the reader's language. Anything unknown falls
// back to the generic "nothing was changed" line rather than showing English in a Chinese UI.
const EXACT: Record<string, MessageKey> = {
  "This ticket was closed; reopen it to act on it.": "support.err.closed",
  "This ticket was merged into another one.": "support.err.merged",
  "Someone else changed this ticket a moment ago; reload it.": "support.err.stale",
  "A request for this ticket is already waiting for approval.": "support.err.pendingApproval",
  "This ticket is not about an order.": "support.err.notOrder",
  "Ticket not found.": "support.err.notFound",
  "Order not found.": "support.err.notFound",
  "Your role may not give money back.": "support.err.noMoney",
  "Enter an amount above zero.": "support.err.amountZero",
  "The order has already been refunded in full.": "support.err.refundedFull",
  "The order has not left the store: cancel it instead of refunding items.": "support.err.notLeft",
  "The delivery fee was already refunded.": "support.err.feeRefunded",
  "A compensation cannot exceed what the customer paid.": "support.err.overPaid",
  "No such line on this order.": "support.err.noLine",
  "The image is larger than 2 MB.": "support.err.tooLarge",
  "The file is empty.": "support.err.emptyFile",
  "Only PNG, JPEG, GIF or WebP images can be attached.": "support.err.notImage",
  "Write a message.": "support.err.emptyMessage",
  "No open ticket with that code.": "support.err.noSuchTicket",
  "Only tickets of the same order or customer can be merged.": "support.err.unrelated",
  "No such agent.": "support.err.noAgent",
  "Some fields need attention.": "support.err.fields",
  "Letters, digits, - and _ only.": "support.err.labelChars",
  "Write the body.": "support.err.writeBody",
  "Give a title.": "support.err.giveTitle",
  "Give a title in at least one language.": "support.err.titleOne",
  "Give a number.": "support.err.number",
  "Whole tickets only.": "support.err.whole",
  "At least 1.": "support.err.atLeast1",
  "At most 50.": "support.err.atMost50",
};

/** A support action's error (server or shared schema message) in the reader's language. */
export function supportErrorText(t: Translate, message: string | undefined): string {
  if (!message) return t("support.err.generic");
  const exact = EXACT[message];
  if (exact) return t(exact);
  const left = /^At most ¥([\d.]+) is left to refund/.exec(message);
  if (left) return t("support.err.leftToRefund", { amount: left[1] ?? "" });
  const line = /^Only (\d+) left to refund on this line/.exec(message);
  if (line) return t("support.err.lineLeft", { n: line[1] ?? "" });
  return t("support.err.generic");
}

/** The first field error of a failed action, else its message, as readable text. */
export function actionErrorText(
  t: Translate,
  result: { message?: string; fieldErrors?: Record<string, string[]> },
): string {
  return supportErrorText(t, Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.message);
}
