import { AppError } from "@/lib/platform/errors";

/** Settles a promise and returns the AppError it rejected with, or null if it resolved. */
async function appErrorOf(promise: Promise<unknown>): Promise<AppError | null> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error === null) return null;
  if (error instanceof AppError) return error;
  throw error;
}

/** The AppError code a call failed with, or "ok". */
export async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  return (await appErrorOf(promise))?.code ?? "ok";
}

/** The HTTP status of the AppError a call failed with, or null when it succeeded. */
export async function errorStatusOf(promise: Promise<unknown>): Promise<number | null> {
  return (await appErrorOf(promise))?.status ?? null;
}
