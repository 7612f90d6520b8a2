// Runs once when a server instance starts (Node.js runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkDatabaseOnStart, secureOnStart } =
      await import("./lib/platform/instrumentation-node");
    secureOnStart();
    checkDatabaseOnStart();
    // Analytics rollups follow the orders (set ANALYTICS_ROLLUPS=off to stop the refresh loop).
    if (process.env.ANALYTICS_ROLLUPS !== "off") {
      const { startAnalyticsRollups } = await import("./lib/analytics/server/rollup-job");
      startAnalyticsRollups();
    }
    // Items sold out "until tomorrow's opening" come back on sale by themselves.
    if (process.env.MENU_RESTOCK_JOB !== "off") {
      const { startMenuRestock } = await import("./lib/menu/server/restock-runner");
      startMenuRestock();
    }
    // Auto-assignment is on unless DISPATCH_AUTO=off (Vitest never loads instrumentation).
    if (process.env.DISPATCH_AUTO !== "off") {
      const { startDispatch } = await import("./lib/dispatch/server/runner");
      startDispatch();
    }
    // Orders late past their promise open support tickets (SUPPORT_LATE_TICKETS=off to stop).
    if (process.env.SUPPORT_LATE_TICKETS !== "off") {
      const { startLateOrderTickets } = await import("./lib/support/server/late-orders-runner");
      startLateOrderTickets();
    }
    // Demo life only when asked for: `npm start` turns it on, tests and other servers never do.
    if (process.env.DEMO_SIMULATOR === "on") {
      const { startSimulator } = await import("./lib/simulator/server/runner");
      startSimulator();
    }
  }
}
