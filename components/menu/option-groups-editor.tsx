"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { toYuan } from "./error-text";

export type OptionDraft = {
  id?: string;
  nameZh: string;
  nameEn: string;
  price: string;
  ingredientId: string;
  qty: string;
};
export type GroupDraft = {
  id?: string;
  nameZh: string;
  nameEn: string;
  min: string;
  max: string;
  options: OptionDraft[];
};

export const emptyOption = (): OptionDraft => ({
  nameZh: "",
  nameEn: "",
  price: "0",
  ingredientId: "",
  qty: "",
});

export const groupDraft = (g: {
  id?: string;
  nameZh: string;
  nameEn: string;
  minChoices: number;
  maxChoices: number;
  options: {
    id?: string;
    nameZh: string;
    nameEn: string;
    priceDeltaCents: number;
    recipe: { ingredientId: string; quantity: number }[];
  }[];
}): GroupDraft => ({
  id: g.id,
  nameZh: g.nameZh,
  nameEn: g.nameEn,
  min: String(g.minChoices),
  max: String(g.maxChoices),
  options: g.options.map((o) => ({
    id: o.id,
    nameZh: o.nameZh,
    nameEn: o.nameEn,
    price: toYuan(o.priceDeltaCents),
    ingredientId: o.recipe[0]?.ingredientId ?? "",
    qty: o.recipe[0] ? String(o.recipe[0].quantity) : "",
  })),
});

/** Option groups of an item: names, min/max choices, options with prices and recipes. */
export function OptionGroupsEditor(props: {
  groups: GroupDraft[];
  onChange: (groups: GroupDraft[]) => void;
  ingredients: { id: string; name: string; unit: string }[];
  err: (path: string) => React.ReactNode;
}) {
  const { t } = useI18n();
  const { groups, onChange, err } = props;
  const setGroup = (gi: number, patch: Partial<GroupDraft>) =>
    onChange(groups.map((g, i) => (i === gi ? { ...g, ...patch } : g)));
  const setOption = (gi: number, oi: number, patch: Partial<OptionDraft>) =>
    setGroup(gi, {
      options: (groups[gi]?.options ?? []).map((o, i) => (i === oi ? { ...o, ...patch } : o)),
    });
  return (
    <fieldset data-testid="option-groups">
      <legend>{t("menu.ed.groups")}</legend>
      {groups.map((g, gi) => (
        <fieldset key={gi} className="panel" data-testid="option-group">
          <label>
            {t("menu.ed.groupNameZh")}{" "}
            <input value={g.nameZh} onChange={(e) => setGroup(gi, { nameZh: e.target.value })} />
            {err(`optionGroups.${gi}.nameZh`)}
          </label>{" "}
          <label>
            {t("menu.ed.groupNameEn")}{" "}
            <input value={g.nameEn} onChange={(e) => setGroup(gi, { nameEn: e.target.value })} />
            {err(`optionGroups.${gi}.nameEn`)}
          </label>{" "}
          <label>
            {t("menu.ed.min")}{" "}
            <input
              type="number"
              value={g.min}
              onChange={(e) => setGroup(gi, { min: e.target.value })}
            />
            {err(`optionGroups.${gi}.minChoices`)}
          </label>{" "}
          <label>
            {t("menu.ed.max")}{" "}
            <input
              type="number"
              value={g.max}
              onChange={(e) => setGroup(gi, { max: e.target.value })}
            />
            {err(`optionGroups.${gi}.maxChoices`)}
          </label>
          {err(`optionGroups.${gi}.options`)}
          {g.options.map((o, oi) => (
            <div key={oi} className="inline-field" data-testid="option-row">
              <input
                aria-label={t("menu.ed.nameZh")}
                value={o.nameZh}
                onChange={(e) => setOption(gi, oi, { nameZh: e.target.value })}
              />
              <input
                aria-label={t("menu.ed.nameEn")}
                value={o.nameEn}
                onChange={(e) => setOption(gi, oi, { nameEn: e.target.value })}
              />
              <input
                aria-label={t("menu.ed.optionPrice")}
                inputMode="decimal"
                value={o.price}
                onChange={(e) => setOption(gi, oi, { price: e.target.value })}
              />
              <select
                aria-label={t("menu.ed.consumes")}
                value={o.ingredientId}
                onChange={(e) => setOption(gi, oi, { ingredientId: e.target.value })}
              >
                <option value="">{t("menu.ed.none")}</option>
                {props.ingredients.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name} ({i.unit})
                  </option>
                ))}
              </select>
              {o.ingredientId ? (
                <input
                  aria-label={t("menu.ed.qty")}
                  inputMode="decimal"
                  value={o.qty}
                  onChange={(e) => setOption(gi, oi, { qty: e.target.value })}
                />
              ) : null}
              <button
                type="button"
                className="button"
                onClick={() => setGroup(gi, { options: g.options.filter((_, i) => i !== oi) })}
              >
                {t("menu.ed.remove")}
              </button>
              {err(`optionGroups.${gi}.options.${oi}`)}
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => setGroup(gi, { options: [...g.options, emptyOption()] })}
          >
            {t("menu.ed.addOption")}
          </button>{" "}
          <button
            type="button"
            className="button"
            onClick={() => onChange(groups.filter((_, i) => i !== gi))}
          >
            {t("menu.ed.remove")}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          onChange([
            ...groups,
            { nameZh: "", nameEn: "", min: "0", max: "1", options: [emptyOption()] },
          ])
        }
      >
        {t("menu.ed.addGroup")}
      </button>
    </fieldset>
  );
}
