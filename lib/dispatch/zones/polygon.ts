/** A [lng, lat] vertex, as Zone.polygon stores it. */
export type Vertex = readonly [number, number];

export type PolygonIssue = "tooFew" | "outOfRange" | "selfIntersects" | "degenerate";

function orientation(p: Vertex, q: Vertex, r: Vertex): number {
  const value = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1]);
  if (Math.abs(value) < 1e-15) return 0;
  return value > 0 ? 1 : 2;
}

function onSegment(p: Vertex, q: Vertex, r: Vertex): boolean {
  return (
    q[0] <= Math.max(p[0], r[0]) &&
    q[0] >= Math.min(p[0], r[0]) &&
    q[1] <= Math.max(p[1], r[1]) &&
    q[1] >= Math.min(p[1], r[1])
  );
}

/** Whether segments p1–q1 and p2–q2 touch or cross (collinear overlap included). */
export function segmentsIntersect(p1: Vertex, q1: Vertex, p2: Vertex, q2: Vertex): boolean {
  const o1 = orientation(p1, q1, p2);
  const o2 = orientation(p1, q1, q2);
  const o3 = orientation(p2, q2, p1);
  const o4 = orientation(p2, q2, q1);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(p1, p2, q1)) return true;
  if (o2 === 0 && onSegment(p1, q2, q1)) return true;
  if (o3 === 0 && onSegment(p2, p1, q2)) return true;
  if (o4 === 0 && onSegment(p2, q1, q2)) return true;
  return false;
}

/** Twice the signed area (shoelace); zero for a polygon with no extent. */
export function signedArea2(polygon: readonly Vertex[]): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const b = polygon[(i + 1) % polygon.length];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/** Whether two non-adjacent edges of the (implicitly closed) polygon touch or cross. */
export function selfIntersects(polygon: readonly Vertex[]): boolean {
  const n = polygon.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // neighbours share a vertex by construction; only separated edges may not meet
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      if (adjacent) continue;
      const a1 = polygon[i];
      const a2 = polygon[(i + 1) % n];
      const b1 = polygon[j];
      const b2 = polygon[(j + 1) % n];
      if (a1 && a2 && b1 && b2 && segmentsIntersect(a1, a2, b1, b2)) return true;
    }
  }
  return false;
}

/**
 * What is wrong with a zone outline, or an empty list: at least three vertices, real
 * coordinates, some area, and no edge crossing another (a figure-eight has no clear inside).
 */
export function polygonIssues(polygon: readonly Vertex[]): PolygonIssue[] {
  if (polygon.length < 3) return ["tooFew"];
  const inRange = polygon.every(
    ([lng, lat]) =>
      Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90,
  );
  if (!inRange) return ["outOfRange"];
  if (selfIntersects(polygon)) return ["selfIntersects"];
  if (Math.abs(signedArea2(polygon)) < 1e-12) return ["degenerate"];
  return [];
}

/** The polygon with one vertex moved. */
export function moveVertex(polygon: readonly Vertex[], index: number, to: Vertex): Vertex[] {
  return polygon.map((v, i) => (i === index ? to : v));
}

/** The polygon with a vertex inserted after `index` (on the edge index → index+1). */
export function insertVertexAfter(polygon: readonly Vertex[], index: number, at: Vertex): Vertex[] {
  return [...polygon.slice(0, index + 1), at, ...polygon.slice(index + 1)];
}

/** The polygon without one vertex; a triangle keeps its three (a zone needs an area). */
export function removeVertex(polygon: readonly Vertex[], index: number): Vertex[] {
  if (polygon.length <= 3) return [...polygon];
  return polygon.filter((_, i) => i !== index);
}

/** The midpoint of each edge, where the editor offers a handle to add a vertex. */
export function edgeMidpoints(polygon: readonly Vertex[]): Vertex[] {
  return polygon.flatMap((a, i) => {
    const b = polygon[(i + 1) % polygon.length];
    return b ? [[(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] as const] : [];
  });
}

/** A square outline of `halfSide` degrees around a centre, the starting shape of a new zone. */
export function squareAround(centre: Vertex, halfSide = 0.004): Vertex[] {
  const [lng, lat] = centre;
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return [
    [r(lng - halfSide), r(lat - halfSide)],
    [r(lng + halfSide), r(lat - halfSide)],
    [r(lng + halfSide), r(lat + halfSide)],
    [r(lng - halfSide), r(lat + halfSide)],
  ];
}
