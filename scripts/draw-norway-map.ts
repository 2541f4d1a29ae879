// Draws Norway's fylke polygons (reference-data/municipalities/no_fylker_2024.geojson) as the
// spread map's SVG paths and keeps them beside the polygons, so a server reads 35 KB instead of
// parsing and simplifying 640 KB on its first map. Run after the polygons change:
//   npx tsx scripts/draw-norway-map.ts
import { readFileSync, writeFileSync } from 'node:fs';
import {
  drawNorway,
  norwayGeoJsonPath,
  norwayMapPath,
} from '../src/domains/delning/spread/norway-map.ts';

const drawn = drawNorway(readFileSync(norwayGeoJsonPath, 'utf8'));
writeFileSync(norwayMapPath, `${JSON.stringify(drawn)}\n`);
console.log(`${drawn.paths.length} fylker drawn to ${norwayMapPath}`);
