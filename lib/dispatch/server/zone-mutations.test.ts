import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore } from "@/lib/testing/fixtures";
import { errorCodeOf } from "@/lib/testing/errors";
import type { Actor } from "@/lib/platform/actor";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { createIntakeStore, orderBody } from "@/lib/orders/server/intake-test-setup";
import { createZone, deleteZone, updateZone } from "./zone-mutations";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let principal: ApiPrincipal;
let otherStoreId = "";

const admin: Actor = {
  id: "admin",
  email: "admin@test.local",
  name: "Admin",
  role: "PLATFORM_ADMIN",
  locale: null,
  storeIds: null,
};
const manager = (storeIds: string[]): Actor => ({
  ...admin,
  id: "m",
  role: "STORE_MANAGER",
  storeIds,
});

const input = () => ({
  ...orderBody(s),
  items: orderBody(s).items.map((i) => ({ optionIds: [], ...i })),
});
// The intake body's address is (121.45, 31.2); this square holds it, the far one does not.
const around: [number, number][] = [
  [121.44, 31.19],
  [121.46, 31.19],
  [121.46, 31.21],
  [121.44, 31.21],
];
const farAway: [number, number][] = around.map(([lng, lat]) => [lng + 0.1, lat]);

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "Z1");
  principal = { keyId: s.apiKey.id, storeId: s.store.id, channel: "STOREFRONT" };
  otherStoreId = (await createStore(t.db)).id;
  // the admin must exist for the audit row's actor link
  await t.db.user.create({
    data: {
      id: "admin",
      email: "admin@test.local",
      name: "Admin",
      role: "PLATFORM_ADMIN",
      passwordHash: "x",
    },
  });
  await t.db.user.create({
    data: { id: "m", email: "m@test.local", name: "M", role: "STORE_MANAGER", passwordHash: "x" },
  });
  await t.db.store.update({ where: { id: s.store.id }, data: { status: "OPEN" } });
  await t.db.openingHours.deleteMany({ where: { storeId: s.store.id } });
});
afterAll(() => t.cleanup());

describe("zone edits reach order intake", () => {
  it("a new fee and minimum apply to the next order, and the edit is audited", async () => {
    const zone = { id: s.zone.id, name: "ring", polygon: around, active: true };
    await updateZone(t.db, admin, { ...zone, deliveryFeeCents: 900, minOrderCents: 1000 });
    const placed = await placeChannelOrder(t.db, principal, input());
    const order = await t.db.order.findUniqueOrThrow({ where: { id: placed.id } });
    expect(order.deliveryFeeCents).toBe(900);
    expect(order.zoneId).toBe(s.zone.id);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "zone.update" } });
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ deliveryFeeCents: 400 });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ deliveryFeeCents: 900 });

    await updateZone(t.db, admin, { ...zone, deliveryFeeCents: 900, minOrderCents: 99_000 });
    expect(await errorCodeOf(placeChannelOrder(t.db, principal, input()))).not.toBe("ok");
  });

  it("moving the outline away leaves the address outside; a new zone serves it again", async () => {
    await updateZone(t.db, admin, {
      id: s.zone.id,
      name: "ring",
      polygon: farAway,
      deliveryFeeCents: 400,
      minOrderCents: 1000,
      active: true,
    });
    expect(await errorCodeOf(placeChannelOrder(t.db, principal, input()))).toBe("validation");

    const created = await createZone(t.db, admin, {
      storeId: s.store.id,
      name: "new",
      polygon: around,
      deliveryFeeCents: 250,
      minOrderCents: 0,
      active: true,
    });
    const placed = await placeChannelOrder(t.db, principal, input());
    const order = await t.db.order.findUniqueOrThrow({ where: { id: placed.id } });
    expect(order.zoneId).toBe(created.id);
    expect(order.deliveryFeeCents).toBe(250);

    await deleteZone(t.db, admin, { id: created.id });
    expect(await errorCodeOf(placeChannelOrder(t.db, principal, input()))).toBe("validation");
    expect(
      await t.db.auditLog.count({ where: { action: { in: ["zone.create", "zone.delete"] } } }),
    ).toBe(2);
  });
});

describe("zone edits are store-scoped", () => {
  it("a manager of another store cannot see, edit or delete the zone", async () => {
    const foreign = manager([otherStoreId]);
    const edit = {
      id: s.zone.id,
      name: "x",
      polygon: around,
      deliveryFeeCents: 0,
      minOrderCents: 0,
      active: true,
    };
    expect(await errorCodeOf(updateZone(t.db, foreign, edit))).toBe("not_found");
    expect(await errorCodeOf(deleteZone(t.db, foreign, { id: s.zone.id }))).toBe("not_found");
    const base = {
      name: "x",
      polygon: around,
      deliveryFeeCents: 0,
      minOrderCents: 0,
      active: true,
    };
    expect(await errorCodeOf(createZone(t.db, foreign, { ...base, storeId: s.store.id }))).toBe(
      "validation",
    );
    expect(await errorCodeOf(createZone(t.db, foreign, { ...base, storeId: null }))).toBe(
      "validation",
    );
    const mine = await createZone(t.db, manager([s.store.id]), { ...base, storeId: s.store.id });
    expect(await errorCodeOf(deleteZone(t.db, manager([s.store.id]), mine))).toBe("ok");
  });
});
