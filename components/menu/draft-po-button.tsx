"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { createPurchaseOrderAction } from "@/lib/menu/server/actions";

export type DraftLine = {
  supplierId: string;
  ingredientId: string;
  quantity: number;
  unitCostCents: number;
};

/** Turns the reorder suggestions into one draft purchase order per supplier. */
export function DraftPoButton(props: { storeId: string; lines: DraftLine[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const bySupplier = new Map<string, DraftLine[]>();
  for (const l of props.lines)
    bySupplier.set(l.supplierId, [...(bySupplier.get(l.supplierId) ?? []), l]);
  return (
    <>
      <button
        type="button"
        className="button primary"
        disabled={pending || props.lines.length === 0}
        onClick={() =>
          start(async () => {
            for (const [supplierId, lines] of bySupplier) {
              const r = await createPurchaseOrderAction({
                storeId: props.storeId,
                supplierId,
                lines: lines.map(({ ingredientId, quantity, unitCostCents }) => ({
                  ingredientId,
                  quantity,
                  unitCostCents,
                })),
              });
              if (!r.ok) {
                setError(r.message);
                return;
              }
            }
            router.push(`/menu/supply?store=${encodeURIComponent(props.storeId)}`);
          })
        }
      >
        {t("menu.supply.draftFromSuggestions")}
      </button>
      {error ? (
        <p role="alert" className="error small">
          {t("menu.failed", { message: error })}
        </p>
      ) : null}
    </>
  );
}
