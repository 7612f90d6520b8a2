import { courierRoute } from "@/lib/dispatch/server/courier-http";
import { findCourierTasks } from "@/lib/dispatch/server/courier-tasks";
import { db } from "@/lib/platform/db";

/** The signed-in courier: identity, status, capacity. */
export const GET = courierRoute(async (_request, { courier }) => {
  const { status } = await findCourierTasks(db, courier);
  return { id: courier.id, code: courier.code, status, capacity: courier.capacity };
});
