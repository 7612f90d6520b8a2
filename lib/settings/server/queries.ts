import "server-only";
import { db } from "@/lib/platform/db";
import { parseAutoAccept, summarizeHours, type HoursGroup } from "@/lib/settings/store-settings";
import type { Channel, StoreStatus } from "@/lib/generated/prisma/enums";
import type { UpdateStoreSettingsForm } from "../schemas";
import { toStoreForm } from "../store-form";

type StoreWhere = { storeId?: { in: string[] } };

export type StoreSettingsRow = {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  status: StoreStatus;
  pausedReason: string | null;
  hours: HoursGroup[];
  prepMinutes: number;
  minOrderCents: number;
  packagingFeeCents: number;
  autoAccept: Channel[];
  /** false when the stored auto-accept JSON could not be read. */
  autoAcceptValid: boolean;
};

export type ApiKeyRow = {
  id: string;
  storeCode: string;
  name: string;
  prefix: string;
  channel: Channel;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
};

/** The `where` for stores themselves (keyed by id, not storeId). */
function storeIdScope(scope: StoreWhere) {
  return scope.storeId ? { id: scope.storeId } : {};
}

/** Settings of the stores in scope, by code. */
export async function findStoreSettings(scope: StoreWhere): Promise<StoreSettingsRow[]> {
  const stores = await db.store.findMany({
    where: storeIdScope(scope),
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      nameZh: true,
      nameEn: true,
      status: true,
      pausedReason: true,
      prepMinutes: true,
      minOrderCents: true,
      packagingFeeCents: true,
      autoAccept: true,
      hours: { select: { dayOfWeek: true, opensAt: true, closesAt: true } },
    },
  });
  return stores.map(({ hours, autoAccept, ...store }) => {
    const parsed = parseAutoAccept(autoAccept);
    return {
      ...store,
      hours: summarizeHours(hours),
      autoAccept: parsed.channels,
      autoAcceptValid: parsed.valid,
    };
  });
}

/** API keys of the stores in scope (never their hashes), newest first. */
export async function findApiKeys(scope: StoreWhere): Promise<ApiKeyRow[]> {
  const keys = await db.apiKey.findMany({
    where: scope,
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      channel: true,
      createdAt: true,
      revokedAt: true,
      lastUsedAt: true,
      store: { select: { code: true } },
    },
  });
  return keys.map(({ store, ...key }) => ({ ...key, storeCode: store.code }));
}

/** One store's settings as edit-form values, or null when it is missing or out of scope. */
export async function getStoreSettingsForm(
  scope: StoreWhere,
  storeId: string,
): Promise<{
  code: string;
  name: { zh: string; en: string };
  form: UpdateStoreSettingsForm;
} | null> {
  const store = await db.store.findFirst({
    where: { AND: [{ id: storeId }, storeIdScope(scope)] },
    select: {
      id: true,
      code: true,
      nameZh: true,
      nameEn: true,
      status: true,
      pausedReason: true,
      prepMinutes: true,
      busyExtraMinutes: true,
      autoAccept: true,
      minOrderCents: true,
      packagingFeeCents: true,
      slotMaxOrders: true,
      slotMaxValueCents: true,
      hours: { select: { dayOfWeek: true, opensAt: true, closesAt: true } },
    },
  });
  if (!store) return null;
  return {
    code: store.code,
    name: { zh: store.nameZh, en: store.nameEn },
    form: toStoreForm(store),
  };
}
