import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db";
import { startRestockJob } from "./restock-job";

/** Starts this instance's restock loop (the lease decides which instance acts). */
export function startMenuRestock(): void {
  startRestockJob(db, randomUUID());
}
