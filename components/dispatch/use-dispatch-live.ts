"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { useLiveStream } from "@/components/live/use-live-stream";
import type { LiveMessage } from "@/lib/live/client-hub";
import type { CourierPositionEvent, DispatchPlanEvent } from "@/lib/dispatch/plan-types";
import { dispatchKeys } from "@/lib/dispatch/map/query-options";
import { applyLiveUpdates } from "@/lib/dispatch/map/live-updates";
import type { DispatchMapData } from "@/lib/dispatch/map/types";

// Positions arrive in bursts (every courier pings); they are applied to the cache together.
const FLUSH_MS = 250;
const DISPATCH_TOPICS = ["courier.position", "dispatch.plan", "order.", "courier.updated"];

/**
 * The dispatch map's side of the live event stream: courier positions and new plans are
 * written straight into the query cache; order and courier changes refetch the map once.
 * Listens on the page's shared event stream (one connection with the low-stock toast).
 */
export function useDispatchLive(): { connected: boolean } {
  const queryClient = useQueryClient();
  const pending = useRef({
    positions: [] as CourierPositionEvent[],
    plans: [] as DispatchPlanEvent["plans"],
    refetch: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);
  const schedule = useCallback(() => {
    timer.current ??= setTimeout(() => {
      timer.current = null;
      const p = pending.current;
      if (p.positions.length > 0 || p.plans.length > 0) {
        const update = { positions: p.positions, plans: p.plans };
        queryClient.setQueryData<DispatchMapData>(dispatchKeys.map(), (data) =>
          data ? applyLiveUpdates(data, update) : data,
        );
        p.positions = [];
        p.plans = [];
      }
      if (p.refetch) {
        p.refetch = false;
        void queryClient.invalidateQueries({ queryKey: dispatchKeys.all });
      }
    }, FLUSH_MS);
  }, [queryClient]);
  const onEvent = useCallback(
    (event: LiveMessage) => {
      const p = pending.current;
      if (event.topic === "courier.position")
        p.positions.push(event.payload as CourierPositionEvent);
      else if (event.topic === "dispatch.plan") {
        p.plans = p.plans.concat((event.payload as DispatchPlanEvent).plans ?? []);
      } else p.refetch = true;
      schedule();
    },
    [schedule],
  );
  // anything that changed while the stream was down is refetched once it reopens
  const onOpen = useCallback(() => {
    pending.current.refetch = true;
    schedule();
  }, [schedule]);
  return useLiveStream(DISPATCH_TOPICS, onEvent, onOpen);
}
