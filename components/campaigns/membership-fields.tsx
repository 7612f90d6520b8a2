"use client";

import { Controller, useFieldArray } from "react-hook-form";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney } from "@/lib/platform/i18n/format";
import type { CampaignCatalogue } from "@/lib/campaigns/server/catalogue";
import { MoneyInput, optionalNumber, type CampaignForm } from "./form-inputs";
import type { StoreChoice } from "./target-fields";

type Prices = Record<string, number> | undefined;

/** Membership: tiers earned by order count (with a % off the order) and per-item member prices. */
export function MembershipFields(props: {
  form: CampaignForm;
  stores: StoreChoice[];
  catalogue: CampaignCatalogue;
  err: (path: string) => React.ReactNode;
}) {
  const { t, locale } = useI18n();
  const { register, control } = props.form;
  const tiers = useFieldArray({ control, name: "rules.memberTiers" });
  const name = (x: { nameZh: string; nameEn: string }) => (locale === "en" ? x.nameEn : x.nameZh);
  return (
    <fieldset data-testid="campaign-membership">
      <legend>{t("campaigns.editor.memberTiers")}</legend>
      {tiers.fields.map((f, i) => (
        <div key={f.id} className="tier-row">
          <label>
            {t("campaigns.editor.tierName")}{" "}
            <input
              data-testid={`member-tier-${i}-name`}
              {...register(`rules.memberTiers.${i}.tier`)}
            />
            {props.err(`rules.memberTiers.${i}.tier`)}
          </label>
          <label>
            {t("campaigns.editor.tierMinOrders")}{" "}
            <input
              inputMode="numeric"
              data-testid={`member-tier-${i}-orders`}
              {...register(`rules.memberTiers.${i}.minOrders`, optionalNumber)}
            />
            {props.err(`rules.memberTiers.${i}.minOrders`)}
          </label>
          <label>
            {t("campaigns.editor.tierPercent")}{" "}
            <input
              inputMode="numeric"
              data-testid={`member-tier-${i}-pct`}
              {...register(`rules.memberTiers.${i}.percentOff`, optionalNumber)}
            />
            {props.err(`rules.memberTiers.${i}.percentOff`)}
          </label>
          <button type="button" className="button" onClick={() => tiers.remove(i)}>
            {t("campaigns.editor.removeTier")}
          </button>
        </div>
      ))}
      {props.err("rules.memberTiers")}
      <button
        type="button"
        className="button"
        data-testid="member-tier-add"
        onClick={() => tiers.append({ tier: "", minOrders: 1, percentOff: 0 })}
      >
        {t("campaigns.editor.addMemberTier")}
      </button>
      <Controller
        control={control}
        name="rules.memberPrices"
        render={({ field }) => {
          const prices = field.value as Prices;
          const set = (id: string, v: number | null | undefined) => {
            const next = { ...prices };
            if (v === undefined || v === null) delete next[id];
            else next[id] = v;
            field.onChange(Object.keys(next).length ? next : undefined);
          };
          return (
            <fieldset data-testid="campaign-member-prices">
              <legend>{t("campaigns.editor.memberPrices")}</legend>
              {props.stores.map((store) => (
                <details key={store.id} open={props.stores.length === 1}>
                  <summary>
                    {store.code} · {name(store)}
                  </summary>
                  {props.catalogue.items
                    .filter((i) => i.storeId === store.id)
                    .map((i) => (
                      <label key={i.id} className="tier-row">
                        {name(i)}{" "}
                        <span className="muted">
                          {t("campaigns.editor.menuPrice", {
                            price: formatMoney(i.priceCents, locale),
                          })}
                        </span>{" "}
                        <MoneyInput
                          value={prices?.[i.id]}
                          empty={undefined}
                          onChange={(v) => set(i.id, v)}
                          onBlur={field.onBlur}
                          testId={`member-price-${i.id}`}
                        />
                        {props.err(`rules.memberPrices.${i.id}`)}
                      </label>
                    ))}
                </details>
              ))}
              {props.err("rules.memberPrices")}
            </fieldset>
          );
        }}
      />
    </fieldset>
  );
}
