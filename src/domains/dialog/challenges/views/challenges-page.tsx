import type { Page } from '../../../../lib/paging.ts';
import { langOf } from '../../../../web/components/content.tsx';
import { Notice } from '../../../../web/components/forms.tsx';
import { LinkedCards } from '../../../../web/components/linked-cards.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { ChallengeStateTag } from './state-tag.tsx';

type Item = {
  id: string;
  title: string;
  state: string;
  startsOn: string;
  endsOn: string;
  departmentName: string;
};

type Props = PageContext & {
  municipality: { id: string; name: string };
  shown: Page<Item>;
  canPost: boolean;
  notice?: MessageKey | undefined;
};

/** The municipality's challenges, newest first; twenty a page. */
export function ChallengesPage(props: Props) {
  const { t, municipality: m, shown } = props;
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
      <p class="ds-paragraph" role="status">
        {t('challenges.list.count', { count: shown.total })}
      </p>
      <LinkedCards
        t={t}
        items={shown.items}
        idPrefix="challenge"
        href={(c) => `${base}/${c.id}`}
        none={t('challenges.list.none')}
        body={(c) => (
          <>
            <p class="ds-paragraph">
              <ChallengeStateTag t={t} state={c.state} />{' '}
              <span lang={langOf(t)}>{c.departmentName}</span>
              {' · '}
              {t('challenges.list.period', {
                from: day(t, c.startsOn),
                to: day(t, c.endsOn),
              })}
            </p>
          </>
        )}
      />
      <Pagination
        t={t}
        page={shown.page}
        pageCount={shown.pageCount}
        href={(p) => `${base}?page=${p}`}
      />
    </Layout>
  );
}
