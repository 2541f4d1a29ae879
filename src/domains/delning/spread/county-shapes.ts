import { readFileSync } from 'node:fs';
import {
  type AreaPath,
  areasFromGeoJson,
  projectAreas,
} from '../../../engines/county-map/project.ts';
import {
  swedishCountyTiles,
  type Tile,
  tileSquares,
} from '../../../engines/county-map/tile-grid.ts';
import { projectPath } from '../../../lib/paths.ts';

export type CountyShapes = {
  norway: { width: number; height: number; paths: AreaPath[] };
  sweden: { width: number; height: number; tiles: (Tile & { countyId: string })[] };
};

let shapes: CountyShapes | undefined;

/**
 * Norway's fylker drawn from Kartverket's polygons (reference-data/municipalities) and Sweden's
 * län as a tile grid, in SVG units. The file is read and projected once per process: the shapes
 * change only with a new county division.
 */
export function countyShapes(): CountyShapes {
  if (shapes) return shapes;
  const json = JSON.parse(
    readFileSync(projectPath('reference-data', 'municipalities', 'no_fylker_2024.geojson'), 'utf8'),
  );
  const areas = areasFromGeoJson(json, (p) => `NO-${String(p.fylkesnummer)}`);
  const grid = tileSquares(swedishCountyTiles, 36, 4);
  shapes = {
    norway: projectAreas(areas, { width: 320, tolerance: 0.8, margin: 4 }),
    sweden: {
      ...grid,
      tiles: grid.tiles.map((tile) => ({ ...tile, countyId: `SE-${tile.code}` })),
    },
  };
  return shapes;
}
