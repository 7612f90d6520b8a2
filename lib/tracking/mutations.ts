import type { CsatInput } from "@/lib/support/schemas";
import type { HelpRequestInput, RatingInput } from "./schemas";

export type HelpResponse = { ticketCode: string; created: boolean };
export type RatingResponse = { rating: number; ticketCode: string | null };
export type CustomerMessageResponse = { ticketCode: string; messageId: string };
export type CsatResponse = { ticketCode: string; score: number };

/** A failed public write, carrying the problem document's code for the form to explain. */
export class TrackingWriteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function post<T>(
  token: string,
  path: "help" | "rating" | "messages" | "csat",
  body: unknown,
): Promise<T> {
  const response = await fetch(`/track/${encodeURIComponent(token)}/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (json ?? {}) as { code?: string; detail?: string };
    throw new TrackingWriteError(problem.code ?? "internal", problem.detail ?? response.statusText);
  }
  return json as T;
}

/** Asks for help with the tracked order. */
export function postHelpRequest(token: string, input: HelpRequestInput): Promise<HelpResponse> {
  return post(token, "help", input);
}

/** Rates the tracked, delivered order. */
export function postRating(token: string, input: RatingInput): Promise<RatingResponse> {
  return post(token, "rating", input);
}

/** Writes into the order's support conversation. */
export function postCustomerMessage(
  token: string,
  input: { message: string },
): Promise<CustomerMessageResponse> {
  return post(token, "messages", input);
}

/** Answers the one-question survey after the ticket was resolved. */
export function postCsat(token: string, input: CsatInput): Promise<CsatResponse> {
  return post(token, "csat", input);
}
