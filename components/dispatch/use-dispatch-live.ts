"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { CourierPositionEvent, DispatchPlanEvent } from "@/lib/dispatch/plan-types";
import { dispatchKeys } from "@/lib/dispatch/map/query-options";
import { applyLiveUpdates } from "@/lib/dispatch/map/live-updates";
import type { DispatchMapData } from "@/lib/dispatch/map/types";

type Message = { topic: string; payload: unknown };

function parse(text: string): Message | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && "topic" in value) return value as Message;
  } catch {
    // a malformed message is skipped; the next refetch still brings the map up to date
  }
  return null;
}

// Positions arrive in bursts (every courier pings); they are applied to the cache together.
const FLUSH_MS = 250;

/**
 * The dispatch map's side of the live event stream: courier positions and new plans are
 * written straight into the query cache; order and courier changes refetch the map once.
 */
export function useDispatchLive(): { connected: boolean } {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    let positions: CourierPositionEvent[] = [];
    let plans: DispatchPlanEvent["plans"] = [];
    let refetch = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      if (positions.length > 0 || plans.length > 0) {
        const update = { positions, plans };
        queryClient.setQueryData<DispatchMapData>(dispatchKeys.map(), (data) =>
          data ? applyLiveUpdates(data, update) : data,
        );
        positions = [];
        plans = [];
      }
      if (refetch) {
        refetch = false;
        void queryClient.invalidateQueries({ queryKey: dispatchKeys.all });
      }
    };
    const schedule = () => {
      timer ??= setTimeout(flush, FLUSH_MS);
    };
    const source = new EventSource("/api/events");
    source.onopen = () => {
      setConnected(true);
      refetch = true;
      schedule();
    };
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    source.onmessage = (message: MessageEvent<string>) => {
      const event = parse(message.data);
      if (!event) return;
      if (event.topic === "courier.position") positions.push(event.payload as CourierPositionEvent);
      else if (event.topic === "dispatch.plan") {
        plans = plans.concat((event.payload as DispatchPlanEvent).plans ?? []);
      } else if (event.topic.startsWith("order.") || event.topic === "courier.updated") {
        refetch = true;
      } else return;
      schedule();
    };
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [queryClient]);
  return { connected };
}
