/** A ring of [longitude, latitude] pairs, as GeoJSON has it. */
export type Ring = readonly (readonly [number, number])[];
/** One area with its polygons, each an outer ring followed by its holes. */
export type Area = { id: string; polygons: readonly (readonly Ring[])[] };
/** An area as an SVG path in the map's own coordinates. */
export type AreaPath = { id: string; d: string };

type Point = [number, number];

/**
 * Keeps the points a straight line between the kept ones would miss by more than `tolerance`
 * (Douglas–Peucker). The first and last point always stay, so a closed ring stays closed.
 */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = true;
  keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [number, number];
    let farthest = -1;
    let distance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = offLine(points[i] as Point, points[from] as Point, points[to] as Point);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([from, farthest], [farthest, to]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** The distance of `p` from the segment a–b. */
function offLine(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const along = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + along * dx), p[1] - (a[1] + along * dy));
}

/**
 * Draws areas given in degrees as SVG paths `width` wide. Longitude is shrunk by the cosine of the
 * middle latitude, which keeps a country as far north as Norway recognisable without a projection
 * library; north is up. Rings are simplified to `tolerance` map units, and islands smaller than
 * that in both directions are left out: on a map this size they would be a dot.
 */
export function projectAreas(
  areas: readonly Area[],
  opts: { width: number; tolerance: number; margin?: number },
): { width: number; height: number; paths: AreaPath[] } {
  const margin = opts.margin ?? 0;
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const a of areas)
    for (const polygon of a.polygons)
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          west = Math.min(west, lon);
          east = Math.max(east, lon);
          south = Math.min(south, lat);
          north = Math.max(north, lat);
        }
  if (!Number.isFinite(west)) return { width: opts.width, height: 0, paths: [] };
  const shrink = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = (east - west) * shrink;
  const scale = spanX > 0 ? (opts.width - 2 * margin) / spanX : 1;
  const height = Math.round((north - south) * scale + 2 * margin);
  const at = ([lon, lat]: readonly [number, number]): Point => [
    margin + (lon - west) * shrink * scale,
    margin + (north - lat) * scale,
  ];
  const paths = areas.map((a) => {
    const parts: string[] = [];
    for (const polygon of a.polygons)
      for (const ring of polygon) {
        const points = simplify(ring.map(at), opts.tolerance);
        if (points.length < 3 || tooSmall(points, opts.tolerance)) continue;
        parts.push(`M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`);
      }
    return { id: a.id, d: parts.join('') };
  });
  return { width: opts.width, height, paths };
}

function tooSmall(points: readonly Point[], tolerance: number): boolean {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return (
    Math.max(...xs) - Math.min(...xs) < tolerance && Math.max(...ys) - Math.min(...ys) < tolerance
  );
}

const round = (v: number) => Math.round(v * 10) / 10;

type Geometry =
  | { type: 'Polygon'; coordinates: Ring[] }
  | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** The areas of a GeoJSON FeatureCollection, each named by `idOf` its properties. */
export function areasFromGeoJson(
  collection: { features: { properties: Record<string, unknown>; geometry: Geometry }[] },
  idOf: (properties: Record<string, unknown>) => string,
): Area[] {
  return collection.features.map((f) => ({
    id: idOf(f.properties),
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));
}
