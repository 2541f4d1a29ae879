/**
 * Sweden's 21 län as a tile grid: each län one square, placed roughly where it lies, so every län
 * is the same size on the map whatever its area (Norrbotten does not drown Stockholm). Keyed by
 * län code; [column, row] with row 0 in the north.
 */
export const swedishCountyTiles: Readonly<Record<string, readonly [number, number]>> = {
  '25': [2, 0], // Norrbotten
  '24': [2, 1], // Västerbotten
  '23': [1, 2], // Jämtland
  '22': [2, 2], // Västernorrland
  '20': [1, 3], // Dalarna
  '21': [2, 3], // Gävleborg
  '17': [0, 4], // Värmland
  '19': [1, 4], // Västmanland
  '03': [2, 4], // Uppsala
  '14': [0, 5], // Västra Götaland
  '18': [1, 5], // Örebro
  '04': [2, 5], // Södermanland
  '01': [3, 5], // Stockholm
  '13': [0, 6], // Halland
  '06': [1, 6], // Jönköping
  '05': [2, 6], // Östergötland
  '09': [3, 6], // Gotland
  '12': [0, 7], // Skåne
  '07': [1, 7], // Kronoberg
  '08': [2, 7], // Kalmar
  '10': [1, 8], // Blekinge
};

/**
 * Each län's letter code (länsbokstav), as on Swedish registration plates and in official lists:
 * short enough to stand inside its tile and known to the people who read the map.
 */
export const swedishCountyLetters: Readonly<Record<string, string>> = {
  '01': 'AB',
  '03': 'C',
  '04': 'D',
  '05': 'E',
  '06': 'F',
  '07': 'G',
  '08': 'H',
  '09': 'I',
  '10': 'K',
  '12': 'M',
  '13': 'N',
  '14': 'O',
  '17': 'S',
  '18': 'T',
  '19': 'U',
  '20': 'W',
  '21': 'X',
  '22': 'Y',
  '23': 'Z',
  '24': 'AC',
  '25': 'BD',
};

export type Tile = { code: string; x: number; y: number; size: number };

/** The tiles' squares, `size` wide with `gap` between them. */
export function tileSquares(
  tiles: Readonly<Record<string, readonly [number, number]>>,
  size: number,
  gap: number,
): { width: number; height: number; tiles: Tile[] } {
  const placed = Object.entries(tiles).map(([code, [col, row]]) => ({
    code,
    x: col * (size + gap),
    y: row * (size + gap),
    size,
  }));
  const columns = Math.max(0, ...Object.values(tiles).map(([c]) => c + 1));
  const rows = Math.max(0, ...Object.values(tiles).map(([, r]) => r + 1));
  return {
    width: columns * size + Math.max(0, columns - 1) * gap,
    height: rows * size + Math.max(0, rows - 1) * gap,
    tiles: placed,
  };
}
