"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { selectStore } from "@/lib/stores/server/actions";

type StoreOption = { id: string; code: string; nameZh: string; nameEn: string };

/** Narrows the whole console to one of the actor's stores, or shows all of them. */
export function StoreSwitcher(props: { stores: StoreOption[]; selectedId: string | null }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="inline-field">
      <span className="muted">{t("shell.store")}</span>
      <select
        aria-label={t("shell.store")}
        value={props.selectedId ?? ""}
        disabled={pending}
        onChange={(event) => {
          const storeId = event.target.value || null;
          startTransition(async () => {
            await selectStore({ storeId });
            router.refresh();
          });
        }}
      >
        <option value="">{t("shell.allStores")}</option>
        {props.stores.map((s) => (
          <option key={s.id} value={s.id}>
            {s.code} · {locale === "en" ? s.nameEn : s.nameZh}
          </option>
        ))}
      </select>
    </label>
  );
}
