/** The shades of the spread map, lightest first; `missing` is drawn apart, never as a zero. */
export const shareBands = ['none', 'up-to-25', 'up-to-50', 'up-to-75', 'over-75'] as const;
export type ShareBand = (typeof shareBands)[number] | 'missing';

/**
 * The band of a share of a county's municipalities (`part` of `whole`). A county with no
 * municipalities in the registry has no share at all: `missing`, not 0 %.
 */
export function shareBand(part: number, whole: number): ShareBand {
  if (!(whole > 0) || !(part >= 0)) return 'missing';
  const share = part / whole;
  if (share === 0) return 'none';
  if (share <= 0.25) return 'up-to-25';
  if (share <= 0.5) return 'up-to-50';
  if (share <= 0.75) return 'up-to-75';
  return 'over-75';
}
