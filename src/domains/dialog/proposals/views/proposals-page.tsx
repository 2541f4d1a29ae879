import type { Page } from '../../../../lib/paging.ts';
import { Notice } from '../../../../web/components/forms.tsx';
import { ListFilters, listHref } from '../../../../web/components/list-filters.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { type AskedProposals, listedStates } from '../proposal-filter.ts';
import type { ListedProposal } from '../proposal-lists.queries.ts';
import { ProposalCards } from './proposal-cards.tsx';
import { proposalFilterSelects } from './proposal-filter-selects.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  shown: Page<ListedProposal>;
  asked: AskedProposals;
  /** The districts its proposals name, for the district filter. */
  districts: readonly string[];
  /** True when nothing matched the search in full text and these are similar words. */
  similarOnly: boolean;
  /** Staff also filter on what waits for screening. */
  staff: boolean;
  canSetRule: boolean;
  notice?: MessageKey | undefined;
};

/**
 * The municipality's proposals, newest first (best match first for a search), filtered by status,
 * topic and district; twenty a page, every page an address of its own.
 */
export function ProposalsPage(props: Props) {
  const { t, municipality: m, shown, asked } = props;
  const base = `/${t.lang}/municipalities/${m.id}/proposals`;
  const title = t('proposals.list.title');
  const kept = { q: asked.q, state: asked.state, topic: asked.topic, district: asked.district };
  return (
    <Layout {...props} title={title} municipality={m}>
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('proposals.list.lead')}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={`${base}/new`}>
          {t('proposals.list.new')}
        </a>
        {props.canSetRule && (
          <>
            {' · '}
            <a class="ds-link" href={`${base}/rule`}>
              {t('proposals.list.rule')}
            </a>
          </>
        )}
      </p>
      <ListFilters
        action={base}
        idPrefix="filter"
        q={asked.q}
        searchLabel={t('proposals.list.search')}
        selects={proposalFilterSelects(t, asked, {
          states: listedStates(props.staff),
          districts: props.districts,
        })}
        submit={t('proposals.list.filter')}
        clear={t('proposals.list.clear')}
      />
      <p class="ds-paragraph" role="status">
        {t('proposals.list.count', { count: shown.total })}
      </p>
      {props.similarOnly && <p class="ds-paragraph">{t('proposals.list.similarOnly')}</p>}
      <ProposalCards t={t} items={shown.items} none={t('proposals.list.none')} />
      <Pagination
        t={t}
        page={shown.page}
        pageCount={shown.pageCount}
        href={(page) => listHref(base, kept, page)}
      />
    </Layout>
  );
}
