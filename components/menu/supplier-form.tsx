"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { supplierInputSchema } from "@/lib/menu/schemas";
import { saveSupplierAction } from "@/lib/menu/server/editor-actions";
import { zodIssuesToFields } from "@/lib/menu/form-errors";
import { errorText } from "./error-text";

type Supplier = {
  id: string;
  name: string;
  contactName: string | null;
  phone: string | null;
  leadTimeDays: number;
  ingredients: { id: string }[];
};

/** Creates (no `supplier`) or edits a supplier: name, contact, lead time, linked ingredients. */
export function SupplierForm(props: {
  storeId: string;
  supplier?: Supplier;
  ingredients: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const s = props.supplier;
  const [f, setF] = useState({
    name: s?.name ?? "",
    contactName: s?.contactName ?? "",
    phone: s?.phone ?? "",
    lead: String(s?.leadTimeDays ?? 2),
    ingredientIds: s?.ingredients.map((i) => i.id) ?? [],
  });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState(false);
  const err = (k: string) =>
    errors[k]?.length ? (
      <span className="form-error" role="alert" data-field={k}>
        {errors[k].map((m) => errorText(t, m)).join(" ")}
      </span>
    ) : null;
  const submit = () => {
    const parsed = supplierInputSchema.safeParse({
      storeId: props.storeId,
      ...(s ? { id: s.id } : {}),
      name: f.name,
      contactName: f.contactName,
      phone: f.phone,
      leadTimeDays: f.lead.trim() === "" ? Number.NaN : Number(f.lead),
      ingredientIds: f.ingredientIds,
    });
    if (!parsed.success) return setErrors(zodIssuesToFields(parsed.error.issues));
    start(async () => {
      const r = await saveSupplierAction(parsed.data);
      if (!r.ok) return setErrors(r.fieldErrors ?? { _: [r.message] });
      setErrors({});
      setDone(true);
      router.refresh();
    });
  };
  return (
    <form
      className="inline-field"
      data-testid="supplier-form"
      data-supplier-id={s?.id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset disabled={pending}>
        {s ? null : <strong>{t("menu.sup.new")}</strong>}{" "}
        <label>
          {t("menu.sup.name")}{" "}
          <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
          {err("name")}
        </label>{" "}
        <label>
          {t("menu.sup.contact")}{" "}
          <input
            value={f.contactName}
            onChange={(e) => setF({ ...f, contactName: e.target.value })}
          />
        </label>{" "}
        <label>
          {t("menu.sup.phone")}{" "}
          <input value={f.phone} onChange={(e) => setF({ ...f, phone: e.target.value })} />
          {err("phone")}
        </label>{" "}
        <label>
          {t("menu.supply.leadTime")}{" "}
          <input
            type="number"
            value={f.lead}
            onChange={(e) => setF({ ...f, lead: e.target.value })}
          />
          {err("leadTimeDays")}
        </label>{" "}
        <label>
          {t("menu.sup.ingredients")}{" "}
          <select
            multiple
            value={f.ingredientIds}
            onChange={(e) =>
              setF({ ...f, ingredientIds: Array.from(e.target.selectedOptions, (o) => o.value) })
            }
          >
            {props.ingredients.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
          {err("ingredientIds")}
        </label>{" "}
        <button type="submit" className="button">
          {t("menu.sup.save")}
        </button>
        {done ? <span role="status">{t("menu.sup.saved")}</span> : null}
        {err("_")}
      </fieldset>
    </form>
  );
}
