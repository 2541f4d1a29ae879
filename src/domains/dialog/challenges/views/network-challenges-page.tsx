import type { Page } from '../../../../lib/paging.ts';
import { ListFilters, listHref } from '../../../../web/components/list-filters.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { AskedChallenges } from '../challenge-filter.ts';
import type { ListedChallenge } from '../challenge-lists.queries.ts';
import { ChallengeCards } from './challenge-cards.tsx';
import { challengeFilterSelects } from './challenge-filter-selects.ts';

type Props = PageContext & {
  shown: Page<ListedChallenge>;
  asked: AskedChallenges;
  counties: readonly { id: string; name: string; country: string }[];
  similarOnly: boolean;
};

/** Challenges of every municipality, newest first (best match first for a search); twenty a page. */
export function NetworkChallengesPage(props: Props) {
  const { t, shown, asked } = props;
  const base = `/${t.lang}/challenges`;
  const title = t('challenges.network.title');
  return (
    <Layout {...props} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('challenges.network.lead')}</p>
      <ListFilters
        action={base}
        idPrefix="filter"
        q={asked.q}
        searchLabel={t('challenges.list.search')}
        selects={challengeFilterSelects(t, asked, props.counties)}
        submit={t('challenges.list.filter')}
        clear={t('challenges.list.clear')}
      />
      <p class="ds-paragraph" role="status">
        {t('challenges.list.count', { count: shown.total })}
      </p>
      {props.similarOnly && <p class="ds-paragraph">{t('challenges.list.similarOnly')}</p>}
      <ChallengeCards t={t} items={shown.items} none={t('challenges.network.none')} network />
      <Pagination
        t={t}
        page={shown.page}
        pageCount={shown.pageCount}
        href={(page) => listHref(base, asked, page)}
      />
    </Layout>
  );
}
