import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/platform/db";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { problemResponse, zodFieldErrors } from "@/lib/platform/guard";
import { readBody } from "@/lib/orders/server/intake-http";
import type { CourierStatus } from "@/lib/generated/prisma/enums";

/** The courier behind a courier-app token. */
export type CourierPrincipal = {
  id: string;
  code: string;
  status: CourierStatus;
  capacity: number;
};

/** Resolves `Authorization: Bearer <courier token>`; every failure reads the same. */
export async function authenticateCourier(
  client: Db,
  authorization: string | null,
): Promise<CourierPrincipal> {
  const denied = new AppError(
    "unauthenticated",
    "A valid courier token is required (Authorization: Bearer <token>).",
  );
  const token = /^Bearer\s+(\S{8,200})$/i.exec(authorization?.trim() ?? "")?.[1];
  if (!token) throw denied;
  const hash = createHash("sha256").update(token).digest("hex");
  const courier = await client.courier.findUnique({
    where: { apiTokenHash: hash },
    select: { id: true, code: true, status: true, capacity: true, active: true },
  });
  if (!courier || !courier.active) throw denied;
  return { id: courier.id, code: courier.code, status: courier.status, capacity: courier.capacity };
}

/** Parses a JSON body with a zod schema: malformed JSON is a 400, bad fields a 422. */
export async function parseJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit = 64 * 1024,
): Promise<z.output<S>> {
  const text = await readBody(request, limit);
  let value: unknown = {};
  if (text.trim() !== "") {
    try {
      value = JSON.parse(text);
    } catch {
      throw new AppError("bad_request", "The request body is not valid JSON.");
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("validation", "Some fields need attention.", {
      fields: zodFieldErrors(parsed.error),
    });
  }
  return parsed.data;
}

type Ctx<P> = { params: Promise<P> };

/** The one wrapper for courier API handlers: token auth, errors as RFC 9457 problems. */
export function courierRoute<P = Record<string, string>>(
  handler: (request: Request, ctx: { courier: CourierPrincipal; params: P }) => Promise<unknown>,
): (request: Request, ctx: Ctx<P>) => Promise<Response> {
  return async (request, ctx) => {
    try {
      const courier = await authenticateCourier(db, request.headers.get("authorization"));
      const body = await handler(request, { courier, params: await ctx.params });
      return Response.json(body);
    } catch (error) {
      return problemResponse(error, new URL(request.url).pathname);
    }
  };
}
