import { redirect } from "next/navigation";
import { requirePagePermission } from "@/lib/platform/session";
import { navFor } from "@/lib/platform/navigation";

// The console's front door: each role lands on the first area it may use.
export default async function ConsoleHome() {
  const actor = await requirePagePermission(null);
  const first = navFor(actor)[0];
  redirect(first ? first.href : "/settings");
}
