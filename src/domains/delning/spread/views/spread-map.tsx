import { type ShareBand, shareBand, shareBands } from '../../../../engines/county-map/shade.ts';
import { outline } from '../../../../web/components/charts/palette.ts';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { countyShapes } from '../county-shapes.ts';
import type { CountySpread } from '../spread.queries.ts';

/** Light to dark blue: darker is a larger share of the county's municipalities. */
const bandColour: Record<Exclude<ShareBand, 'missing'>, string> = {
  none: '#f1f5f9',
  'up-to-25': '#c6dbef',
  'up-to-50': '#6baed6',
  'up-to-75': '#2171b5',
  'over-75': '#08306b',
};
/** A county without figures is hatched, so it never passes for a zero. */
const bandFill = (band: ShareBand, pattern: string) =>
  band === 'missing' ? `url(#${pattern})` : bandColour[band];

const bandOf = (c: CountySpread | undefined): ShareBand =>
  c ? shareBand(c.adoptingMunicipalities, c.municipalities) : 'missing';

function MissingPattern(props: { id: string }) {
  return (
    <defs>
      <pattern id={props.id} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <path d="M0 6L6 0" stroke="#6b7280" stroke-width="1" />
      </pattern>
    </defs>
  );
}

/**
 * The counties of both countries shaded by the share of their municipalities that reuse a case:
 * Norway's fylker as they lie, Sweden's län as a tile grid. The table beside it carries the same
 * figures; the pictures are images with a title and a description, nothing to navigate.
 */
export function SpreadMap(props: {
  t: Translator;
  counties: readonly CountySpread[];
  /** The county whose page this is: drawn with a heavy outline. */
  current?: string | undefined;
  /** Only this country's map (a county page); both when absent. */
  country?: 'SE' | 'NO' | undefined;
}) {
  const { t } = props;
  const shapes = countyShapes();
  const byId = new Map(props.counties.map((c) => [c.countyId, c]));
  const stroke = (id: string) => (id === props.current ? 3 : 0.6);
  const show = (country: 'SE' | 'NO') => !props.country || props.country === country;
  return (
    <figure class="spread-map">
      <div class="spread-map__pictures">
        {show('NO') && (
          <svg
            role="img"
            aria-labelledby="spread-map-no-title spread-map-no-desc"
            viewBox={`0 0 ${shapes.norway.width} ${shapes.norway.height}`}
            width={shapes.norway.width}
            height={shapes.norway.height}
          >
            <title id="spread-map-no-title">{t('spread.map.norway')}</title>
            <desc id="spread-map-no-desc">{t('spread.map.desc')}</desc>
            <MissingPattern id="spread-missing-no" />
            {shapes.norway.paths.map((p) => (
              <path
                d={p.d}
                fill={bandFill(bandOf(byId.get(p.id)), 'spread-missing-no')}
                stroke={outline}
                stroke-width={stroke(p.id)}
                stroke-linejoin="round"
              />
            ))}
          </svg>
        )}
        {show('SE') && (
          <svg
            role="img"
            aria-labelledby="spread-map-se-title spread-map-se-desc"
            viewBox={`-2 -2 ${shapes.sweden.width + 4} ${shapes.sweden.height + 4}`}
            width={shapes.sweden.width + 4}
            height={shapes.sweden.height + 4}
          >
            <title id="spread-map-se-title">{t('spread.map.sweden')}</title>
            <desc id="spread-map-se-desc">{t('spread.map.desc')}</desc>
            <MissingPattern id="spread-missing-se" />
            {shapes.sweden.tiles.map((tile) => (
              <rect
                x={tile.x}
                y={tile.y}
                width={tile.size}
                height={tile.size}
                rx="3"
                fill={bandFill(bandOf(byId.get(tile.countyId)), 'spread-missing-se')}
                stroke={outline}
                stroke-width={stroke(tile.countyId)}
              />
            ))}
          </svg>
        )}
      </div>
      <figcaption>
        <p class="ds-paragraph" data-size="sm">
          {t('spread.map.legend')}
        </p>
        <ul class="chart-legend">
          {[...shareBands, 'missing' as const].map((band) => (
            <li>
              <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
                {band === 'missing' && <MissingPattern id="spread-missing-legend" />}
                <rect
                  x="1"
                  y="1"
                  width="14"
                  height="14"
                  fill={bandFill(band, 'spread-missing-legend')}
                  stroke={outline}
                />
              </svg>{' '}
              {t(`spread.band.${band}` as MessageKey)}
            </li>
          ))}
        </ul>
        {show('NO') && (
          <p class="ds-paragraph muted" data-size="xs">
            {t('spread.map.source')}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
