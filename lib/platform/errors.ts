import { isDatabaseUnavailable } from "./database-unavailable";

/** Error codes the app raises on purpose; each maps to one HTTP status. */
export const ERROR_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  bad_request: 400,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string[]>;

/** The one typed error that server code throws; mapped once to problem JSON or a form error. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fields?: FieldErrors; [key: string]: unknown },
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** RFC 9457 problem details document. */
export type ProblemDocument = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: { field: string; message: string }[];
};

const TITLES: Record<ErrorCode, string> = {
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  validation: "Invalid request",
  bad_request: "Bad request",
  conflict: "Conflict",
  rate_limited: "Too many requests",
  payload_too_large: "Payload too large",
  unavailable: "Service unavailable",
};

/** Builds the problem document for an AppError (or a generic 500 that reveals nothing). */
export function toProblem(error: unknown, instance?: string): ProblemDocument {
  if (error instanceof AppError) {
    const fields = error.details?.fields;
    return {
      type: `/problems/${error.code.replace(/_/g, "-")}`,
      title: TITLES[error.code],
      status: error.status,
      detail: error.message,
      code: error.code,
      ...(instance ? { instance } : {}),
      ...(fields
        ? {
            errors: Object.entries(fields).flatMap(([field, messages]) =>
              messages.map((message) => ({ field, message })),
            ),
          }
        : {}),
    };
  }
  // A database that is restarting or unreachable is an outage to retry, not a broken request.
  if (isDatabaseUnavailable(error)) {
    return toProblem(
      new AppError("unavailable", "The database is unavailable right now; retry shortly."),
      instance,
    );
  }
  return {
    type: "about:blank",
    title: "Internal Server Error",
    status: 500,
    detail: "An unexpected error occurred.",
    code: "internal",
    ...(instance ? { instance } : {}),
  };
}
