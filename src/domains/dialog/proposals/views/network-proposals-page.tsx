import type { Page } from '../../../../lib/paging.ts';
import { ListFilters, listHref } from '../../../../web/components/list-filters.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { type AskedProposals, listedStates } from '../proposal-filter.ts';
import type { ListedProposal } from '../proposal-lists.queries.ts';
import { ProposalCards } from './proposal-cards.tsx';
import { proposalFilterSelects } from './proposal-filter-selects.ts';

type Props = PageContext & {
  shown: Page<ListedProposal>;
  asked: AskedProposals;
  counties: readonly { id: string; name: string; country: string }[];
  similarOnly: boolean;
};

/**
 * Residents' proposals of every municipality, public ones only, newest first (best match first
 * for a search), filtered by country, county, status and topic; twenty a page.
 */
export function NetworkProposalsPage(props: Props) {
  const { t, shown, asked } = props;
  const base = `/${t.lang}/proposals`;
  const title = t('proposals.network.title');
  const { district: _district, ...kept } = asked;
  return (
    <Layout {...props} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('proposals.network.lead')}</p>
      <ListFilters
        action={base}
        idPrefix="filter"
        q={asked.q}
        searchLabel={t('proposals.list.search')}
        selects={proposalFilterSelects(t, asked, {
          states: listedStates(false),
          counties: props.counties,
        })}
        submit={t('proposals.list.filter')}
        clear={t('proposals.list.clear')}
      />
      <p class="ds-paragraph" role="status">
        {t('proposals.list.count', { count: shown.total })}
      </p>
      {props.similarOnly && <p class="ds-paragraph">{t('proposals.list.similarOnly')}</p>}
      <ProposalCards t={t} items={shown.items} none={t('proposals.network.none')} network />
      <Pagination
        t={t}
        page={shown.page}
        pageCount={shown.pageCount}
        href={(page) => listHref(base, kept, page)}
      />
    </Layout>
  );
}
