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

/** The whole network: every county on the map and in the table, and the most reused cases. */
export function NetworkSpreadPage(props: Props) {
  const { t } = props;
  const title = t('spread.network.title');
  return (
    <Layout {...props} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('spread.network.lead')}</p>
      <SpreadMap t={t} counties={props.counties} />
      <CountiesTable t={t} counties={props.counties} />
      {props.shortlist}
      <h2 class="ds-heading" data-size="sm">
        {t('spread.top.title')}
      </h2>
      {props.topCases.length === 0 ? (
        <p class="ds-paragraph">{t('spread.top.none')}</p>
      ) : (
        <SpreadingCasesTable t={t} caption={t('spread.top.caption')} cases={props.topCases} />
      )}
    </Layout>
  );
}
