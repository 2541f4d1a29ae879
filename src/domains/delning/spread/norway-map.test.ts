import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawNorway, keptNorwayMap, norwayGeoJsonPath } from './norway-map.ts';

describe("Norway's map", () => {
  it('kept in the repository is what the polygons draw (run scripts/draw-norway-map.ts if not)', () => {
    const drawn = drawNorway(readFileSync(norwayGeoJsonPath, 'utf8'));
    expect(keptNorwayMap()).toEqual(drawn);
    // All 15 fylker of the 2024 division, each once.
    expect(new Set(drawn.paths.map((p) => p.id)).size).toBe(15);
  });
});
