import type { Child } from 'hono/jsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { CountySpread, SpreadingCase } from '../spread.queries.ts';
import { SpreadMap } from './spread-map.tsx';
import { CountiesTable, SpreadingCasesTable } from './spread-tables.tsx';

type Props = PageContext & {
  counties: readonly CountySpread[];
  topCases: readonly SpreadingCase[];
  /** The network's shortlist and its form, when there is one to show. */
  shortlist?: Child;
};

/**
 * The whole network: first how many municipalities reuse a case and which cases spread most,
 * then the shortlist, then every county on the map and in the table.
 */
export function NetworkSpreadPage(props: Props) {
  const { t } = props;
  const title = t('spread.network.title');
  const sum = (pick: (c: CountySpread) => number) =>
    props.counties.reduce((total, c) => total + pick(c), 0);
  return (
    <Layout {...props} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph" data-size="lg">
        {t('spread.network.result', {
          adopting: sum((c) => c.adoptingMunicipalities),
          count: sum((c) => c.municipalities),
        })}
      </p>
      <p class="ds-paragraph">{t('spread.network.lead')}</p>
      <h2 class="ds-heading" data-size="sm">
        {t('spread.top.title')}
      </h2>
      {props.topCases.length === 0 ? (
        <p class="ds-paragraph">{t('spread.top.none')}</p>
      ) : (
        <SpreadingCasesTable t={t} label={t('spread.top.title')} cases={props.topCases} />
      )}
      {props.shortlist}
      <SpreadMap t={t} counties={props.counties} />
      <CountiesTable t={t} counties={props.counties} />
    </Layout>
  );
}
