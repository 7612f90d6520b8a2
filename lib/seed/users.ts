import type { Role } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/platform/passwords";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins";
import { chineseName, PhoneBook } from "./names";
import type { Rng } from "./prng";
import { DAY, HOUR, localMidnight, MINUTE } from "./time";
import type { Writer } from "./writer";

export type Staff = {
  adminId: string;
  supervisorId: string;
  marketerId: string;
  dispatcherIds: string[];
  supportIds: string[];
  // per store code: managers first, then staff; used as actors on order events and replies
  storeUserIds: Map<string, string[]>;
};

type UserSpec = { email: string; name: string; role: Role; storeCodes: readonly string[] };

function extraStaff(rng: Rng): UserSpec[] {
  const out: UserSpec[] = [];
  for (let i = 3; i <= 14; i++) {
    const code = `S${String(i).padStart(2, "0")}`;
    out.push({
      email: `${code.toLowerCase()}.manager@demo.local`,
      name: chineseName(rng),
      role: "STORE_MANAGER",
      storeCodes: [code],
    });
  }
  for (const code of ["S02", "S05", "S07"]) {
    out.push({
      email: `${code.toLowerCase()}.staff@demo.local`,
      name: chineseName(rng),
      role: "STORE_STAFF",
      storeCodes: [code],
    });
  }
  for (let i = 2; i <= 4; i++) {
    out.push({
      email: `support${i}@demo.local`,
      name: chineseName(rng),
      role: "SUPPORT_AGENT",
      storeCodes: [],
    });
  }
  for (let i = 2; i <= 3; i++) {
    out.push({
      email: `dispatcher${i}@demo.local`,
      name: chineseName(rng),
      role: "DISPATCHER",
      storeCodes: [],
    });
  }
  return out;
}

/** Staff accounts (argon2id hashes of the demo password), their store scopes and recent shifts. */
export async function seedUsers(
  w: Writer,
  rng: Rng,
  now: Date,
  storeIds: Map<string, string>,
): Promise<Staff> {
  const specs: UserSpec[] = [...DEMO_LOGINS, ...extraStaff(rng)];
  const hashes = await Promise.all(specs.map(() => hashPassword(DEMO_PASSWORD)));
  const phones = new PhoneBook(rng);
  const staff: Staff = {
    adminId: "",
    supervisorId: "",
    marketerId: "",
    dispatcherIds: [],
    supportIds: [],
    storeUserIds: new Map(),
  };
  specs.forEach((spec, i) => {
    const id = rng.id("u");
    w.push("user", {
      id,
      email: spec.email,
      name: spec.name,
      passwordHash: hashes[i] ?? "",
      role: spec.role,
      locale: null,
      phone: phones.next(),
      lastSignInAt: rng.chance(0.8) ? new Date(now.getTime() - rng.int(5, 60 * 72) * MINUTE) : null,
      createdAt: new Date(now.getTime() - (180 - i) * DAY),
    });
    for (const code of spec.storeCodes) {
      const storeId = storeIds.get(code);
      if (storeId === undefined) continue;
      w.push("userStore", { userId: id, storeId });
      const list = staff.storeUserIds.get(code) ?? [];
      if (spec.role === "STORE_MANAGER") list.unshift(id);
      else list.push(id);
      staff.storeUserIds.set(code, list);
    }
    if (spec.role === "PLATFORM_ADMIN") staff.adminId = id;
    if (spec.role === "SUPERVISOR") staff.supervisorId = id;
    if (spec.role === "MARKETER") staff.marketerId = id;
    if (spec.role === "DISPATCHER") staff.dispatcherIds.push(id);
    if (spec.role === "SUPPORT_AGENT") staff.supportIds.push(id);
    if (spec.role === "SUPPORT_AGENT" || spec.role === "SUPERVISOR") {
      // Inbox availability: the extra agents are online; the demo logins start away.
      const demo = DEMO_LOGINS.some((d) => d.email === spec.email);
      w.push("supportAgent", {
        userId: id,
        online: !demo,
        capacity: spec.role === "SUPERVISOR" ? 5 : 8,
        updatedAt: now,
      });
    }
    if (
      spec.role === "DISPATCHER" ||
      spec.role === "SUPPORT_AGENT" ||
      spec.role === "STORE_STAFF"
    ) {
      seedStaffShifts(
        w,
        rng,
        now,
        id,
        spec.storeCodes[0] === undefined ? null : (storeIds.get(spec.storeCodes[0]) ?? null),
      );
    }
  });
  return staff;
}

/** A week of day (09:00-18:00) or late (13:00-22:00) shifts, local time. */
function seedStaffShifts(
  w: Writer,
  rng: Rng,
  now: Date,
  userId: string,
  storeId: string | null,
): void {
  const today = localMidnight(now.getTime());
  for (let d = 7; d >= 0; d--) {
    if (rng.chance(0.25)) continue;
    const start = today - d * DAY + (rng.chance(0.5) ? 9 : 13) * HOUR;
    const end = start + 9 * HOUR;
    const past = end < now.getTime();
    const started = start < now.getTime();
    w.push("staffShift", {
      id: rng.id("f"),
      userId,
      storeId,
      startsAt: new Date(start),
      endsAt: new Date(end),
      clockInAt: started ? new Date(start + rng.int(-8, 6) * MINUTE) : null,
      clockOutAt: past ? new Date(end + rng.int(-5, 15) * MINUTE) : null,
    });
  }
}
