import { GRID_ZONES, randomAddress } from "./geography";
import { chineseName, englishName, PhoneBook } from "./names";
import type { Rng } from "./prng";
import { DAY, MINUTE } from "./time";
import type { Writer } from "./writer";

export type Address = { line: string; lat: number; lng: number; zoneIndex: number };
export type CustomerCtx = {
  id: string;
  name: string;
  phone: string;
  locale: string;
  addresses: Address[];
  orders: number;
};

export type CustomerPool = {
  list: CustomerCtx[];
  /** Picks a customer; a minority of regulars place most orders, as on real platforms. */
  pick(rng: Rng): CustomerCtx;
};

const TIERS = ["SILVER", "GOLD", "PLATINUM"] as const;

/** Customers with one or two addresses inside the delivery zones. */
export function seedCustomers(
  w: Writer,
  rng: Rng,
  now: Date,
  count: number,
  phones: PhoneBook,
): CustomerPool {
  const list: CustomerCtx[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const id = rng.id("c");
    const english = rng.chance(0.06);
    const name = english ? englishName(rng) : chineseName(rng);
    const phone = phones.next();
    const zoneIndex = rng.int(0, GRID_ZONES.length - 1);
    const home = randomAddress(rng, zoneIndex);
    const addresses: Address[] = [{ ...home, zoneIndex }];
    w.push("customer", {
      id,
      name,
      phone,
      email: english || rng.chance(0.2) ? `user${rng.hex(6)}@example.com` : null,
      locale: english ? "en" : "zh-CN",
      memberTier: rng.chance(0.15) ? rng.pick(TIERS) : null,
      createdAt: new Date(now.getTime() - rng.int(1, 400) * DAY - rng.int(0, 1440) * MINUTE),
    });
    w.push("customerAddress", {
      id: rng.id("a"),
      customerId: id,
      label: english ? "Home" : "家",
      line: home.line,
      lat: home.lat,
      lng: home.lng,
      isDefault: true,
    });
    if (rng.chance(0.45)) {
      // Office address, usually in the Xujiahui or Caohejing business areas.
      const workZone = rng.chance(0.6) ? rng.pick([1, 4]) : rng.int(0, GRID_ZONES.length - 1);
      const work = randomAddress(rng, workZone);
      addresses.push({ ...work, zoneIndex: workZone });
      w.push("customerAddress", {
        id: rng.id("a"),
        customerId: id,
        label: english ? "Office" : "公司",
        line: work.line,
        lat: work.lat,
        lng: work.lng,
        isDefault: false,
      });
    }
    list.push({ id, name, phone, locale: english ? "en" : "zh-CN", addresses, orders: 0 });
    // Heavy-tailed activity: most customers order rarely, a few order every other day.
    const activity = Math.pow(rng.next(), 3) * 20 + 0.3;
    total += activity;
    cumulative.push(total);
  }
  return {
    list,
    pick(r: Rng): CustomerCtx {
      const x = r.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
        else hi = mid;
      }
      const c = list[lo];
      if (c === undefined) throw new Error("empty customer pool");
      return c;
    },
  };
}
