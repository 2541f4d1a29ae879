import { readFileSync } from 'node:fs';
import {
  type AreaPath,
  areasFromGeoJson,
  projectAreas,
} from '../../../engines/county-map/project.ts';
import { projectPath } from '../../../lib/paths.ts';

/** Norway's fylker as SVG paths, as the spread map draws them. */
export type NorwayMap = { width: number; height: number; paths: AreaPath[] };

/** Kartverket's fylke polygons, as kept in the repository. */
export const norwayGeoJsonPath = projectPath(
  'reference-data',
  'municipalities',
  'no_fylker_2024.geojson',
);
/** The paths drawn from them, kept beside them so no server parses 640 KB to draw a map. */
export const norwayMapPath = projectPath(
  'reference-data',
  'municipalities',
  'no_fylker_2024.svg.json',
);

/** Draws the fylke polygons of `geoJson` (the file at `norwayGeoJsonPath`) at the map's size. */
export function drawNorway(geoJson: string): NorwayMap {
  const areas = areasFromGeoJson(JSON.parse(geoJson), (p) => `NO-${String(p.fylkesnummer)}`);
  return projectAreas(areas, { width: 320, tolerance: 0.8, margin: 4 });
}

/** The kept paths (`npx tsx scripts/draw-norway-map.ts` writes them again from the polygons). */
export function keptNorwayMap(): NorwayMap {
  return JSON.parse(readFileSync(norwayMapPath, 'utf8')) as NorwayMap;
}
