import { courierRoute } from "@/lib/dispatch/server/courier-http";
import { findCourierTasks } from "@/lib/dispatch/server/courier-tasks";
import { db } from "@/lib/platform/db";

/** Open offers, accepted orders and the planned route of the signed-in courier. */
export const GET = courierRoute(async (_request, { courier }) => findCourierTasks(db, courier));
