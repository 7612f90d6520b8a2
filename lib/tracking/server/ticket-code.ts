import "server-only";

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2002";

/**
 * Runs a ticket-creating transaction again when its random code collided with an existing
 * one; the transaction rolled back, so nothing is half-written.
 */
export async function withFreshTicketCode<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (error) {
      if (!isUniqueViolation(error) || i >= attempts) throw error;
    }
  }
}
