/** An agent as the assigner sees them. */
export type AgentLoad = {
  id: string;
  online: boolean;
  capacity: number;
  /** Open and pending tickets currently assigned. */
  openTickets: number;
  /** When the agent last received an auto-assigned ticket (null = never). */
  lastAssignedAt: Date | null;
};

/** What decides whether an online agent may receive tickets now. */
export type DutyFacts = {
  online: boolean;
  /** Clocked into a shift (that covers the ticket's store) and not yet out. */
  onDuty: boolean;
  /** Has any shift scheduled within ROTA_WINDOW_MS of now, i.e. works to a rota. */
  onRota: boolean;
};

/** An agent with a shift within a week either side of now is held to their shifts. */
export const ROTA_WINDOW_MS = 7 * 86_400_000;

/**
 * Whether an agent is available for auto-assignment: they must have switched themselves
 * online, and if they work to a rota they must also be clocked into a shift. An agent with no
 * shifts scheduled at all (no rota this fortnight) counts as available on the online toggle
 * alone, so a team that does not use shift planning still gets tickets assigned.
 */
export function isAvailable(f: DutyFacts): boolean {
  return f.online && (f.onDuty || !f.onRota);
}

/**
 * Round-robin with capacity: among online agents with a free slot, the one who waited longest
 * since their last assignment gets the ticket (ties by id, so the order is stable). Null when
 * everyone is offline or full; the ticket then waits in the unassigned view.
 */
export function pickAgent(agents: readonly AgentLoad[]): string | null {
  const free = agents.filter((a) => a.online && a.openTickets < a.capacity);
  if (free.length === 0) return null;
  free.sort((a, b) => {
    const ta = a.lastAssignedAt?.getTime() ?? -Infinity;
    const tb = b.lastAssignedAt?.getTime() ?? -Infinity;
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return free[0]?.id ?? null;
}

/** Assigns several tickets in turn, updating loads as it goes (for backlogs after a shift starts). */
export function planAssignments(
  ticketIds: readonly string[],
  agents: readonly AgentLoad[],
  now: Date,
): { ticketId: string; agentId: string }[] {
  const loads = agents.map((a) => ({ ...a }));
  const plan: { ticketId: string; agentId: string }[] = [];
  for (const [i, ticketId] of ticketIds.entries()) {
    const agentId = pickAgent(loads);
    if (!agentId) break;
    const agent = loads.find((a) => a.id === agentId);
    if (agent) {
      agent.openTickets += 1;
      agent.lastAssignedAt = new Date(now.getTime() + i);
    }
    plan.push({ ticketId, agentId });
  }
  return plan;
}
