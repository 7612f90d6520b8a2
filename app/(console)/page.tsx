import { redirect } from "next/navigation";
import { requirePagePermission } from "@/lib/platform/session";
import { navFor } from "@/lib/platform/navigation";
import { db } from "@/lib/platform/db";
import { needsTrainingWelcome } from "@/lib/team/server/training";

// The console's front door: each role lands on the first area it may use.
export default async function ConsoleHome() {
  const actor = await requirePagePermission(null);
  // New staff see their training checklist first.
  if (await needsTrainingWelcome(db, actor)) redirect("/profile?welcome=1");
  const first = navFor(actor)[0];
  redirect(first ? first.href : "/settings");
}
