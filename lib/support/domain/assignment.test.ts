import { describe, expect, it } from "vitest";
import { isAvailable, pickAgent, planAssignments, type AgentLoad } from "./assignment";

const agent = (id: string, extra: Partial<AgentLoad> = {}): AgentLoad => ({
  id,
  online: true,
  capacity: 2,
  openTickets: 0,
  lastAssignedAt: null,
  ...extra,
});
const NOW = new Date("2026-11-25T04:00:00Z");

describe("auto-assignment", () => {
  it("skips offline and full agents", () => {
    expect(
      pickAgent([agent("a", { online: false }), agent("b", { openTickets: 2 }), agent("c")]),
    ).toBe("c");
    expect(pickAgent([agent("a", { online: false })])).toBeNull();
  });

  it("gives the ticket to whoever waited longest", () => {
    const agents = [
      agent("a", { lastAssignedAt: new Date(2) }),
      agent("b", { lastAssignedAt: new Date(1) }),
    ];
    expect(pickAgent(agents)).toBe("b");
  });

  it("rotates through agents and stops when everyone is at capacity", () => {
    const plan = planAssignments(["t1", "t2", "t3", "t4", "t5"], [agent("a"), agent("b")], NOW);
    expect(plan.map((p) => p.agentId)).toEqual(["a", "b", "a", "b"]);
  });
});

describe("availability", () => {
  it("needs the online toggle, and a clocked-in shift only for agents on a rota", () => {
    expect(isAvailable({ online: true, onDuty: true, onRota: true })).toBe(true);
    expect(isAvailable({ online: true, onDuty: false, onRota: true })).toBe(false);
    expect(isAvailable({ online: true, onDuty: false, onRota: false })).toBe(true);
    expect(isAvailable({ online: false, onDuty: true, onRota: true })).toBe(false);
    expect(isAvailable({ online: false, onDuty: false, onRota: false })).toBe(false);
  });
});
