import { missingMark } from '../../../../web/components/charts/common.tsx';
import { langOf } from '../../../../web/components/content.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { conventionsOf } from '../../../../web/i18n/index.ts';
import type { CountySpread, SpreadingCase } from '../spread.queries.ts';

/** The `lang` of a name from `country`, when the page is in another language. */
const langIn = (t: Translator, country: string) => langOf(t, conventionsOf(country).lang);

/** A share in whole per cent, or null when the county has no municipalities to share among. */
export function sharePercent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** Every county's figures: the primary data of the map above it. */
export function CountiesTable(props: { t: Translator; counties: readonly CountySpread[] }) {
  const { t } = props;
  const caption = t('spread.counties.caption');
  return (
    <ScrollableTable label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('spread.counties.county')}</th>
          <th scope="col" class="numeric">
            {t('spread.counties.municipalities')}
          </th>
          <th scope="col" class="numeric">
            {t('spread.counties.adopting')}
          </th>
          <th scope="col" class="numeric">
            {t('spread.counties.share')}
          </th>
          <th scope="col" class="numeric">
            {t('spread.counties.adoptions')}
          </th>
          <th scope="col" class="numeric">
            {t('spread.counties.published')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.counties.map((c) => {
          const share = sharePercent(c.adoptingMunicipalities, c.municipalities);
          return (
            <tr>
              <th scope="row" lang={langIn(t, c.country)}>
                <a class="ds-link" href={`/${t.lang}/network/spread/${c.countyId}`}>
                  {c.name}
                </a>
              </th>
              <td class="numeric">{t.number(c.municipalities)}</td>
              <td class="numeric">{t.number(c.adoptingMunicipalities)}</td>
              {share === null ? (
                <td class="numeric missing">
                  <span aria-hidden="true">{missingMark}</span>
                  <span class="ds-sr-only">{t('spread.band.missing')}</span>
                </td>
              ) : (
                <td class="numeric">{t('spread.share', { share })}</td>
              )}
              <td class="numeric">{t.number(c.adoptions)}</td>
              <td class="numeric">{t.number(c.casesPublished)}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}

/**
 * Cases and how far they spread. With `county` (its name and size), a column says in how many of
 * its municipalities each case is reused. `label` names the table's region: the heading above it,
 * which a visible caption would only repeat.
 */
export function SpreadingCasesTable(props: {
  t: Translator;
  label: string;
  cases: readonly SpreadingCase[];
  county?: { name: string; municipalities: number } | undefined;
}) {
  const { t, county } = props;
  return (
    <ScrollableTable label={props.label}>
      <thead>
        <tr>
          <th scope="col">{t('spread.top.case')}</th>
          <th scope="col">{t('spread.top.publisher')}</th>
          {county && (
            <th scope="col" class="numeric">
              {t('spread.county.inCounty', { county: county.name })}
            </th>
          )}
          <th scope="col" class="numeric">
            {t('spread.top.adopters')}
          </th>
          <th scope="col" class="numeric">
            {t('spread.top.counties')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.cases.map((c) => (
          <tr>
            <th scope="row" lang={langIn(t, c.country)}>
              <a class="ds-link" href={`/${t.lang}/cases/${c.caseId}`}>
                {c.title}
              </a>
            </th>
            <td lang={langIn(t, c.country)}>{c.municipalityName}</td>
            {county && (
              <td class="numeric">
                {t('spread.county.inCountyOf', {
                  count: c.inCounty,
                  total: county.municipalities,
                })}
              </td>
            )}
            <td class="numeric">{t.number(c.adopters)}</td>
            <td class="numeric">{t.number(c.counties)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
