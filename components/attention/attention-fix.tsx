"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/i18n-provider";
import type { AttentionItem } from "@/lib/attention/domain/rules";
import type { AttentionPermissions } from "./attention-list";

type Fixes = {
  accept: (orderId: string, version: number, key: string) => void;
  markReady: (orderId: string, version: number, key: string) => void;
  retry: (deliveryId: string, key: string) => void;
};

/** The one-click fix of a problem: an action where one exists, otherwise a link to the place to fix it. */
export function AttentionFix(props: {
  item: AttentionItem;
  can: AttentionPermissions;
  disabled: boolean;
  fixes: Fixes;
}) {
  const { t } = useI18n();
  const { item, can, disabled, fixes } = props;
  const { target } = item;
  if (target.type === "webhook") {
    return can.retry ? (
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => fixes.retry(target.id, item.key)}
      >
        {t("attention.retryNow")}
      </button>
    ) : null;
  }
  if (target.type === "stock") {
    return (
      <Link className="button" href={`/menu/stock?store=${encodeURIComponent(target.storeId)}`}>
        {t("attention.openStock")}
      </Link>
    );
  }
  if (target.type === "store") {
    return (
      <Link className="button" href="/settings">
        {t("attention.openSettings")}
      </Link>
    );
  }
  const openOrder = (
    <Link className="button" href={`/orders?order=${encodeURIComponent(target.id)}`}>
      {t("attention.openOrder")}
    </Link>
  );
  if (item.kind === "not_accepted" && can.accept) {
    return (
      <button
        type="button"
        className="button primary"
        disabled={disabled}
        onClick={() => fixes.accept(target.id, target.version, item.key)}
      >
        {t("board.accept")}
      </button>
    );
  }
  if (item.kind === "prep_overdue" && can.update) {
    return (
      <>
        <button
          type="button"
          className="button primary"
          disabled={disabled}
          onClick={() => fixes.markReady(target.id, target.version, item.key)}
        >
          {t("board.markReady")}
        </button>{" "}
        {openOrder}
      </>
    );
  }
  if (item.kind === "ready_no_courier" || item.kind === "courier_late_pickup") {
    return (
      <Link className="button primary" href={`/dispatch?order=${encodeURIComponent(target.id)}`}>
        {t("attention.openDispatch")}
      </Link>
    );
  }
  return openOrder;
}
