import type { GeoPoint } from "@/lib/tracking/types";

const W = 320;
const H = 200;
const PAD = 24;

/**
 * Store, destination and courier on a plain SVG, scaled to fit; no tiles, so nothing about the
 * neighbourhood leaves the server and nothing external is loaded.
 */
export function CourierMap(props: {
  store: GeoPoint;
  destination: GeoPoint;
  courier: GeoPoint;
  labels: { store: string; destination: string; courier: string };
}) {
  const points = [props.store, props.destination, props.courier];
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
  const [minLng, maxLng] = [Math.min(...lngs), Math.max(...lngs)];
  // equal scale on both axes (about right at Shanghai's latitude) so distances look honest
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const span = Math.max((maxLng - minLng) * kx, maxLat - minLat, 0.002);
  const scale = Math.min(W - 2 * PAD, H - 2 * PAD) / span;
  const at = (p: GeoPoint) => ({
    x: W / 2 + (p.lng - (minLng + maxLng) / 2) * kx * scale,
    y: H / 2 - (p.lat - (minLat + maxLat) / 2) * scale,
  });
  const s = at(props.store);
  const d = at(props.destination);
  const c = at(props.courier);
  return (
    <svg
      className="courier-map"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={props.labels.courier}
      data-testid="courier-map"
    >
      <rect width={W} height={H} fill="#eef1f5" rx="10" />
      <line x1={s.x} y1={s.y} x2={d.x} y2={d.y} stroke="#c4cad4" strokeDasharray="4 4" />
      <rect x={s.x - 6} y={s.y - 6} width="12" height="12" fill="#f05a28" rx="2">
        <title>{props.labels.store}</title>
      </rect>
      <path d={`M${d.x} ${d.y}l-7 -14h14z`} fill="#1d2330">
        <title>{props.labels.destination}</title>
      </path>
      <circle cx={c.x} cy={c.y} r="7" fill="#2563eb" stroke="#fff" strokeWidth="2">
        <title>{props.labels.courier}</title>
      </circle>
    </svg>
  );
}
