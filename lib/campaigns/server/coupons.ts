import "server-only";
import { randomInt } from "node:crypto";
import type { z } from "zod";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import type { generateCouponsSchema } from "@/lib/campaigns/schemas";
import { getManagedCampaign } from "./mutations";

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const code = (prefix: string) =>
  prefix + Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");

/**
 * Generates coupon codes for a coupon campaign, valid for the campaign's period: open codes,
 * or one code issued to each listed customer (unknown phones are a field error).
 */
export async function generateCoupons(
  db: Db,
  actor: Actor,
  input: z.output<typeof generateCouponsSchema>,
  meta?: RequestMeta,
): Promise<{ count: number; codes: string[] }> {
  return db.$transaction(async (tx) => {
    const c = await getManagedCampaign(tx, actor, input.campaignId);
    if (c.type !== "COUPON") {
      throw new AppError("validation", "Only coupon campaigns have codes.", {
        fields: { campaignId: ["Not a coupon campaign."] },
      });
    }
    let owners: (string | null)[] = Array.from({ length: input.count }, () => null);
    if (input.customerPhones.length > 0) {
      const found = await tx.customer.findMany({
        where: { phone: { in: input.customerPhones } },
        select: { id: true, phone: true },
      });
      const missing = input.customerPhones.filter((p) => !found.some((f) => f.phone === p));
      if (missing.length > 0) {
        throw new AppError("validation", "Some phones are not customers.", {
          fields: { customerPhones: [`Unknown: ${missing.slice(0, 5).join(", ")}`] },
        });
      }
      owners = found.map((f) => f.id);
    }
    const codes = owners.map(() => code(input.prefix));
    await tx.coupon.createMany({
      data: owners.map((customerId, i) => ({
        campaignId: c.id,
        code: codes[i] ?? code(input.prefix),
        customerId,
        maxUses: input.maxUses,
        perCustomerLimit: input.perCustomerLimit,
        validFrom: c.startsAt,
        validTo: c.endsAt,
      })),
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "campaign.coupons_generate",
        entityType: "Campaign",
        entityId: c.id,
        after: { count: codes.length, issued: input.customerPhones.length },
      },
      meta,
    );
    return { count: codes.length, codes: codes.slice(0, 50) };
  });
}
