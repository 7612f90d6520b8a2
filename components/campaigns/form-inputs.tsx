"use client";

import { useState } from "react";
import {
  Controller,
  type Control,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from "react-hook-form";
import type { CampaignFormInput, CampaignFormValues } from "@/lib/campaigns/schemas";

/** The campaign editor's form, as the field groups receive it. */
export type CampaignForm = UseFormReturn<CampaignFormInput, unknown, CampaignFormValues>;

/** Register options: an empty number input is "not set", not 0 or NaN. */
export const optionalNumber = {
  setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)),
};

const SHANGHAI_MS = 8 * 3_600_000;

/** A UTC instant as the value of a datetime-local input, in Asia/Shanghai time. */
export function toLocalInput(date: Date | string | undefined | null): string {
  if (!date) return "";
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return "";
  return new Date(d.getTime() + SHANGHAI_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read as Asia/Shanghai time. */
export function fromLocalInput(value: string): Date | undefined {
  if (!value) return undefined;
  const d = new Date(`${value}:00+08:00`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** A date field in Shanghai time bound to a Date in the form. */
export function LocalDateTimeField<T extends FieldValues>(props: {
  control: Control<T>;
  name: FieldPath<T>;
  testId?: string;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <input
          type="datetime-local"
          data-testid={props.testId}
          value={toLocalInput(field.value as Date | undefined)}
          onChange={(e) => field.onChange(fromLocalInput(e.target.value))}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

/** A yuan amount typed by people, held in the form as integer fen (or null/undefined if empty). */
export function MoneyField<T extends FieldValues>(props: {
  control: Control<T>;
  name: FieldPath<T>;
  empty: null | undefined;
  testId?: string;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <MoneyInput
          value={field.value as number | null | undefined}
          empty={props.empty}
          onChange={field.onChange}
          onBlur={field.onBlur}
          testId={props.testId}
        />
      )}
    />
  );
}

/** A yuan input held as integer fen; also used unbound, for rows of a record. */
export function MoneyInput(props: {
  value: number | null | undefined;
  empty: null | undefined;
  onChange: (v: number | null | undefined) => void;
  onBlur: () => void;
  testId?: string;
}) {
  const shown = (v: number | null | undefined) =>
    v === null || v === undefined ? "" : String(v / 100);
  const [text, setText] = useState(shown(props.value));
  const [seen, setSeen] = useState(props.value);
  // Follow outside resets (a reloaded campaign) without fighting the person typing.
  if (!Object.is(seen, props.value)) {
    setSeen(props.value);
    if (Math.round(Number(text) * 100) !== props.value) setText(shown(props.value));
  }
  return (
    <input
      inputMode="decimal"
      data-testid={props.testId}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const raw = e.target.value.trim();
        const n = Number(raw);
        props.onChange(
          raw === "" ? props.empty : Number.isFinite(n) ? Math.round(n * 100) : Number.NaN,
        );
      }}
      onBlur={props.onBlur}
    />
  );
}

type WindowName = "rules.hours" | "rules.window";
type ClockWindow = { from: string; to: string } | undefined;

/**
 * A daily from–until pair bound to one optional `{ from, to }`: both empty means no window,
 * one empty stays "" so the schema reports the missing half. The halves are validated by
 * name, as react-hook-form keeps no nested errors for one field holding an object.
 */
export function ClockWindowField(props: {
  form: CampaignForm;
  name: WindowName;
  labels: { from: string; to: string };
  testId: string;
}) {
  const { control, setValue, trigger } = props.form;
  return (
    <Controller
      control={control}
      name={props.name}
      render={({ field }) => {
        const value = field.value as ClockWindow;
        const set = (part: "from" | "to", v: string) => {
          const next = { from: value?.from ?? "", to: value?.to ?? "", [part]: v };
          setValue(props.name, next.from === "" && next.to === "" ? undefined : next, {
            shouldDirty: true,
            shouldTouch: true,
          });
          void trigger([`${props.name}.from`, `${props.name}.to`]);
        };
        return (
          <span className="clock-window">
            {(["from", "to"] as const).map((part) => (
              <label key={part}>
                {props.labels[part]}{" "}
                <input
                  type="time"
                  data-testid={`${props.testId}-${part}`}
                  value={value?.[part] ?? ""}
                  onChange={(e) => set(part, e.target.value)}
                  onBlur={field.onBlur}
                />{" "}
              </label>
            ))}
          </span>
        );
      }}
    />
  );
}
