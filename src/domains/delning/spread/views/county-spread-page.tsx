import type { Child } from 'hono/jsx';
import { langOf } from '../../../../web/components/content.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { conventionsOf } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { CountySpread, MunicipalitySpread, SpreadingCase } from '../spread.queries.ts';
import { SpreadMap } from './spread-map.tsx';
import { SpreadingCasesTable } from './spread-tables.tsx';

type Props = PageContext & {
  county: CountySpread;
  /** Every county of the same country, for the map. */
  counties: readonly CountySpread[];
  cases: { total: number; items: readonly SpreadingCase[] };
  municipalities: readonly MunicipalitySpread[];
  /** The county's recommendations and their form, when there is something to show. */
  recommendations?: Child;
};

/** One county: where it stands on its country's map, the cases its municipalities reuse, and them. */
export function CountySpreadPage(props: Props) {
  const { t, county } = props;
  const title = t('spread.county.title', { county: county.name });
  const lang = langOf(t, conventionsOf(county.country).lang);
  const name = { county: county.name };
  return (
    <Layout {...props} title={title}>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/${t.lang}/network/spread`}>
          {t('spread.county.all')}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        {t('spread.county.lead', {
          count: county.municipalities,
          adopting: county.adoptingMunicipalities,
          county: county.name,
        })}
      </p>
      <SpreadMap
        t={t}
        counties={props.counties}
        current={county.countyId}
        country={county.country}
      />
      {props.recommendations}
      <h2 class="ds-heading" data-size="sm">
        {t('spread.county.cases', name)}
      </h2>
      {props.cases.total === 0 ? (
        <p class="ds-paragraph">{t('spread.county.none', name)}</p>
      ) : (
        <>
          <p class="ds-paragraph">
            {t('spread.county.casesCount', { count: props.cases.total })}
            {props.cases.total > props.cases.items.length &&
              ` ${t('spread.county.casesShown', { shown: props.cases.items.length })}`}
          </p>
          <SpreadingCasesTable
            t={t}
            label={t('spread.county.cases', name)}
            cases={props.cases.items}
            county={{ name: county.name, municipalities: county.municipalities }}
          />
        </>
      )}
      <h2 class="ds-heading" data-size="sm">
        {t('spread.county.municipalities', name)}
      </h2>
      <ScrollableTable label={t('spread.county.municipalities', name)}>
        <thead>
          <tr>
            <th scope="col">{t('spread.county.municipality')}</th>
            <th scope="col" class="numeric">
              {t('spread.county.adopted')}
            </th>
            <th scope="col" class="numeric">
              {t('spread.county.publishedCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.municipalities.map((m) => (
            <tr>
              <th scope="row" lang={lang}>
                <a class="ds-link" href={`/${t.lang}/municipalities/${m.municipalityId}/cases`}>
                  {m.name}
                </a>
              </th>
              <td class="numeric">{t.number(m.adopted)}</td>
              <td class="numeric">{t.number(m.published)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </Layout>
  );
}
