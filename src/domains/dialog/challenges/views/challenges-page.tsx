import type { Page } from '../../../../lib/paging.ts';
import { Notice } from '../../../../web/components/forms.tsx';
import { ListFilters, listHref } from '../../../../web/components/list-filters.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { AskedChallenges } from '../challenge-filter.ts';
import type { ListedChallenge } from '../challenge-lists.queries.ts';
import { ChallengeCards } from './challenge-cards.tsx';
import { challengeFilterSelects } from './challenge-filter-selects.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  shown: Page<ListedChallenge>;
  asked: AskedChallenges;
  similarOnly: boolean;
  canPost: boolean;
  notice?: MessageKey | undefined;
};

/** The municipality's challenges, newest first (best match first for a search), by state; twenty a page. */
export function ChallengesPage(props: Props) {
  const { t, municipality: m, shown, asked } = props;
  const base = `/${t.lang}/municipalities/${m.id}/challenges`;
  const title = t('challenges.list.title');
  return (
    <Layout {...props} title={title} municipality={m}>
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('challenges.list.lead')}</p>
      {props.canPost && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/new`}>
            {t('challenges.list.new')}
          </a>
        </p>
      )}
      <ListFilters
        action={base}
        idPrefix="filter"
        q={asked.q}
        searchLabel={t('challenges.list.search')}
        selects={challengeFilterSelects(t, asked)}
        submit={t('challenges.list.filter')}
        clear={t('challenges.list.clear')}
      />
      <p class="ds-paragraph" role="status">
        {t('challenges.list.count', { count: shown.total })}
      </p>
      {props.similarOnly && <p class="ds-paragraph">{t('challenges.list.similarOnly')}</p>}
      <ChallengeCards t={t} items={shown.items} none={t('challenges.list.none')} />
      <Pagination
        t={t}
        page={shown.page}
        pageCount={shown.pageCount}
        href={(page) => listHref(base, { q: asked.q, state: asked.state }, page)}
      />
    </Layout>
  );
}
