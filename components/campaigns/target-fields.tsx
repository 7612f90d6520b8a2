"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney } from "@/lib/platform/i18n/format";
import { SEGMENTS } from "@/lib/campaigns/schemas";
import type { CampaignCatalogue } from "@/lib/campaigns/server/catalogue";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import type { CampaignForm } from "./form-inputs";

export type StoreChoice = { id: string; code: string; nameZh: string; nameEn: string };
type Err = (path: string) => React.ReactNode;

const CHANNELS = ["STOREFRONT", "MEITUAN", "ELEME", "PHONE"] as const;
/** Types whose discount reads `itemIds`/`categoryIds` (a bundle reads items only). */
export const ITEM_TARGET_TYPES = ["PERCENT_OFF", "FIXED_OFF", "NTH_ITEM", "FLASH_SALE", "BUNDLE"];

/** The campaign's stores, or every store the catalogue knows when it names none. */
export function storesInScope(stores: StoreChoice[], storeIds: readonly string[] | undefined) {
  return storeIds?.length ? stores.filter((s) => storeIds.includes(s.id)) : stores;
}

/** Who and where: zones, channels, customer segments, and the items or categories targeted. */
export function TargetFields(props: {
  form: CampaignForm;
  type: string | undefined;
  stores: StoreChoice[];
  catalogue: CampaignCatalogue;
  err: Err;
}) {
  const { t, locale } = useI18n();
  const { register, watch } = props.form;
  const storeIds = watch("storeIds");
  const scoped = storesInScope(props.stores, storeIds);
  const name = (x: { nameZh: string; nameEn: string }) => (locale === "en" ? x.nameEn : x.nameZh);
  const inScope = (storeId: string | null) =>
    storeId === null || scoped.some((s) => s.id === storeId);
  const zones = props.catalogue.zones.filter((z) => inScope(z.storeId));
  const bundle = props.type === "BUNDLE";
  return (
    <fieldset data-testid="campaign-targeting">
      <legend>{t("campaigns.editor.section.targeting")}</legend>
      <fieldset className="checks" data-testid="campaign-zones">
        <legend>{t("campaigns.editor.zones")}</legend>
        {zones.map((z) => (
          <label key={z.id}>
            <input type="checkbox" value={z.id} {...register("rules.zoneIds")} /> {z.name}
          </label>
        ))}
        {props.err("rules.zoneIds")}
      </fieldset>
      <fieldset className="checks">
        <legend>{t("campaigns.editor.channels")}</legend>
        {CHANNELS.map((c) => (
          <label key={c}>
            <input type="checkbox" value={c} {...register("rules.channels")} />{" "}
            {t(`channel.${c}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks" data-testid="campaign-segments">
        <legend>{t("campaigns.editor.segments")}</legend>
        {SEGMENTS.map((s) => (
          <label key={s}>
            <input type="checkbox" value={s} {...register("rules.segments")} />{" "}
            {t(`campaigns.segment.${s}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      {props.type && ITEM_TARGET_TYPES.includes(props.type) ? (
        <fieldset data-testid="campaign-targets">
          <legend>{t(bundle ? "campaigns.editor.bundleItems" : "campaigns.editor.targets")}</legend>
          {scoped.map((store) => (
            <details
              key={store.id}
              data-testid={`targets-${store.code}`}
              open={scoped.length === 1}
            >
              <summary>
                {store.code} · {name(store)}
              </summary>
              {props.catalogue.categories
                .filter((c) => c.storeId === store.id)
                .map((c) => (
                  <div key={c.id} className="checks">
                    {bundle ? (
                      <strong>{name(c)}</strong>
                    ) : (
                      <label>
                        <input type="checkbox" value={c.id} {...register("rules.categoryIds")} />{" "}
                        <strong>{name(c)}</strong>
                      </label>
                    )}
                    {props.catalogue.items
                      .filter((i) => i.categoryId === c.id)
                      .map((i) => (
                        <label key={i.id}>
                          <input type="checkbox" value={i.id} {...register("rules.itemIds")} />{" "}
                          {name(i)}{" "}
                          <span className="muted">{formatMoney(i.priceCents, locale)}</span>
                        </label>
                      ))}
                  </div>
                ))}
            </details>
          ))}
          {props.err("rules.categoryIds")}
          {props.err("rules.itemIds")}
        </fieldset>
      ) : null}
    </fieldset>
  );
}
