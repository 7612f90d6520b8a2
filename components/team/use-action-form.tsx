"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/platform/guard";

/**
 * Submits a form through a server action: builds the input from the form, keeps the typed
 * fields when the server refuses, and exposes the message and per-field errors.
 */
export function useActionForm<T>(
  action: (input: never) => Promise<ActionResult<T>>,
  toInput: (form: FormData) => unknown,
  onDone?: (data: T, form: HTMLFormElement) => void,
) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [data, setData] = useState<T | null>(null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // With the pressed button's name/value, so one form can have "approve" and "reject".
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const input = toInput(new FormData(form, submitter));
    startTransition(async () => {
      const result = await action(input as never);
      if (result.ok) {
        setError(null);
        setFieldErrors({});
        setData(result.data);
        onDone?.(result.data, form);
      } else {
        setError(result.message);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });
  }
  return { onSubmit, pending, error, fieldErrors, data };
}

/** The form-level error and each field's errors, under the form. */
export function FormErrors(props: { error: string | null; fieldErrors: Record<string, string[]> }) {
  if (!props.error) return null;
  const fields = Object.entries(props.fieldErrors);
  return (
    <div role="alert" className="form-error">
      <p>{props.error}</p>
      {fields.length ? (
        <ul>
          {fields.map(([field, messages]) => (
            <li key={field} data-field={field}>
              {field}: {messages.join(" ")}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** All values of a (checkbox) field. */
export const allOf = (form: FormData, name: string) =>
  form.getAll(name).map(String).filter(Boolean);
/** A text field's value. */
export const textOf = (form: FormData, name: string) => String(form.get(name) ?? "");
