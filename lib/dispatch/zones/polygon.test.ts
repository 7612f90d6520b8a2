import { describe, expect, it } from "vitest";
import {
  edgeMidpoints,
  insertVertexAfter,
  moveVertex,
  polygonIssues,
  removeVertex,
  segmentsIntersect,
  selfIntersects,
  squareAround,
  type Vertex,
} from "./polygon";
import { createZoneSchema } from "./schemas";

const square: Vertex[] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
];

describe("zone polygon validation", () => {
  it("accepts a simple square and a concave outline", () => {
    expect(polygonIssues(square)).toEqual([]);
    expect(
      polygonIssues([
        [0, 0],
        [2, 0],
        [2, 2],
        [1, 1],
        [0, 2],
      ]),
    ).toEqual([]);
  });

  it("needs at least three vertices", () => {
    expect(
      polygonIssues([
        [0, 0],
        [1, 1],
      ]),
    ).toEqual(["tooFew"]);
    expect(polygonIssues([])).toEqual(["tooFew"]);
  });

  it("refuses a figure-eight (bow tie) whose edges cross", () => {
    const bowTie: Vertex[] = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
    ];
    expect(selfIntersects(bowTie)).toBe(true);
    expect(polygonIssues(bowTie)).toEqual(["selfIntersects"]);
  });

  it("refuses collinear vertices with no area and coordinates off the globe", () => {
    expect(
      polygonIssues([
        [0, 0],
        [1, 0],
        [2, 0],
      ]),
    ).not.toEqual([]);
    expect(
      polygonIssues([
        [0, 0],
        [200, 0],
        [0, 1],
      ]),
    ).toEqual(["outOfRange"]);
  });

  it("tells touching, crossing and apart segments", () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [0, 1], [1, 1])).toBe(false);
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
  });
});

describe("zone vertex editing", () => {
  it("moves, inserts and removes vertices without touching the input", () => {
    const moved = moveVertex(square, 2, [2, 2]);
    expect(moved[2]).toEqual([2, 2]);
    expect(square[2]).toEqual([1, 1]);
    const added = insertVertexAfter(square, 0, [0.5, -0.5]);
    expect(added).toEqual([
      [0, 0],
      [0.5, -0.5],
      [1, 0],
      [1, 1],
      [0, 1],
    ]);
    expect(removeVertex(added, 1)).toEqual(square);
  });

  it("keeps a triangle whole: a zone cannot lose its area by deleting vertices", () => {
    const triangle: Vertex[] = [
      [0, 0],
      [1, 0],
      [0, 1],
    ];
    expect(removeVertex(triangle, 0)).toEqual(triangle);
  });

  it("offers a handle in the middle of every edge, closing edge included", () => {
    expect(edgeMidpoints(square)).toEqual([
      [0.5, 0],
      [1, 0.5],
      [0.5, 1],
      [0, 0.5],
    ]);
  });

  it("starts a new zone as a valid square around a point", () => {
    const start = squareAround([121.44, 31.2]);
    expect(start).toHaveLength(4);
    expect(polygonIssues(start)).toEqual([]);
  });
});

describe("zone schema", () => {
  const valid = {
    name: "A",
    storeId: null,
    deliveryFeeCents: 0,
    minOrderCents: 1500,
    polygon: square,
  };

  it("accepts a valid zone and a zero fee", () => {
    expect(createZoneSchema.safeParse(valid).success).toBe(true);
  });

  it("names the field of each problem with a catalogue key", () => {
    const result = createZoneSchema.safeParse({
      ...valid,
      name: " ",
      deliveryFeeCents: -1,
      minOrderCents: 1.5,
      polygon: [
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
      ],
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]),
    );
    expect(byField).toEqual({
      name: "dispatch.zoneErrName",
      deliveryFeeCents: "dispatch.zoneErrNegative",
      minOrderCents: "dispatch.zoneErrAmount",
      polygon: "dispatch.zoneErr.selfIntersects",
    });
  });
});

describe("zone form amounts", async () => {
  const { centsToYuan, yuanToCents } = await import("./types");
  it("reads yuan with up to two decimals and refuses anything else", () => {
    expect(yuanToCents("4.5")).toBe(450);
    expect(yuanToCents(" 12 ")).toBe(1200);
    expect(yuanToCents("-1")).toBe(-100);
    expect(yuanToCents("1.234")).toBeNaN();
    expect(yuanToCents("abc")).toBeNaN();
    expect(centsToYuan(450)).toBe("4.50");
  });
});
