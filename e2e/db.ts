import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/platform/db-client";
import { hashPassword } from "@/lib/platform/passwords";
import type { Role } from "@/lib/generated/prisma/enums";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

/** Runs `run` with a client on the e2e database, disconnecting afterwards. */
export async function withE2eDb<T>(run: (db: ReturnType<typeof createPrismaClient>) => Promise<T>) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    return await run(db);
  } finally {
    await db.$disconnect();
  }
}

/**
 * Adds a fresh staff account to the e2e database, so a test that disables or changes a user
 * never disturbs the demo logins other tests use.
 */
export async function createE2eUser(input: { role: Role; storeCodes: string[] }) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const suffix = randomBytes(4).toString("hex");
    const email = `e2e-${suffix}@test.local`;
    const password = `pw-${suffix}-secret`;
    const stores = await db.store.findMany({
      where: { code: { in: input.storeCodes } },
      select: { id: true },
    });
    await db.user.create({
      data: {
        email,
        name: `E2E ${suffix}`,
        role: input.role,
        passwordHash: await hashPassword(password),
        stores: { create: stores.map((s) => ({ storeId: s.id })) },
      },
    });
    return { email, password };
  } finally {
    await db.$disconnect();
  }
}
