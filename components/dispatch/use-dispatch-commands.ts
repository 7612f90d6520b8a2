"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import type { ActionResult } from "@/lib/platform/guard";
import {
  assignOrdersAction,
  setPinAction,
  setZoneAutoDispatchAction,
  unassignOrderAction,
} from "@/lib/dispatch/server/actions";
import { dispatchKeys } from "@/lib/dispatch/map/query-options";
import { orderKeys } from "@/lib/orders/query-options";

/** One thing a dispatcher can do from the map. */
export type DispatchCommand =
  | { kind: "assign"; orderIds: string[]; courierId: string; pin?: boolean }
  | { kind: "unassign"; orderId: string }
  | { kind: "pin"; orderId: string; pinned: boolean }
  | { kind: "zone"; zoneId: string; enabled: boolean };

function send(command: DispatchCommand): Promise<ActionResult<unknown>> {
  switch (command.kind) {
    case "assign":
      return assignOrdersAction({
        orderIds: command.orderIds,
        courierId: command.courierId,
        pin: command.pin,
      });
    case "unassign":
      return unassignOrderAction({ orderId: command.orderId });
    case "pin":
      return setPinAction({ orderId: command.orderId, pinned: command.pinned });
    case "zone":
      return setZoneAutoDispatchAction({ zoneId: command.zoneId, enabled: command.enabled });
  }
}

export type DispatchCommands = {
  run: (command: DispatchCommand) => void;
  pending: boolean;
  error: string | null;
};

/**
 * Runs dispatcher commands through the server actions; every outcome refetches the map (and
 * the order views), and a refusal leaves its message in the panel.
 */
export function useDispatchCommands(onDone?: () => void): DispatchCommands {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: send,
    onMutate: () => setError(null),
    onSuccess: (result) => {
      if (result.ok) onDone?.();
      else setError(t("dispatch.map.failed", { message: result.message }));
    },
    onError: (e) => setError(t("dispatch.map.failed", { message: e.message })),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: dispatchKeys.all }),
        queryClient.invalidateQueries({ queryKey: orderKeys.all }),
      ]);
    },
  });
  return {
    run: (command) => {
      if (!mutation.isPending) mutation.mutate(command);
    },
    pending: mutation.isPending,
    error,
  };
}
