"use server";

import { headers } from "next/headers";
import type { z } from "zod";
import { AppError } from "@/lib/platform/errors";
import { zodFieldErrors, type ActionResult } from "@/lib/platform/guard";
import { db } from "@/lib/platform/db";
import { clientAddress } from "@/lib/platform/request-meta";
import { acceptInviteSchema, resetPasswordSchema } from "../schemas";
import { acceptInvite } from "./invites";
import { resetPasswordWithLink } from "./passwords";
import { log } from "@/lib/platform/log";

// The invite and reset links are used signed out, so they cannot go through defineAction
// (which requires a session); the link token is their authority. Same validation and errors.
async function run<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  fn: (v: z.output<S>, meta: { ip: string; userAgent: string | null }) => Promise<R>,
): Promise<ActionResult<R>> {
  try {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      throw new AppError("validation", "Some fields need attention.", {
        fields: zodFieldErrors(parsed.error),
      });
    }
    const h = await headers();
    return {
      ok: true,
      data: await fn(parsed.data, { ip: clientAddress(h), userAgent: h.get("user-agent") }),
    };
  } catch (error) {
    if (error instanceof AppError) {
      return {
        ok: false,
        code: error.code,
        message: error.message,
        ...(error.details?.fields ? { fieldErrors: error.details.fields } : {}),
      };
    }
    log.error("link action failed", error);
    return { ok: false, code: "internal", message: "Something went wrong; nothing was changed." };
  }
}

/** Accepts an invite: creates the account with the chosen name and password. */
export async function acceptInviteAction(input: z.input<typeof acceptInviteSchema>) {
  return run(acceptInviteSchema, input, async (v, meta) => {
    const { email } = await acceptInvite(db, v, meta);
    return { email };
  });
}

/** Sets a new password through a reset link. */
export async function resetPasswordAction(input: z.input<typeof resetPasswordSchema>) {
  return run(resetPasswordSchema, input, (v, meta) => resetPasswordWithLink(db, v, meta));
}
