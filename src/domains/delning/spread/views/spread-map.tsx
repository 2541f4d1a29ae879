import { type ShareBand, shareBand, shareBands } from '../../../../engines/county-map/shade.ts';
import { swedishCountyLetters } from '../../../../engines/county-map/tile-grid.ts';
import { fillOf, PatternDefs } from '../../../../web/components/charts/common.tsx';
import { ChartLegend } from '../../../../web/components/charts/legend.tsx';
import { outline, type SeriesStyle } from '../../../../web/components/charts/palette.ts';
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
const missingStyle: SeriesStyle = { colour: '#ffffff', pattern: 'hatch' };
const bandStyle = (band: ShareBand): SeriesStyle =>
  band === 'missing' ? missingStyle : { colour: bandColour[band] };

const bandOf = (c: CountySpread | undefined): ShareBand =>
  c ? shareBand(c.adoptingMunicipalities, c.municipalities) : 'missing';

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
            <PatternDefs prefix="spread-no" styles={[missingStyle]} />
            {shapes.norway.paths.map((p) => (
              <path
                d={p.d}
                fill={fillOf('spread-no', bandStyle(bandOf(byId.get(p.id))))}
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
            <PatternDefs prefix="spread-se" styles={[missingStyle]} />
            {shapes.sweden.tiles.map((tile) => (
              <rect
                x={tile.x}
                y={tile.y}
                width={tile.size}
                height={tile.size}
                rx="3"
                fill={fillOf('spread-se', bandStyle(bandOf(byId.get(tile.countyId))))}
                stroke={outline}
                stroke-width={stroke(tile.countyId)}
              />
            ))}
            {shapes.sweden.tiles.map((tile) => {
              const band = bandOf(byId.get(tile.countyId));
              return (
                <text
                  x={tile.x + tile.size / 2}
                  y={tile.y + tile.size / 2}
                  text-anchor="middle"
                  dominant-baseline="central"
                  font-size="12"
                  fill={band === 'up-to-75' || band === 'over-75' ? '#ffffff' : '#1e293b'}
                >
                  {swedishCountyLetters[tile.code] ?? ''}
                </text>
              );
            })}
          </svg>
        )}
      </div>
      <figcaption>
        <p class="ds-paragraph" data-size="sm">
          {t('spread.map.legend')}
        </p>
        <ChartLegend
          chartId={show('NO') ? 'spread-no' : 'spread-se'}
          kind="fill"
          items={[...shareBands, 'missing' as const].map((band) => ({
            label: t(`spread.band.${band}` as MessageKey),
            style: bandStyle(band),
          }))}
        />
        {show('NO') && (
          <p class="ds-paragraph muted" data-size="xs">
            {t('spread.map.source')}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
