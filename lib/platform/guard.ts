import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { AppError, toProblem, type FieldErrors } from "./errors";
import { getActor } from "./session";
import { actorCan, type Actor } from "./actor";
import type { Permission } from "./permissions";
import { clientAddress } from "./request-meta";
import { log } from "./log";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: string; message: string; fieldErrors?: FieldErrors };

/** Where a staff mutation came from, for the audit log. */
export type RequestMeta = { ip: string; userAgent: string | null };

/** Field errors keyed by dotted path, from a zod error. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

async function requestMeta(): Promise<RequestMeta> {
  const h = await headers();
  return { ip: clientAddress(h), userAgent: h.get("user-agent") };
}

async function requireActor(permission: Permission | null): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
  if (permission && !actorCan(actor, permission)) {
    throw new AppError("forbidden", `Your role may not do this (${permission}).`);
  }
  return actor;
}

/**
 * The one wrapper for server actions: loads the session, checks the named permission,
 * validates input with the shared zod schema, then runs the mutation. Errors come back as a
 * result the form can show, never as a thrown 500.
 */
export function defineAction<S extends z.ZodType, R>(
  permission: Permission | null,
  schema: S,
  run: (actor: Actor, input: z.output<S>, meta: RequestMeta) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    try {
      const actor = await requireActor(permission);
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        throw new AppError("validation", "Some fields need attention.", {
          fields: zodFieldErrors(parsed.error),
        });
      }
      return { ok: true, data: await run(actor, parsed.data, await requestMeta()) };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false,
          code: error.code,
          message: error.message,
          ...(error.details?.fields ? { fieldErrors: error.details.fields } : {}),
        };
      }
      log.error("server action failed", error);
      return { ok: false, code: "internal", message: "Something went wrong; nothing was changed." };
    }
  };
}

/** Sends an error as an RFC 9457 problem document. */
export function problemResponse(error: unknown, instance?: string): Response {
  if (!(error instanceof AppError)) log.error("route handler failed", error);
  const problem = toProblem(error, instance);
  return Response.json(problem, {
    status: problem.status,
    headers: { "content-type": "application/problem+json" },
  });
}

type RouteContext<P> = { params: Promise<P> };

/**
 * The one wrapper for staff route handlers (polled GETs, exports, the event stream): same
 * session and permission check as actions, errors as problem JSON with 401/403/4xx.
 */
export function withPermission<P = Record<string, string>>(
  permission: Permission | null,
  handler: (request: Request, ctx: { actor: Actor; params: P }) => Promise<Response>,
): (request: Request, ctx: RouteContext<P>) => Promise<Response> {
  return async (request, ctx) => {
    try {
      const actor = await requireActor(permission);
      return await handler(request, { actor, params: await ctx.params });
    } catch (error) {
      return problemResponse(error, new URL(request.url).pathname);
    }
  };
}
