"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import type { EntryItem } from "@/lib/orders/server/entry-menu";
import {
  createPhoneOrderAction,
  findCustomerAddressesAction,
} from "@/lib/orders/server/entry-actions";
import type { SavedAddress } from "@/lib/orders/server/phone-orders";
import type { FieldErrors } from "@/lib/platform/errors";
import { formatMoney } from "@/lib/platform/i18n/format";
import { FieldError } from "./field-error";
import { PricingExplanation } from "@/components/campaigns/pricing-explanation";
import { quotePhoneOrderAction } from "@/lib/campaigns/server/quote-actions";
import type { Explanation } from "@/lib/campaigns/domain/types";
import { OrderLines, type EntryLine } from "./order-lines";

type StoreChoice = { id: string; code: string; nameZh: string; nameEn: string };

/** Back-office entry of an order taken by phone; the server prices it from the menu. */
export function PhoneOrderForm(props: {
  stores: StoreChoice[];
  menu: EntryItem[];
  initialStoreId: string;
}) {
  const { t, locale } = useI18n();
  const [storeId, setStoreId] = useState(props.initialStoreId);
  const [lines, setLines] = useState<EntryLine[]>([]);
  const [addresses, setAddresses] = useState<SavedAddress[]>([]);
  const [address, setAddress] = useState({ line: "", lat: "", lng: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ code: string; totalCents: number } | null>(null);
  const [pending, startTransition] = useTransition();
  const [preview, setPreview] = useState<Explanation | null>(null);
  const menu = props.menu.filter((m) => m.storeId === storeId);

  const lookUp = (phone: string) =>
    startTransition(async () => {
      const result = await findCustomerAddressesAction({ phone });
      setAddresses(result.ok ? result.data : []);
    });

  const payload = (form: FormData) => {
    const text = (k: string) => String(form.get(k) ?? "").trim();
    const note = text("note");
    const couponCode = text("couponCode");
    return {
      storeId,
      customer: { name: text("name"), phone: text("phone") },
      address: { line: address.line, lat: Number(address.lat), lng: Number(address.lng) },
      items: lines.map(({ itemId, quantity, optionIds }) => ({ itemId, quantity, optionIds })),
      ...(note ? { note } : {}),
      ...(couponCode ? { couponCode } : {}),
    };
  };

  // The same intake pricing step, run without placing the order.
  const quote = (form: FormData) =>
    startTransition(async () => {
      const result = await quotePhoneOrderAction(payload(form));
      setPreview(result.ok ? result.data : null);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage(result.ok ? null : result.message);
    });

  const submit = (form: FormData) =>
    startTransition(async () => {
      const result = await createPhoneOrderAction(payload(form));
      setPreview(null);
      if (result.ok) {
        setCreated(result.data);
        setErrors({});
        setMessage(null);
        setLines([]);
      } else {
        setCreated(null);
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
      }
    });

  return (
    <form
      className="panel entry-form"
      data-testid="phone-order-form"
      // onSubmit rather than a form action: React resets a form after its action, which would
      // wipe what staff typed whenever the server sends back field errors.
      onSubmit={(e) => {
        e.preventDefault();
        submit(new FormData(e.currentTarget));
      }}
    >
      <label>
        {t("shell.store")}{" "}
        <select
          name="storeId"
          value={storeId}
          onChange={(e) => {
            setStoreId(e.target.value);
            setLines([]);
          }}
        >
          {props.stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.code} · {locale === "en" ? s.nameEn : s.nameZh}
            </option>
          ))}
        </select>
        <FieldError errors={errors} prefix="storeId" />
      </label>
      <label>
        {t("orders.customer")} <input name="name" required maxLength={60} />
        <FieldError errors={errors} prefix="customer.name" />
      </label>
      <label>
        {t("orders.phone")}{" "}
        <input name="phone" required maxLength={20} onBlur={(e) => lookUp(e.target.value)} />
        <FieldError errors={errors} prefix="customer.phone" />
      </label>
      {addresses.length > 0 ? (
        <label>
          {t("entry.savedAddress")}{" "}
          <select
            data-testid="saved-addresses"
            defaultValue=""
            onChange={(e) => {
              const a = addresses.find((x) => x.id === e.target.value);
              if (a) setAddress({ line: a.line, lat: String(a.lat), lng: String(a.lng) });
            }}
          >
            <option value="">—</option>
            {addresses.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label ? `${a.label} · ` : ""}
                {a.line}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {t("entry.address")}{" "}
        <input
          name="addressLine"
          value={address.line}
          onChange={(e) => setAddress({ ...address, line: e.target.value })}
        />
        <FieldError errors={errors} prefix="address" />
      </label>
      <label>
        {t("entry.lat")}{" "}
        <input
          name="lat"
          inputMode="decimal"
          value={address.lat}
          onChange={(e) => setAddress({ ...address, lat: e.target.value })}
        />
      </label>
      <label>
        {t("entry.lng")}{" "}
        <input
          name="lng"
          inputMode="decimal"
          value={address.lng}
          onChange={(e) => setAddress({ ...address, lng: e.target.value })}
        />
      </label>
      <OrderLines menu={menu} lines={lines} onChange={setLines} />
      <FieldError errors={errors} prefix="items" />
      <label>
        {t("entry.note")} <textarea name="note" maxLength={300} />
      </label>
      <label>
        {t("campaigns.couponCode")} <input name="couponCode" maxLength={40} />
        <FieldError errors={errors} prefix="couponCode" />
      </label>
      <button
        type="button"
        className="button"
        disabled={pending}
        data-testid="entry-quote"
        onClick={(e) => {
          const form = e.currentTarget.form;
          if (form) quote(new FormData(form));
        }}
      >
        {t("campaigns.quote")}
      </button>
      {preview ? <PricingExplanation explanation={preview} showSkipped /> : null}
      <button type="submit" className="button primary" disabled={pending}>
        {t("entry.submit")}
      </button>
      {message ? (
        <p role="alert" className="error" data-testid="entry-error">
          {message}
        </p>
      ) : null}
      {created ? (
        <p role="status" data-testid="entry-created">
          {t("entry.created", {
            code: created.code,
            total: formatMoney(created.totalCents, locale),
          })}{" "}
          <Link href="/orders">{t("orders.title")}</Link>
        </p>
      ) : null}
    </form>
  );
}
