"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import {
  acceptOrderAction,
  cancelOrderAction,
  markReadyAction,
  refundOrderAction,
  rejectOrderAction,
  startPreparingAction,
} from "@/lib/orders/server/actions";
import type { ActionResult } from "@/lib/platform/guard";
import { orderKeys } from "@/lib/orders/query-options";

type RefundItems = { orderItemId: string; quantity: number }[] | null;

/** One thing staff can do to an order from the board. */
export type OrderCommand =
  | { kind: "accept"; orderId: string; version: number; prepMinutes?: number }
  | { kind: "reject"; orderId: string; version: number; reason: string }
  | { kind: "start_preparing"; orderId: string; version: number }
  | { kind: "mark_ready"; orderId: string; version: number }
  | { kind: "cancel"; orderId: string; version: number; reason: string }
  | {
      kind: "refund";
      orderId: string;
      items: RefundItems;
      reasonCode: string;
      bearer: "STORE" | "PLATFORM" | "COURIER";
    };

function send(command: OrderCommand): Promise<ActionResult<unknown>> {
  const { orderId } = command;
  switch (command.kind) {
    case "accept":
      return acceptOrderAction({
        orderId,
        version: command.version,
        prepMinutes: command.prepMinutes,
      });
    case "reject":
      return rejectOrderAction({ orderId, version: command.version, reason: command.reason });
    case "start_preparing":
      return startPreparingAction({ orderId, version: command.version });
    case "mark_ready":
      return markReadyAction({ orderId, version: command.version });
    case "cancel":
      return cancelOrderAction({ orderId, version: command.version, reason: command.reason });
    case "refund":
      return refundOrderAction({
        orderId,
        items: command.items,
        reasonCode: command.reasonCode,
        bearer: command.bearer,
      });
  }
}

/** A refund at or above the store's approval threshold is queued instead of made. */
function awaitsApproval(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { pendingApproval?: unknown }).pendingApproval === true
  );
}

function withoutKey(record: Record<string, string>, key: string): Record<string, string> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * Runs order commands through the server actions. At most one command per order is in flight
 * (its buttons disable); a refused command leaves its message on the card, and every outcome
 * refetches the order views so a card changed by someone else shows its new state at once.
 */
export function useOrderCommands() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notices, setNotices] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const mark = (orderId: string, on: boolean) =>
    setPending((prev) => {
      const next = new Set(prev);
      if (on) next.add(orderId);
      else next.delete(orderId);
      return next;
    });
  const mutation = useMutation({
    mutationFn: send,
    onMutate: (command) => {
      mark(command.orderId, true);
      setErrors((prev) => withoutKey(prev, command.orderId));
      setNotices((prev) => withoutKey(prev, command.orderId));
    },
    onSuccess: (result, command) => {
      if (result.ok) {
        if (awaitsApproval(result.data)) {
          setNotices((prev) => ({ ...prev, [command.orderId]: t("board.refundAwaitsApproval") }));
        }
        return;
      }
      const message =
        result.code === "conflict"
          ? t("board.conflict", { message: result.message })
          : t("board.actionFailed", { message: result.message });
      setErrors((prev) => ({ ...prev, [command.orderId]: message }));
    },
    onError: (error, command) =>
      setErrors((prev) => ({
        ...prev,
        [command.orderId]: t("board.actionFailed", { message: error.message }),
      })),
    onSettled: async (_result, _error, command) => {
      await queryClient.invalidateQueries({ queryKey: orderKeys.all });
      mark(command.orderId, false);
    },
  });
  return {
    run: (command: OrderCommand) => {
      if (!pending.has(command.orderId)) mutation.mutate(command);
    },
    runAsync: (command: OrderCommand) => mutation.mutateAsync(command),
    pending,
    errors,
    notices,
  };
}
