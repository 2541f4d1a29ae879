import {
  swedishCountyTiles,
  type Tile,
  tileSquares,
} from '../../../engines/county-map/tile-grid.ts';
import { keptNorwayMap, type NorwayMap } from './norway-map.ts';

export type CountyShapes = {
  norway: NorwayMap;
  sweden: { width: number; height: number; tiles: (Tile & { countyId: string })[] };
};

let shapes: CountyShapes | undefined;

/**
 * Norway's fylker as drawn from Kartverket's polygons (norway-map.ts, kept in reference-data) and
 * Sweden's län as a tile grid, in SVG units; read once per process, as the shapes change only with
 * a new county division.
 */
export function countyShapes(): CountyShapes {
  if (shapes) return shapes;
  const grid = tileSquares(swedishCountyTiles, 36, 4);
  shapes = {
    norway: keptNorwayMap(),
    sweden: {
      ...grid,
      tiles: grid.tiles.map((tile) => ({ ...tile, countyId: `SE-${tile.code}` })),
    },
  };
  return shapes;
}
