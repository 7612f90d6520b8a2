import type { Rng } from "./prng";

// Shanghai 徐汇区 (Xuhui), the demo city. Coordinates are WGS-84-ish approximations.
export const BOUNDS = { south: 31.175, north: 31.215, west: 121.415, east: 121.465 } as const;

export type LngLat = readonly [number, number];

export type ZoneDef = {
  key: string;
  name: string;
  roads: readonly string[];
  feeCents: number;
  minOrderCents: number;
  polygon: LngLat[];
};

// A 3 x 2 grid over the district; interior vertices are nudged so the shapes look drawn by hand,
// and neighbours share vertices so the zones tile the district without gaps.
const LNG = [BOUNDS.west, 121.4318, 121.4483, BOUNDS.east] as const;
const LAT = [BOUNDS.south, 31.1952, BOUNDS.north] as const;

function v(col: number, row: number): LngLat {
  return [LNG[col] ?? BOUNDS.west, LAT[row] ?? BOUNDS.south];
}

function cell(col: number, row: number): LngLat[] {
  return [v(col, row), v(col + 1, row), v(col + 1, row + 1), v(col, row + 1)];
}

export const GRID_ZONES: readonly ZoneDef[] = [
  {
    key: "hongqiao-rd",
    name: "虹桥路·番禺路片区 Hongqiao Rd",
    roads: ["虹桥路", "番禺路", "凯旋路", "华山路", "淮海西路", "法华镇路"],
    feeCents: 500,
    minOrderCents: 2000,
    polygon: cell(0, 1),
  },
  {
    key: "xujiahui",
    name: "徐家汇商圈 Xujiahui",
    roads: ["漕溪北路", "天平路", "宛平路", "肇嘉浜路", "南丹路", "虹桥路", "华山路"],
    feeCents: 300,
    minOrderCents: 1500,
    polygon: cell(1, 1),
  },
  {
    key: "hengshan",
    name: "衡山路·复兴西路 Hengshan Rd",
    roads: ["衡山路", "建国西路", "岳阳路", "东平路", "乌鲁木齐南路", "永嘉路", "高安路"],
    feeCents: 400,
    minOrderCents: 2000,
    polygon: cell(2, 1),
  },
  {
    key: "tianlin",
    name: "田林 Tianlin",
    roads: ["田林路", "钦州路", "宜山路", "桂林路", "柳州路", "田林东路"],
    feeCents: 500,
    minOrderCents: 2000,
    polygon: cell(0, 0),
  },
  {
    key: "caohejing",
    name: "漕河泾·南丹东路 Caohejing",
    roads: ["漕宝路", "桂平路", "天钥桥路", "南丹东路", "漕溪路", "宜山路"],
    feeCents: 400,
    minOrderCents: 2000,
    polygon: cell(1, 0),
  },
  {
    key: "longhua",
    name: "龙华·枫林 Longhua & Fenglin",
    roads: ["龙华西路", "斜土路", "枫林路", "东安路", "零陵路", "中山南二路", "龙漕路"],
    feeCents: 600,
    minOrderCents: 2500,
    polygon: cell(2, 0),
  },
];

/** An octagon around a point, for a store's own express zone. */
export function octagon(center: LngLat, radiusKm: number): LngLat[] {
  const [lng, lat] = center;
  const dLat = radiusKm / 111;
  const dLng = radiusKm / (111 * Math.cos((lat * Math.PI) / 180));
  const out: LngLat[] = [];
  for (let i = 0; i < 8; i++) {
    const a = (Math.PI / 4) * i;
    out.push([round6(lng + dLng * Math.cos(a)), round6(lat + dLat * Math.sin(a))]);
  }
  return out;
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Ray casting; polygon vertices are [lng, lat]. */
export function pointInPolygon(lng: number, lat: number, polygon: readonly LngLat[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (a === undefined || b === undefined) continue;
    const [xi, yi] = a;
    const [xj, yj] = b;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The grid zone a point falls in (points outside the district snap to the nearest cell). */
export function gridZoneIndex(lng: number, lat: number): number {
  const col = lng < (LNG[1] ?? 0) ? 0 : lng < (LNG[2] ?? 0) ? 1 : 2;
  const row = lat < (LAT[1] ?? 0) ? 0 : 1;
  return row === 1 ? col : 3 + col;
}

/** Straight-line distance in km (equirectangular; fine at district scale). */
export function distanceKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const x = (bLng - aLng) * Math.cos((((aLat + bLat) / 2) * Math.PI) / 180);
  const y = bLat - aLat;
  return Math.sqrt(x * x + y * y) * 111;
}

const COMPOUNDS = [
  "徐汇苑",
  "汇贤居",
  "衡山公寓",
  "东方曼哈顿",
  "日月光中心",
  "港汇恒隆广场",
  "美罗城",
  "光启城",
  "华亭宾馆",
  "龙华苑",
  "田林十二村",
  "漕河泾开发区",
  "康健新村",
  "乐山新村",
  "上海交大徐汇校区",
  "复旦大学枫林校区",
  "中山医院",
  "徐汇滨江",
  "西岸传媒港",
  "汇金广场",
] as const;

/** A random delivery address inside a grid zone, on one of its real roads. */
export function randomAddress(
  rng: Rng,
  zoneIndex: number,
): { line: string; lat: number; lng: number } {
  const zone = GRID_ZONES[zoneIndex] ?? GRID_ZONES[0];
  if (zone === undefined) throw new Error("no zones");
  const [sw, ne] = [zone.polygon[0], zone.polygon[2]];
  if (sw === undefined || ne === undefined) throw new Error("bad zone polygon");
  // Inset from the edges so rounding never moves a point into the neighbouring zone.
  const lng = round6(rng.float(sw[0] + 0.0008, ne[0] - 0.0008));
  const lat = round6(rng.float(sw[1] + 0.0008, ne[1] - 0.0008));
  const road = rng.pick(zone.roads);
  const line = rng.chance(0.6)
    ? `${road}${rng.int(1, 1200)}弄${rng.int(1, 40)}号${rng.int(1, 25)}0${rng.int(1, 4)}室`
    : rng.chance(0.5)
      ? `${road}${rng.int(1, 999)}号${rng.pick(COMPOUNDS)}${rng.int(1, 12)}号楼`
      : `${road}${rng.int(1, 999)}号${rng.int(2, 30)}楼`;
  return { line: `上海市徐汇区${line}`, lat, lng };
}
