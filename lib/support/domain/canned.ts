/** Values a canned reply may use; missing ones render as an em dash, never as the raw tag. */
export type ReplyVariables = {
  orderCode?: string | null;
  customerName?: string | null;
  /** Estimated arrival, already formatted for the customer's language. */
  eta?: string | null;
  storeName?: string | null;
};

const TAGS: Record<string, keyof ReplyVariables> = {
  "order.code": "orderCode",
  "customer.name": "customerName",
  eta: "eta",
  "order.eta": "eta",
  "store.name": "storeName",
};

/** Fills `{{order.code}}`, `{{customer.name}}`, `{{eta}}` and `{{store.name}}` in a template. */
export function renderCannedReply(template: string, vars: ReplyVariables): string {
  return template.replace(/\{\{\s*([a-z.]+)\s*\}\}/gi, (whole, tag: string) => {
    const key = TAGS[tag.toLowerCase()];
    if (!key) return whole;
    const value = vars[key];
    return value === null || value === undefined || value === "" ? "—" : value;
  });
}
