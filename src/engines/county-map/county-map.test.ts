import { describe, expect, it } from 'vitest';
import { areasFromGeoJson, projectAreas, simplify } from './project.ts';
import { shareBand } from './shade.ts';
import { swedishCountyLetters, swedishCountyTiles, tileSquares } from './tile-grid.ts';

describe('simplifying a ring', () => {
  it('drops a point closer to the line than the tolerance and keeps one farther away', () => {
    // (3, 2) is 2 off (0,0)–(4,0): kept. Then (2, 0) is |2·2 − 3·0| / √13 ≈ 1.11 off (0,0)–(3,2):
    // kept; and (1, 0.4) is 0.4 off (0,0)–(2,0): dropped at 0.5, kept at 0.3.
    const line: [number, number][] = [
      [0, 0],
      [1, 0.4],
      [2, 0],
      [3, 2],
      [4, 0],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [2, 0],
      [3, 2],
      [4, 0],
    ]);
    expect(simplify(line, 0.3)).toEqual(line);
  });
});

describe('projecting areas', () => {
  it('fits the areas to the width, north up, with longitude shrunk by the middle latitude', () => {
    // A square of one degree at the equator: cos(0.5°) ≈ 0.99996, so 100 wide and 100 high.
    const square = {
      id: 'a',
      polygons: [
        [
          [
            [10, 1],
            [11, 1],
            [11, 0],
            [10, 0],
            [10, 1],
          ] as [number, number][],
        ],
      ],
    };
    const map = projectAreas([square], { width: 100, tolerance: 0.5 });
    expect(map.height).toBe(100);
    expect(map.paths).toEqual([{ id: 'a', d: 'M0 0L100 0L100 100L0 100L0 0Z' }]);
  });

  it('at 60° north a degree of longitude is half a degree of latitude wide', () => {
    // From 59.5° to 60.5°: cos 60° = 0.5, so two degrees east–west are as wide as one north–south.
    const area = {
      id: 'n',
      polygons: [
        [
          [
            [0, 60.5],
            [2, 60.5],
            [2, 59.5],
            [0, 59.5],
            [0, 60.5],
          ] as [number, number][],
        ],
      ],
    };
    const map = projectAreas([area], { width: 50, tolerance: 0.1 });
    expect(map.height).toBe(50);
  });

  it('leaves out an island smaller than the tolerance', () => {
    const big: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const islet: [number, number][] = [
      [5, 5],
      [5.01, 5],
      [5.01, 5.01],
      [5, 5.01],
      [5, 5],
    ];
    const map = projectAreas([{ id: 'x', polygons: [[big], [islet]] }], {
      width: 100,
      tolerance: 1,
    });
    expect(map.paths[0]?.d.match(/M/g)?.length).toBe(1);
  });

  it('reads polygons and multipolygons from GeoJSON', () => {
    const ring: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const areas = areasFromGeoJson(
      {
        features: [
          { properties: { nr: '03' }, geometry: { type: 'Polygon', coordinates: [ring] } },
          {
            properties: { nr: '11' },
            geometry: { type: 'MultiPolygon', coordinates: [[ring], [ring]] },
          },
        ],
      },
      (p) => `NO-${p.nr}`,
    );
    expect(areas.map((a) => [a.id, a.polygons.length])).toEqual([
      ['NO-03', 1],
      ['NO-11', 2],
    ]);
  });
});

describe('the Swedish tile grid', () => {
  it('places all 21 län on distinct squares', () => {
    const grid = tileSquares(swedishCountyTiles, 10, 2);
    expect(grid.tiles).toHaveLength(21);
    expect(new Set(grid.tiles.map((t) => `${t.x},${t.y}`)).size).toBe(21);
    // Four columns and nine rows of 10 with gaps of 2: 4·10 + 3·2 and 9·10 + 8·2.
    expect([grid.width, grid.height]).toEqual([46, 106]);
    expect(grid.tiles.find((t) => t.code === '01')).toEqual({ code: '01', x: 36, y: 60, size: 10 });
  });

  it('names every län by its own letter code, which fits in a tile', () => {
    const letters = Object.keys(swedishCountyTiles).map((code) => swedishCountyLetters[code]);
    expect(letters.every((l) => typeof l === 'string' && /^[A-Z]{1,2}$/.test(l))).toBe(true);
    expect(new Set(letters).size).toBe(21);
    expect(Object.keys(swedishCountyLetters).sort()).toEqual(
      Object.keys(swedishCountyTiles).sort(),
    );
    // Three that every Swede knows from the registration plates.
    expect([
      swedishCountyLetters['01'],
      swedishCountyLetters['12'],
      swedishCountyLetters['14'],
    ]).toEqual(['AB', 'M', 'O']);
  });
});

describe('the share bands', () => {
  it('puts a real zero in its own band and a county without municipalities apart', () => {
    expect(shareBand(0, 26)).toBe('none');
    expect(shareBand(1, 26)).toBe('up-to-25');
    expect(shareBand(13, 26)).toBe('up-to-50');
    expect(shareBand(14, 26)).toBe('up-to-75');
    expect(shareBand(26, 26)).toBe('over-75');
    expect(shareBand(0, 0)).toBe('missing');
  });
});
