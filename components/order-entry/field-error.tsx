import type { FieldErrors } from "@/lib/platform/errors";

/** The messages of the fields whose key starts with `prefix` (items cover `items.0…`, `items[0]…`). */
export function FieldError(props: { errors: FieldErrors; prefix: string; exact?: boolean }) {
  const messages = Object.entries(props.errors)
    .filter(([key]) => (props.exact ? key === props.prefix : key.startsWith(props.prefix)))
    .flatMap(([, list]) => list);
  if (messages.length === 0) return null;
  return (
    <span className="error small" role="alert" data-testid={`field-error-${props.prefix}`}>
      {messages.join(" ")}
    </span>
  );
}
